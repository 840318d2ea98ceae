"""Statuspage: an incident's updates, from one incident (`GET /v1/pages/{page}/incidents/{id}`,
or the public `/api/v2/incidents/{id}.json`) or from a list of incidents (the public
`/api/v2/incidents.json`), where `--incident` picks one.

Each update is one event: `Investigating: We are investigating ...`, at its `display_at`;
a resolved update is a resolution, the others are communications.
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.importers.incidents import one_incident
from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, read_entries
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.store.safe_read import parse_json

_ENDED = {"resolved", "completed", "postmortem"}


def _is_incident(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("incident_updates"), list)


def incidents_in(document: Any) -> list[dict[str, Any]] | None:
    """The incidents of a Statuspage answer: one incident, `{"incident": ...}`, `{"incidents": [...]}`
    or a list of incidents; None when it is none of those."""
    if _is_incident(document):
        return [document]
    inner = as_dict(as_dict(document).get("incident"))
    if _is_incident(inner):
        return [inner]
    listing = as_dict(document).get("incidents") if isinstance(document, dict) else document
    if isinstance(listing, list) and listing and all(_is_incident(item) for item in listing):
        return listing
    return None


def _entries_of(incident: dict[str, Any]) -> Any:
    def entries(update: dict[str, Any]) -> list[Entry]:
        at = iso_time(update.get("display_at") or update.get("created_at"), "display_at")
        status = first_text(update.get("status"))
        body = first_text(update.get("body"))
        text = f"{status.capitalize()}: {body}" if status and body else body or status
        kind = EventKind.RESOLUTION if status.lower() in _ENDED else EventKind.COMMUNICATION
        return [Entry(at, text, "Statuspage", kind)]

    return entries


def parse_statuspage(
    text: str, source: str, incident: str | None = None, progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "statuspage", progress)
    try:
        found = incidents_in(parse_json(text))
    except (json.JSONDecodeError, RecursionError) as error:
        collector.problem(None, f"not valid JSON: {error}")
        return collector.result()
    if found is None:
        collector.problem(None, "not a Statuspage incident (expected `incident_updates`)")
        return collector.result()

    def incident_of(item: dict[str, Any]) -> tuple[str, str]:
        ident = item.get("id")
        return (ident if isinstance(ident, str) else "", first_text(item.get("name")))

    picked = one_incident(collector, found, incident_of, incident, "Statuspage", "updates")
    for chosen in picked or []:
        updates = [(None, update) for update in chosen["incident_updates"]]
        read_entries(collector, updates, _entries_of(chosen), "a Statuspage incident update")
    return collector.result()
