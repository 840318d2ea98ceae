"""The incident's own times as typed by hand: a bare clock time takes the incident's date,
and times out of order (acknowledged before detected) are named."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from facilitator.model.session import INCIDENT_TIMES
from facilitator.model.timeparse import TimeParseError, parse_time

TIME_NAMES = {
    "started_at": "started",
    "detected_at": "detected",
    "acknowledged_at": "acknowledged",
    "mitigated_at": "mitigated",
    "resolved_at": "resolved",
}
DATE_FROM = ("started_at", "detected_at")
"""Whose date a bare time takes, first found first: the incident's start, else its detection."""


def parse_incident_times(texts: Mapping[str, str], fallback: date | None = None) -> dict[str, datetime | None]:
    """Each typed time (empty = unknown). Times with a date are read first; a bare `21:50`
    then takes the date of the start, else of the detection, else `fallback`."""
    parsed: dict[str, datetime | None] = {}
    bare: list[str] = []
    for name, text in texts.items():
        text = text.strip()
        if not text:
            parsed[name] = None
            continue
        try:
            parsed[name] = parse_time(text).at
        except TimeParseError:
            bare.append(name)
    day = next((at.date() for name in DATE_FROM if (at := parsed.get(name)) is not None), fallback)
    for name in bare:
        try:
            parsed[name] = parse_time(texts[name].strip(), day).at
        except TimeParseError as error:
            raise TimeParseError(f"{TIME_NAMES.get(name, name)}: {error}") from None
    return parsed


def order_problems(times: Mapping[str, datetime | None]) -> list[str]:
    """`acknowledged 13:40 is before detected 13:45`, for each time earlier than one that
    should come before it (started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved)."""
    problems = []
    known = [(name, at) for name in INCIDENT_TIMES if (at := times.get(name)) is not None]
    for index, (name, at) in enumerate(known):
        for earlier_name, earlier in known[:index]:
            if at < earlier:
                problems.append(
                    f"{TIME_NAMES[name]} {at:%Y-%m-%d %H:%M} is before {TIME_NAMES[earlier_name]} "
                    f"{earlier:%Y-%m-%d %H:%M} UTC"
                )
                break
    return problems
