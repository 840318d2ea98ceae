"""What the readers of tools' JSON share: a list found in the document, one event per item,
times as ISO 8601 or epoch numbers, names out of nested objects, and a problem naming the
line and field of an item that cannot be placed."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from facilitator.importers.json_items import JsonShapeError, located_items
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.model.timeparse import TimeParseError, utc_instant

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_UNITS = {timedelta(milliseconds=1): "milliseconds", timedelta(seconds=1): "seconds"}
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
"""An epoch time before this is a wrong number, never a real incident's time."""
SECONDS_IN_MILLISECONDS = 1e11
"""Fewer milliseconds than this (before March 1973) are seconds written where milliseconds belong."""


class Entry(NamedTuple):
    """One event an item gives."""

    at: datetime
    text: str
    actor: str = ""
    kind: EventKind | None = None


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def iso_time(value: Any, field: str) -> datetime:
    """An ISO 8601 time with its offset (`2026-03-22T23:41:00Z`); ValueError naming `field`."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{field}: missing")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{field}: {value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{field}: {value!r} has no UTC offset")
    try:
        return utc_instant(parsed)
    except TimeParseError as error:
        raise ValueError(f"{field}: {error}") from None


def epoch_time(value: Any, field: str, unit: timedelta = timedelta(milliseconds=1)) -> datetime:
    """A time counted in `unit`s since 1970 (milliseconds unless told); ValueError naming `field`,
    also for milliseconds so few they must be seconds (never read as a day of 1970)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field}: {value!r} is not a time in epoch {_UNITS.get(unit, 'units')}")
    try:
        at = utc_instant(_EPOCH + unit * value)
    except (OverflowError, TimeParseError, ValueError):
        raise ValueError(f"{field}: {value!r} is out of range") from None
    if unit == timedelta(milliseconds=1) and 0 < value < SECONDS_IN_MILLISECONDS:
        raise ValueError(
            f"{field}: {value!r} milliseconds since 1970 would be {at:%Y-%m-%d}: too early for an incident; "
            "if the times are in seconds, multiply them by 1000"
        )
    if at < EARLIEST:
        raise ValueError(f"{field}: {value!r} would be {at:%Y-%m-%d}: too early for an incident")
    return at


def first_text(*values: Any) -> str:
    """The first of `values` that is text with something in it, else ""."""
    return next((value.strip() for value in values if isinstance(value, str) and value.strip()), "")


def name_of(value: Any, keys: tuple[str, ...] = ("name", "summary", "display_name", "email")) -> str:
    """A person's or tool's name: `value` itself when it is text, else its first named key."""
    if isinstance(value, str):
        return value.strip()
    record = as_dict(value)
    return first_text(*(record.get(key) for key in keys))


def listed(collector: Collector, text: str, key: str | None, what: str) -> tuple[list[tuple[int, Any]], Any] | None:
    """(line, item) of the list under `key` (or the top-level list), and the document; None
    with a problem recorded when there is none."""
    try:
        return located_items(text, key)
    except JsonShapeError as error:
        where = f"a `{key}` list" if key else "a list"
        collector.problem(None, f"not {what} (expected {where}): {error}")
        return None


def read_entries(
    collector: Collector,
    items: Sequence[tuple[int | None, Any]],
    entries: Callable[[dict[str, Any]], list[Entry]],
    what: str,
) -> None:
    """One event per `Entry` that `entries` finds in each item; an item `entries` cannot read
    (ValueError naming the field) is a problem of its line, kept as an unplaced line."""
    for done, (line, item) in enumerate(items, start=1):
        collector.tick(done, len(items))
        raw = json.dumps(item, ensure_ascii=False)
        if not isinstance(item, dict):
            collector.problem(line, f"not {what}", raw)
            continue
        try:
            found = entries(item)
        except ValueError as error:
            collector.problem(line, str(error), raw)
            continue
        for entry in found:
            collector.event(entry.at, entry.text, line, actor=entry.actor, kind=entry.kind)


def parse_listing(
    text: str,
    source: str,
    fmt: str,
    key: str | None,
    entries: Callable[[dict[str, Any]], list[Entry]],
    what: str,
    more: Callable[[Any], str] = lambda document: "",
    progress: Progress | None = None,
) -> ImportResult:
    """A tool's JSON listing read whole: the list under `key`, one event per `Entry` of each item
    (`what` names an item in problems), and the warning `more(document)` gives when the answer
    says more pages follow."""
    collector = Collector(source, fmt, progress)
    found = listed(collector, text, key, what)
    if found is not None:
        items, document = found
        read_entries(collector, items, entries, f"one of the {what}")
        following = more(document)
        if following:
            collector.warn(None, following)
    return collector.result()
