"""The time strip: events along an axis scaled to the width, with D/M/R, ◆ and ▼ where they belong."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.store.layouts import find_layout
from facilitator.tui.widgets.timestrip import strip_axis, with_cursor

T0 = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def session_with(minutes: list[int], decisions: Collection[int] = frozenset(), **marks):
    events = tuple(
        TimelineEvent(at=T0 + timedelta(minutes=m), text=f"e{m}", decision_point=m in decisions) for m in minutes
    )
    session = new_session("Strip", "strip", find_layout("standard"), T0)
    return session.changed(timeline=events, **{k: T0 + timedelta(minutes=v) for k, v in marks.items()})


def strip_marks(session, width: int, walk_index: int | None) -> tuple[str, str]:
    """The two lines the strip draws: the axis with the walk cursor ▼, then the first and last times."""
    axis = strip_axis(session, width)
    return (with_cursor(axis, session, walk_index), axis.labels) if axis else ("", "")


def test_events_marks_and_cursor_land_in_their_columns() -> None:
    # 0..100 minutes over 11 columns: one column per 10 minutes.
    session = session_with([0, 30, 50, 100], decisions={50}, detected_at=20, mitigated_at=70, resolved_at=90)
    axis, _ = strip_marks(session, 11, walk_index=1)
    assert axis == "┼─D▼─◆─M─R┼"
    _, labels = strip_marks(session, 40, walk_index=None)
    assert labels == "14:00 UTC" + " " * 22 + "15:40 UTC"


def test_a_decision_point_wins_its_column_and_an_empty_timeline_draws_nothing() -> None:
    session = session_with([0, 1, 2, 100], decisions={1})
    assert strip_marks(session, 11, None)[0] == "◆─────────┼"
    assert strip_marks(session_with([]), 40, None) == ("", "")


def test_twenty_thousand_events_fill_every_column() -> None:
    session = session_with(list(range(0, 20000)))
    axis, _ = strip_marks(session, 80, None)
    assert axis == "┼" * 80
