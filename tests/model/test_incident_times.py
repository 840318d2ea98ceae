"""Incident times typed by hand: a bare time takes the incident's own date; order is checked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.model.incident_times import order_problems, parse_incident_times
from facilitator.model.timeparse import TimeParseError

EMPTY = {"started_at": "", "detected_at": "", "acknowledged_at": "", "mitigated_at": "", "resolved_at": ""}


def test_a_bare_time_takes_the_start_date_not_the_first_event_date() -> None:
    typed = EMPTY | {"started_at": "2019-07-02 21:30 UTC", "acknowledged_at": "21:50"}
    times = parse_incident_times(typed, fallback=date(2019, 6, 30))  # the first event is days earlier
    assert times["acknowledged_at"] == datetime(2019, 7, 2, 21, 50, tzinfo=UTC)


def test_without_a_start_a_bare_time_takes_the_detection_date() -> None:
    typed = EMPTY | {"detected_at": "2021-06-08 09:47 UTC", "mitigated_at": "10:36"}
    times = parse_incident_times(typed, fallback=date(2021, 6, 1))
    assert times["mitigated_at"] == datetime(2021, 6, 8, 10, 36, tzinfo=UTC)


def test_with_neither_the_fallback_date_is_used_and_no_date_at_all_is_refused() -> None:
    assert parse_incident_times(EMPTY | {"resolved_at": "14:00"}, date(2026, 3, 22))["resolved_at"] == datetime(
        2026, 3, 22, 14, 0, tzinfo=UTC
    )
    with pytest.raises(TimeParseError, match="resolved"):
        parse_incident_times(EMPTY | {"resolved_at": "14:00"})


def test_times_out_of_order_are_named() -> None:
    times = parse_incident_times(EMPTY | {"detected_at": "2019-07-02 13:45", "acknowledged_at": "13:40"})
    assert order_problems(times) == ["acknowledged 2019-07-02 13:40 is before detected 2019-07-02 13:45 UTC"]
    assert order_problems(parse_incident_times(EMPTY | {"detected_at": "2019-07-02 13:45"})) == []


@given(st.lists(st.datetimes(timezones=st.just(UTC)), min_size=5, max_size=5))
def test_sorted_times_are_never_out_of_order(instants: list[datetime]) -> None:
    names = list(EMPTY)
    assert order_problems(dict(zip(names, sorted(instants), strict=True))) == []
    if sorted(instants) != instants and len(set(instants)) == 5:
        assert order_problems(dict(zip(names, instants, strict=True)))
