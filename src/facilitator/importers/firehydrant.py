"""FireHydrant: an incident's timeline events (`GET /v1/incidents/{id}/events`).

Each event is one event by its author at its `occurred_at`: a note's body, a chat message's
text, a milestone change (`Milestone: resolved`, a resolution), an update's words. A page that
says more follow (`pagination.next`) is warned.
"""

from __future__ import annotations

from typing import Any

from facilitator.importers.json_events import (
    Entry,
    as_dict,
    first_text,
    iso_time,
    name_of,
    parse_listing,
)
from facilitator.importers.result import ImportResult, Progress
from facilitator.model.enums import EventKind

_TEXT_KEYS = ("body", "text", "message", "description", "summary", "title", "name")
_RESOLVED = {"resolved", "closed", "postmortem_completed", "retrospective_completed"}


def is_events(document: Any) -> bool:
    data = as_dict(document).get("data")
    first = as_dict(data[0]) if isinstance(data, list) and data else {}
    return "occurred_at" in first and "incident_id" in first and "type" in first


def _entries(item: dict[str, Any]) -> list[Entry]:
    at = iso_time(item.get("occurred_at"), "occurred_at")
    data = as_dict(item.get("data"))
    milestone = first_text(data.get("current_milestone"), data.get("milestone"))
    kind = None
    if milestone:
        text = f"Milestone: {milestone}"
        kind = EventKind.RESOLUTION if milestone.lower() in _RESOLVED else EventKind.ACTION
    else:
        text = first_text(*(data.get(key) for key in _TEXT_KEYS)) or first_text(item.get("type")).replace("_", " ")
    return [Entry(at, text, name_of(item.get("author")) or "FireHydrant", kind)]


def _more(document: Any) -> str:
    following = as_dict(as_dict(document).get("pagination")).get("next")
    return f"more events follow; fetch page={following} and import it with this one" if following else ""


def parse_firehydrant(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    return parse_listing(text, source, "firehydrant", "data", _entries, "FireHydrant incident events", _more, progress)
