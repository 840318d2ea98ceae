"""incident.io: an incident's updates (`GET /v2/incident_updates?incident_id=...`).

Each update is one event by whoever posted it: the new status, then the message. Updates of
several incidents are refused unless `--incident` picks one.
"""

from __future__ import annotations

from typing import Any

from facilitator.importers.incidents import one_incident
from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, listed, name_of, read_entries
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind

_ENDED = {"closed", "learning", "merged", "canceled", "declined"}
NOT_UPDATES = (
    "an incident.io incident, not its updates: export GET /v2/incident_updates?incident_id={id} and import that file"
)


def is_updates(document: Any) -> bool:
    """`{"incident_updates": [...]}` whose items are incident.io's (with `new_incident_status`)."""
    updates = as_dict(document).get("incident_updates")
    return (
        isinstance(updates, list)
        and all(isinstance(update, dict) and "new_incident_status" in update for update in updates)
        and ("pagination_meta" in as_dict(document) or bool(updates))
    )


def is_incident(document: Any) -> bool:
    incident = as_dict(document).get("incident")
    return isinstance(incident, dict) and "incident_status" in incident and "reference" in incident


def _updater(update: dict[str, Any]) -> str:
    updater = as_dict(update.get("updater"))
    return next(
        (name for name in (name_of(updater.get(key)) for key in ("user", "api_key", "workflow", "alert")) if name),
        "incident.io",
    )


def _entries(update: dict[str, Any]) -> list[Entry]:
    at = iso_time(update.get("created_at"), "created_at")
    status = as_dict(update.get("new_incident_status"))
    name, message = first_text(status.get("name")), first_text(update.get("message"))
    text = f"{name}: {message}" if name and message else message or (f"Status: {name}" if name else "")
    ended = str(status.get("category", "")).lower() in _ENDED or name.lower() in {"resolved", "closed"}
    return [Entry(at, text, _updater(update), EventKind.RESOLUTION if ended else EventKind.COMMUNICATION)]


def parse_incidentio(
    text: str, source: str, incident: str | None = None, progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "incidentio", progress)
    found = listed(collector, text, "incident_updates", "incident.io incident updates")
    if found is None:
        return collector.result()
    items, document = found

    def incident_of(located: tuple[int, Any]) -> tuple[str, str]:
        ident = as_dict(located[1]).get("incident_id")
        return (ident if isinstance(ident, str) else "", "")

    picked = one_incident(collector, items, incident_of, incident, "incident.io", "updates")
    if picked is not None:
        read_entries(collector, picked, _entries, "an incident.io update")
        after = as_dict(as_dict(document).get("pagination_meta")).get("after")
        if isinstance(after, str) and after:
            collector.warn(
                None, f"more updates follow; fetch the next page with after={after} and import it with this one"
            )
    return collector.result()
