"""The basic times people type: clock times, with a zone, with an offset, ISO."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.model.timeparse import TimeParseError, parse_time

DAY = date(2026, 3, 22)


def utc(hour: int, minute: int, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_a_bare_time_takes_the_incident_date_and_the_default_zone() -> None:
    assert parse_time("14:23", DAY).at == utc(14, 23)
    assert parse_time("14:23", DAY, default_tz="Europe/Berlin").at == utc(13, 23)


def test_a_time_with_utc() -> None:
    parsed = parse_time("14:23 UTC", DAY, default_tz="America/New_York")
    assert parsed.at == utc(14, 23)
    assert parsed.warning == ""


def test_a_date_time_and_offset() -> None:
    assert parse_time("2026-03-22 14:23 +05:30").at == utc(8, 53)


def test_iso_8601() -> None:
    assert parse_time("2026-03-22T14:23:05Z").at == datetime(2026, 3, 22, 14, 23, 5, tzinfo=UTC)
    assert parse_time("2026-03-22T16:23:00+02:00").at == utc(14, 23)


def test_the_result_is_always_utc() -> None:
    assert parse_time("2026-03-22 14:23 +05:30").at.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["24:00", "12:60", "lunchtime"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(TimeParseError):
        parse_time(text, DAY)


def test_24_00_is_not_a_time_of_day() -> None:
    with pytest.raises(TimeParseError, match="'24:00' is not a time of day"):
        parse_time("24:00", DAY)


def test_a_bare_time_needs_a_date() -> None:
    with pytest.raises(TimeParseError, match="no date given"):
        parse_time("14:23")
