"""Parse the times people type or paste: `14:23`, `14:23 UTC`, `2026-03-22 14:23 +05:30`, ISO.

Pure: the date and zone to assume are passed in, never read from the clock.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.model.base import as_utc

# Common abbreviations -> (UTC offset in minutes, ambiguity warning or "").
ABBREVIATIONS: dict[str, tuple[int, str]] = {
    "UTC": (0, ""),
    "GMT": (0, ""),
    "Z": (0, ""),
    "WET": (0, ""),
    "WEST": (60, ""),
    "BST": (60, "BST read as British Summer Time (UTC+01:00)"),
    "CET": (60, ""),
    "CEST": (120, ""),
    "EET": (120, ""),
    "EEST": (180, ""),
    "MSK": (180, ""),
    "IST": (330, "IST read as India Standard Time (UTC+05:30); it also means Irish or Israel time"),
    "SGT": (480, ""),
    "HKT": (480, ""),
    "JST": (540, ""),
    "KST": (540, ""),
    "AEST": (600, ""),
    "AEDT": (660, ""),
    "NZST": (720, ""),
    "NZDT": (780, ""),
    "EST": (-300, ""),
    "EDT": (-240, ""),
    "CST": (-360, "CST read as US Central Standard Time (UTC-06:00); it also means China Standard Time"),
    "CDT": (-300, ""),
    "MST": (-420, ""),
    "MDT": (-360, ""),
    "PST": (-480, ""),
    "PDT": (-420, ""),
    "AKST": (-540, ""),
    "AKDT": (-480, ""),
    "HST": (-600, ""),
}

_DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?"
_ZONE = r"(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Za-z]+(?:/[A-Za-z0-9_+-]+)*)"
TIME_RE = re.compile(rf"(?:{_DATE}[T ]\s*)?{_TIME}(?:\s*{_ZONE})?", re.ASCII)
_FULL = re.compile(rf"\s*{TIME_RE.pattern}\s*", re.ASCII)


def utc_instant(value: datetime) -> datetime:
    """`value` in UTC; TimeParseError if it lies outside the years a session can hold."""
    try:
        return as_utc(value)
    except ValueError as error:
        raise TimeParseError(str(error)) from None


class TimeParseError(ValueError):
    """A time that cannot be placed; the message says why."""


class ParsedTime(NamedTuple):
    at: datetime
    warning: str = ""


class WallClock(NamedTuple):
    """A time as a clock on the wall showed it: an aware local datetime (its zone may skip or
    repeat an hour), and the warning its zone token carries (an ambiguous abbreviation)."""

    local: datetime
    zone_warning: str = ""

    def shifted(self, days: int) -> WallClock:
        """The same clock time `days` later (the local date moves, not 24 hours of UTC)."""
        return self._replace(local=self.local + timedelta(days=days)) if days else self

    def readings(self) -> tuple[datetime, ...]:
        """The UTC instants this clock time can mean: one, two in the hour the clocks went
        back, none in the hour they skipped."""
        return local_readings(self.local)


def local_readings(local: datetime) -> tuple[datetime, ...]:
    """The UTC instants an aware local time can mean (see `WallClock.readings`)."""
    first, second = local.replace(fold=0), local.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return (utc_instant(local),)
    naive = local.replace(tzinfo=None)
    readings = tuple(
        utc_instant(reading)
        for reading in (first, second)
        if reading.astimezone(UTC).astimezone(local.tzinfo).replace(tzinfo=None) == naive
    )
    return tuple(sorted(set(readings)))


def _clock(local: datetime) -> str:
    return f"{local:%H:%M:%S}" if local.second or local.microsecond else f"{local:%H:%M}"


def _zone_name(local: datetime) -> str:
    key = getattr(local.tzinfo, "key", None)
    return str(key) if key else str(local.tzname())


def _offset(instant: datetime, local: datetime) -> str:
    shown = instant.astimezone(local.tzinfo)
    offset = shown.strftime("%z")
    return f"{shown.tzname()} ({offset[:3]}:{offset[3:]})"


def place(clock: WallClock, after: datetime | None = None) -> ParsedTime:
    """The UTC instant of `clock`. A time the clocks skipped raises TimeParseError; a time they
    repeated is read as the first (the second when only it comes at or after `after`, the line
    above), with a warning naming the offset taken."""
    local = clock.local
    readings = clock.readings()
    if not readings:
        raise TimeParseError(
            f"{_clock(local)} on {local:%Y-%m-%d} does not exist in {_zone_name(local)}: the clocks went "
            f"forward an hour (summer time began); check the time, or write it with its UTC offset"
        )
    if len(readings) == 1:
        return ParsedTime(readings[0], clock.zone_warning)
    second = after is not None and readings[0] < after <= readings[1]
    chosen = readings[1] if second else readings[0]
    how = "the second" if second else "the first"
    follow = ", to follow the line above" if second else ""
    warning = (
        f"{_clock(local)} on {local:%Y-%m-%d} happens twice in {_zone_name(local)} (the clocks went back an hour); "
        f"read as {how}, {_clock(local)} {_offset(chosen, local)}{follow}"
    )
    return ParsedTime(chosen, "; ".join(w for w in (clock.zone_warning, warning) if w))


def zone_from_token(token: str) -> tuple[timezone | ZoneInfo, str]:
    """The tzinfo for a zone written as `Z`, `+05:30`, `-0700`, an abbreviation or an IANA name."""
    if re.fullmatch(r"[+-]\d{2}:?\d{2}", token):
        sign = -1 if token[0] == "-" else 1
        digits = token[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 14 or minutes > 59:
            raise TimeParseError(f"{token!r} is not a UTC offset")
        return timezone(sign * timedelta(hours=hours, minutes=minutes)), ""
    upper = token.upper()
    if upper in ABBREVIATIONS:
        minutes, warning = ABBREVIATIONS[upper]
        return timezone(timedelta(minutes=minutes)), warning
    try:
        return ZoneInfo(token), ""
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeParseError(f"unknown time zone {token!r}") from None


def build_instant(match: re.Match[str], default_date: date | None, default_tz: str) -> ParsedTime:
    """Turn a match of TIME_RE into an aware instant."""
    return instant_from_parts(match, match["date"], default_date, match["zone"] or default_tz)


def instant_from_parts(
    match: re.Match[str], day_text: str | None, default_date: date | None, zone: str, hour_offset: int = 0
) -> ParsedTime:
    """An aware instant from the `hour`, `minute`, `second`, `fraction` groups of `match`,
    the written date (else `default_date`) and a zone token. `hour_offset` turns 1 PM into 13."""
    return place(wall_clock(match, day_text, default_date, zone, hour_offset))


def wall_clock(
    match: re.Match[str], day_text: str | None, default_date: date | None, zone: str, hour_offset: int = 0
) -> WallClock:
    """The clock time of `match` (see `instant_from_parts`), not yet placed in UTC."""
    hour, minute = int(match["hour"]) + hour_offset, int(match["minute"])
    second = int(match["second"] or 0)
    micro = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        raise TimeParseError(f"{written_clock(match)!r} is not a time of day")
    if day_text:
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            raise TimeParseError(f"{day_text!r} is not a date") from None
    elif default_date is not None:
        day = default_date
    else:
        raise TimeParseError("no date given, and no incident date to assume")
    tzinfo, warning = zone_from_token(zone)
    return WallClock(datetime.combine(day, time(hour, minute, second, micro), tzinfo=tzinfo), warning)


def parse_time(text: str, default_date: date | None = None, default_tz: str = "UTC") -> ParsedTime:
    """Parse one time as typed. Raises TimeParseError with a reason when it cannot."""
    match = _FULL.fullmatch(text)
    if match is None:
        try:
            parsed = datetime.fromisoformat(text.strip())
        except ValueError:
            raise TimeParseError(
                f"{text.strip()!r} is not a time (try 14:23, 14:23 UTC or 2026-03-22 14:23 +05:30)"
            ) from None
        if parsed.tzinfo is None:
            return place(WallClock(parsed.replace(tzinfo=zone_from_token(default_tz)[0])))
        return ParsedTime(utc_instant(parsed))
    return build_instant(match, default_date, default_tz)


def written_clock(match: re.Match[str]) -> str:
    """The clock time as written: `24:00`, `14:23:05.120`."""
    text = f"{match['hour']}:{match['minute']}"
    if match["second"]:
        text += f":{match['second']}"
    if match["fraction"]:
        text += f".{match['fraction']}"
    return text
