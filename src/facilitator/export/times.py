"""Instants as a postmortem shows them: in UTC and in one chosen time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def clock_text(at: datetime) -> str:
    """`14:23`, or `14:23:05` when the seconds are known."""
    if at.second:
        return f"{at.hour:02d}:{at.minute:02d}:{at.second:02d}"
    return f"{at.hour:02d}:{at.minute:02d}"


def utc_text(at: datetime) -> str:
    """`2026-03-22 14:23` in UTC (`2026-03-22 14:23:05` when the seconds are known), formatted in C:
    a long timeline has thousands of them."""
    if at.tzinfo is not UTC:
        at = at.astimezone(UTC)
    return at.isoformat(" ", "seconds")[:19] if at.second else at.isoformat(" ", "minutes")[:16]


def zone_text(at: datetime, zone: str, tz: ZoneInfo | None = None) -> str:
    """The same instant in `zone` (`tz`, when the caller has it already): `15:23 CET`, with
    the date when it differs from UTC's."""
    local = at.astimezone(tz or ZoneInfo(zone))
    abbreviation = local.tzname() or zone
    if local.date() != at.astimezone(UTC).date():
        return f"{local:%Y-%m-%d} {clock_text(local)} {abbreviation}"
    return f"{clock_text(local)} {abbreviation}"


def both_text(at: datetime, zone: str) -> str:
    """`2026-03-22 14:23 UTC (15:23 CET)`, or UTC alone when the zone is UTC."""
    if zone == "UTC":
        return f"{utc_text(at)} UTC"
    return f"{utc_text(at)} UTC ({zone_text(at, zone)})"
