"""Figures derived from a session: durations, gaps, and how spans are written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.model.derived import durations, format_span, gap_summary, gaps, incident_start, long_gap_threshold
from facilitator.model.enums import TimeboxKind
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox

T0 = datetime(2019, 7, 2, 13, 42, tzinfo=UTC)
LAYOUT = Layout(name="one", timeboxes=(Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),))


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def session(**values):
    return new_session("Edge outage", "edge-outage", LAYOUT, T0).changed(**values)


def events(*minutes: float) -> tuple[TimelineEvent, ...]:
    return tuple(TimelineEvent(at=at(m), text=f"event at +{m}") for m in minutes)


def test_durations_from_the_recorded_times() -> None:
    figures = durations(
        session(started_at=at(0), detected_at=at(3), acknowledged_at=at(8), mitigated_at=at(25), resolved_at=at(27))
    )
    assert figures.to_detect == timedelta(minutes=3)
    assert figures.to_acknowledge == timedelta(minutes=5)
    assert figures.to_mitigate == timedelta(minutes=25)
    assert figures.to_resolve == timedelta(minutes=27)


def test_without_a_start_the_first_event_is_the_start() -> None:
    s = session(timeline=events(-11, 0, 5), detected_at=at(3))
    assert incident_start(s) == at(-11)
    assert durations(s).to_detect == timedelta(minutes=14)


def test_unknown_ends_give_no_figure() -> None:
    figures = durations(session(detected_at=at(3)))
    assert figures.to_detect is None and figures.to_acknowledge is None
    assert figures.to_mitigate is None and figures.to_resolve is None
    assert incident_start(session()) is None


def test_gaps_are_listed_longest_first() -> None:
    found = gaps(events(0, 3, 25, 27, 45))
    assert [g.length for g in found] == [timedelta(minutes=m) for m in (22, 18, 3, 2)]
    assert found[0].after.text == "event at +3" and found[0].before.text == "event at +25"
    assert gaps(events(0)) == []


def test_long_gap_ids_name_the_event_after_each_long_silence() -> None:
    timeline = events(0, 3, 25, 27, 42)
    assert gap_summary(timeline)[0] == {timeline[2].id, timeline[4].id}
    assert gap_summary(timeline, threshold=timedelta(minutes=20))[0] == {timeline[2].id}


def test_the_long_gap_mark_scales_with_a_long_incident() -> None:
    # 73 hours, 15 events: a few hours apart, with two real silences of about a day
    minutes = [0, 60, 240, 420, 600, 780, 960, 2400, 2580, 2760, 2940, 3120, 4200, 4320, 4380]
    timeline = events(*minutes)
    assert long_gap_threshold(timeline) == timedelta(minutes=438)
    assert gap_summary(timeline)[0] == {timeline[7].id, timeline[12].id}
    assert long_gap_threshold(events(0, 3, 25)) == timedelta(minutes=15)
    assert long_gap_threshold(events(0)) == timedelta(minutes=15)


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (None, "—"),
        (timedelta(seconds=45), "45s"),
        (timedelta(0), "0s"),
        (timedelta(minutes=12), "12m"),
        (timedelta(hours=1, minutes=5), "1h 05m"),
        (timedelta(days=1, hours=0, minutes=14), "1d 0h 14m"),
        (timedelta(minutes=-12), "-12m"),
    ],
)
def test_format_span(span: timedelta | None, text: str) -> None:
    assert format_span(span) == text
