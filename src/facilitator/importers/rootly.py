"""Rootly: an incident's timeline events (`GET /v1/incidents/{id}/events`, JSON:API).

Each event is one event at its `occurred_at`, its kind guessed from its words. A page that
says more follow (`meta.next_page`) is warned.
"""

from __future__ import annotations

from typing import Any

from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, parse_listing
from facilitator.importers.result import ImportResult, Progress

NOT_EVENTS = "a Rootly incident, not its events: export GET /v1/incidents/{id}/events and import that file"


def _data(document: Any) -> Any:
    return as_dict(document).get("data")


def is_events(document: Any) -> bool:
    data = _data(document)
    return (
        isinstance(data, list) and bool(data) and as_dict(data[0]).get("type") in ("incident_events", "incident_event")
    )


def is_incident(document: Any) -> bool:
    return as_dict(_data(document)).get("type") == "incidents"


def _entries(item: dict[str, Any]) -> list[Entry]:
    attributes = as_dict(item.get("attributes"))
    at = iso_time(attributes.get("occurred_at") or attributes.get("created_at"), "attributes.occurred_at")
    actor = first_text(attributes.get("user_display_name"), as_dict(attributes.get("user")).get("name")) or "Rootly"
    return [Entry(at, first_text(attributes.get("event")), actor)]


def _more(document: Any) -> str:
    following = as_dict(as_dict(document).get("meta")).get("next_page")
    return f"more events follow; fetch page[number]={following} and import it with this one" if following else ""


def parse_rootly(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    return parse_listing(text, source, "rootly", "data", _entries, "Rootly incident events", _more, progress)
