"""The time at the start of a pasted timeline line, and where the line's text begins.

Accepts what chat logs and hand-written timelines use:
`14:23 UTC - text`, `2026-03-22 14:23 UTC -- text`, `[09:26] text`, `14:23:05.120 Z: text`,
`- 2:23 PM PDT — text`, `[2026-03-22T14:23:05+05:30] text`. A word after the time counts
as a zone only when it is one (UTC, PDT, +05:30, Europe/Paris), or when it looks like one
(`XYZ`) and a separator follows it, so `14:23 DB failover started` keeps its text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from facilitator.model.timeparse import (
    ABBREVIATIONS,
    TimeParseError,
    WallClock,
    wall_clock,
    written_clock,
    zone_from_token,
)

_HEAD = re.compile(
    r"""
    (?:[-*\u2022]\s+)?                                   # a list bullet
    (?P<open>\[)?\s*
    (?:(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]|,\s)\s*)?
    (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?(?!\d)
    (?:\s?(?P<ampm>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?
    """,
    re.VERBOSE,
)
_ZONE_WORD = re.compile(
    r"\s*(?P<zone>[+-]\d{2}:?\d{2}(?!\d)|[A-Za-z]+(?:/[A-Za-z0-9_+-]+)+|[A-Za-z]{1,5}(?![A-Za-z0-9]))"
)
_CLOSE = re.compile(r"\s*\]")
_DASH = re.compile(r"\s*(?:--|-|\u2014|\u2013)\s")
_SEPARATOR = re.compile(r"\s*(?:--|-|\u2014|\u2013|:|\|)?[ \t]*")


class LeadingTime(NamedTuple):
    clock: WallClock
    """The time as written, in its zone; placed in UTC once the lines around it are known."""
    text: str
    """The rest of the line after the time, zone and separator, exactly as written."""
    written_date: date | None
    """The date written on the line itself, if any (local to the line's zone)."""


def _known_zone(token: str) -> bool:
    if token[0] in "+-":
        return True
    if "/" in token:
        try:
            zone_from_token(token)
        except TimeParseError:
            return False
        return True
    upper = token.upper()
    return upper in ABBREVIATIONS and (token.isupper() or upper in {"UTC", "GMT"})


def _looks_like_zone(token: str, line: str, end: int, bracketed: bool) -> bool:
    """An unknown word in a zone's place: all capitals or Area/City, followed by a separator."""
    shaped = (token.isupper() and len(token) >= 2) or "/" in token
    followed = _CLOSE.match(line, end) if bracketed else _DASH.match(line, end)
    return shaped and followed is not None


def parse_leading_time(line: str, default_date: date | None, default_tz: str) -> LeadingTime | None:
    """The time a line starts with, or None if it does not start with one.

    Raises TimeParseError when the line starts with a time that cannot be placed
    (`24:00`, an unknown zone, no date and no default date).
    """
    head = _HEAD.match(line)
    if head is None:
        return None
    pos = head.end()
    zone = default_tz
    word = _ZONE_WORD.match(line, pos)
    if word is not None:
        token = word["zone"]
        if _known_zone(token):
            zone, pos = token, word.end()
        elif _looks_like_zone(token, line, word.end(), bool(head["open"])):
            raise TimeParseError(f"unknown time zone {token!r}")
    text_start = _past_close_and_separator(line, head, pos)
    if text_start is None:
        return None
    clock = wall_clock(head, head["date"], default_date, zone, _twelve_hour_offset(head))
    return LeadingTime(clock, line[text_start:], date.fromisoformat(head["date"]) if head["date"] else None)


def _past_close_and_separator(line: str, head: re.Match[str], pos: int) -> int | None:
    """Where the text begins after the time head (and zone) ending at `pos`; None for an unclosed `[`."""
    if head["open"]:
        close = _CLOSE.match(line, pos)
        if close is None:
            return None
        pos = close.end()
    separator = _SEPARATOR.match(line, pos)
    assert separator is not None  # every part of the separator is optional
    return separator.end()


def text_after_time_head(line: str) -> str:
    """The line without a time head it starts with, even one that could not be placed:
    `25:00 PST - Rollback started` gives `Rollback started`. A line with no head is kept whole."""
    head = _HEAD.match(line)
    if head is None:
        return line
    pos = head.end()
    word = _ZONE_WORD.match(line, pos)
    if word is not None and (
        _known_zone(word["zone"]) or _looks_like_zone(word["zone"], line, word.end(), bool(head["open"]))
    ):
        pos = word.end()
    text_start = _past_close_and_separator(line, head, pos)
    return line if text_start is None or not line[text_start:].strip() else line[text_start:]


def _twelve_hour_offset(head: re.Match[str]) -> int:
    """Hours to add for `2:23 PM`; raises for `13:00 PM`."""
    marker = (head["ampm"] or "").upper()
    if not marker:
        return 0
    hour = int(head["hour"])
    if not 1 <= hour <= 12:
        raise TimeParseError(f"{written_clock(head)!r} {marker}M is not a time of day")
    if marker == "P":
        return 0 if hour == 12 else 12
    return -12 if hour == 12 else 0


def first_written_date(lines: list[str]) -> date | None:
    """The first date written at the start of a line, to assume for undated lines before it."""
    for line in lines:
        head = _HEAD.match(line)
        if head is not None and head["date"]:
            try:
                return date.fromisoformat(head["date"])
            except ValueError:
                continue
    return None
