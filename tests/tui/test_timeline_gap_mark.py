"""The timeline's figures line says how long a silence must be for ⋯ once the incident is long."""

from datetime import UTC, datetime, timedelta

from facilitator.model.enums import TimeboxKind
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox
from facilitator.model.session import Session
from facilitator.tui.panes.timeline import figures_text

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
LAYOUT = Layout(name="one", timeboxes=(Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),))


def session_over(*minutes: int) -> Session:
    timeline = tuple(TimelineEvent(at=T0 + timedelta(minutes=m), text=f"+{m}") for m in minutes)
    return new_session("Edge outage", "edge-outage", LAYOUT, T0).changed(timeline=timeline)


def test_a_long_incident_names_its_gap_threshold() -> None:
    assert "⋯ marks gaps ≥ 7h 18m" in figures_text(session_over(0, 2000, 4380), None).plain


def test_a_short_incident_keeps_the_fifteen_minute_mark_unsaid() -> None:
    assert "⋯ marks" not in figures_text(session_over(0, 20, 60), None).plain
