"""Datadog: the events API's answers. v1 (`GET /api/v1/events`): `events`, each with `title`,
`text` (Markdown between `%%%` fences), `date_happened` in epoch seconds, `alert_type` and
`source_type_name`. v2 (`GET /api/v2/events`): `data`, each `attributes` holding `message`, an
ISO `timestamp` and the event's own `attributes` (`title`, `status`, `source_type_name`). One
event (`{"event": ...}` or `{"data": {...}}`) is read as well.

Each event gives its title with its text on the lines below, by its source (a monitor's events
by Datadog); a monitor's `[Triggered]` (or `[Warn]`, `[No Data]`, an `error` or `warning` alert
type) is an alert, its `[Recovered]` a resolution, the rest guessed from the words. A v2 page
with `links.next` says more follow; a v1 answer holds at most 1000 events: both are warned.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from facilitator.importers.json_events import (
    Entry,
    as_dict,
    epoch_time,
    first_text,
    iso_time,
    parse_listing,
    read_entries,
)
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.store.safe_read import parse_json

_FENCE = re.compile(r"^\s*%%%\s*|\s*%%%\s*$")
_ALERT = re.compile(r"\[(?:P\d\]\s*\[)?(?:Re-?)?(?:Triggered|Warn|No Data)\b", re.IGNORECASE)
_RECOVERED = re.compile(r"\[(?:P\d\]\s*\[)?Recovered\b", re.IGNORECASE)
V1_LIMIT = 1000
"""The most events one v1 answer holds."""


def is_v1_event(item: Any) -> bool:
    return isinstance(item, dict) and "date_happened" in item and ("title" in item or "text" in item)


def is_v2_event(item: Any) -> bool:
    attributes = as_dict(as_dict(item).get("attributes"))
    return as_dict(item).get("type") == "event" and "timestamp" in attributes


def is_events(document: Any) -> bool:
    """A v1 or v2 answer: a list of events, or one event."""
    record = as_dict(document)
    listed = record.get("events", record.get("data", document))
    first = listed[0] if isinstance(listed, list) and listed else record.get("event", listed)
    return is_v1_event(first) or is_v2_event(first)


def _kind(title: str, status: str) -> EventKind | None:
    if _RECOVERED.search(title):
        return EventKind.RESOLUTION
    if _ALERT.search(title) or status in ("error", "warning"):
        return EventKind.ALERT
    return None  # guessed from the words


def _entry(at_field: str, at: Any, title: Any, body: Any, status: Any, source: Any) -> Entry:
    heading = first_text(title)
    words = _FENCE.sub("", body).strip() if isinstance(body, str) else ""
    text = "\n".join(part for part in (heading, words if words != heading else "") if part)
    origin = first_text(source)
    actor = origin if origin and "monitor" not in origin.lower() else "Datadog"
    kind = _kind(heading, first_text(status).lower())
    if at_field.endswith("date_happened"):
        return Entry(epoch_time(at, at_field, timedelta(seconds=1)), text, actor, kind)
    return Entry(iso_time(at, at_field), text, actor, kind)


def _entries(item: dict[str, Any]) -> list[Entry]:
    if is_v2_event(item):
        outer = as_dict(item.get("attributes"))
        inner = as_dict(outer.get("attributes"))
        return [
            _entry(
                "attributes.timestamp",
                outer.get("timestamp"),
                inner.get("title") or inner.get("event_object"),
                outer.get("message"),
                inner.get("status"),
                inner.get("source_type_name"),
            )
        ]
    return [
        _entry(
            "date_happened",
            item.get("date_happened"),
            item.get("title"),
            item.get("text"),
            item.get("alert_type"),
            item.get("source_type_name"),
        )
    ]


def _more(document: Any) -> str:
    record = as_dict(document)
    cursor = as_dict(as_dict(record.get("meta")).get("page")).get("after")
    if as_dict(record.get("links")).get("next") or cursor:
        return f"more events follow: fetch the next page (page[cursor]={cursor}) and import it with this one"
    events = record.get("events")
    if isinstance(events, list) and len(events) >= V1_LIMIT:
        return (
            f"{len(events)} events is the most one answer holds, so more may follow: fetch the next page "
            "(page=1 with unaggregated=true) and import it with this one"
        )
    return ""


def _single(document: Any) -> dict[str, Any] | None:
    """The one event of `{"event": {...}}` (v1) or `{"data": {...}}` (v2), else None."""
    record = as_dict(document)
    one = record.get("event", record.get("data"))
    return one if isinstance(one, dict) else None


def parse_datadog(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    try:
        document = parse_json(text)
    except (json.JSONDecodeError, RecursionError) as error:
        document = None
        reason = f"not valid JSON: {error}"
    else:
        reason = ""
    single = _single(document)
    if single is None and not reason:
        key = "events" if "events" in as_dict(document) else "data"
        return parse_listing(text, source, "datadog", key, _entries, "Datadog events", _more, progress)
    collector = Collector(source, "datadog", progress)
    if single is None:
        collector.problem(None, reason)
    else:
        read_entries(collector, [(1, single)], _entries, "a Datadog event")
    return collector.result()
