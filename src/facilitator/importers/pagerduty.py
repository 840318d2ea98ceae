"""PagerDuty: the JSON of `GET /incidents/{id}/log_entries` (newest first), one event per entry;
the account-wide `GET /log_entries` when it holds one incident, or with `--incident` naming one;
and an incident's notes (`GET /incidents/{id}/notes`).

The first trigger, the first acknowledgement and the last resolution are also handed
back as the incident's detected, acknowledged and resolved times (`shared_times` takes
them across several pages). A page's `offset`, `limit` and `more` are kept, so a missing
next page can be named. Given an incident object instead of its log, it says so.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from facilitator.importers.incidents import incident_field, one_incident
from facilitator.importers.json_events import iso_time
from facilitator.importers.json_items import JsonShapeError, located_items
from facilitator.importers.result import Collector, ImportResult, Page, Progress
from facilitator.model.enums import EventKind
from facilitator.store.safe_read import parse_json

# Every log entry type of the REST API v2 schema, without its `_log_entry` suffix. A note
# (`annotate`) is free text, so its kind is guessed from its words (None).
KINDS: dict[str, EventKind | None] = {
    "trigger": EventKind.ALERT,
    "unacknowledge": EventKind.ALERT,
    "reach_trigger_limit": EventKind.ALERT,
    "acknowledge": EventKind.ACTION,
    "snooze": EventKind.ACTION,
    "urgency_change": EventKind.ACTION,
    "priority_change": EventKind.ACTION,
    "field_value_change": EventKind.ACTION,
    "custom_field_value_change": EventKind.ACTION,
    "assign": EventKind.COMMUNICATION,
    "delegate": EventKind.COMMUNICATION,
    "escalate": EventKind.COMMUNICATION,
    "notify": EventKind.COMMUNICATION,
    "responder_request": EventKind.COMMUNICATION,
    "repeat_escalation_path": EventKind.COMMUNICATION,
    "exhaust_escalation_path": EventKind.COMMUNICATION,
    "reach_ack_limit": EventKind.COMMUNICATION,
    "resolve": EventKind.RESOLUTION,
    "annotate": None,
}
_TIMES = {"trigger": "detected_at", "acknowledge": "acknowledged_at", "resolve": "resolved_at"}
LATEST_WINS = frozenset({"resolved_at"})
"""Incident times where the last one counts; for the others the first one does."""
NOT_A_LOG = (
    "a PagerDuty incident, not its log entries: export them with GET /incidents/{id}/log_entries and import that file"
)


def is_log_entry(item: Any) -> bool:
    return isinstance(item, dict) and str(item.get("type", "")).removesuffix("_reference").endswith("_log_entry")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(entry: dict[str, Any], action: str) -> str:
    channel, details = _dict(entry.get("channel")), _dict(entry.get("event_details"))
    candidates = [channel.get("summary")] if action == "annotate" else []
    if action == "trigger":
        candidates += [details.get("description"), channel.get("description"), channel.get("summary")]
    candidates.append(entry.get("summary"))
    return next((value for value in candidates if isinstance(value, str) and value.strip()), "")


def _actor(entry: dict[str, Any]) -> str:
    agent = entry.get("agent")
    name = agent.get("summary") if isinstance(agent, dict) else None
    return name if isinstance(name, str) and name else "PagerDuty"


def is_incident(document: Any) -> bool:
    """An incident object (`GET /incidents/{id}`), bare or under `incident`/`incidents`."""
    if isinstance(document, dict):
        inner = document.get("incident") or document.get("incidents")
        document = inner[0] if isinstance(inner, list) and inner else inner or document
    return isinstance(document, dict) and document.get("type") in ("incident", "incident_reference")


def _page(document: Any) -> Page | None:
    if not isinstance(document, dict):
        return None
    offset, limit = document.get("offset"), document.get("limit")
    if not (isinstance(offset, int) and isinstance(limit, int)) or limit <= 0:
        return None
    return Page(offset, limit, document.get("more") is True)


def keep(known: datetime | None, at: datetime, name: str) -> datetime:
    """The incident time `name` once `at` is seen too: the latest for resolved, else the earliest."""
    if known is None:
        return at
    return max(known, at) if name in LATEST_WINS else min(known, at)


def _notes(collector: Collector, notes: list[tuple[int, Any]]) -> None:
    """`GET /incidents/{id}/notes`: each note by its writer, its kind guessed from its words."""
    for line, note in notes:
        content = note.get("content") if isinstance(note, dict) else None
        if not isinstance(content, str):
            collector.problem(line, "not a PagerDuty note (no `content`)", json.dumps(note, ensure_ascii=False))
            continue
        try:
            at = iso_time(note.get("created_at"), "created_at")
        except ValueError as error:
            collector.problem(line, str(error), content)
            continue
        user = _dict(note.get("user")).get("summary")
        collector.event(at, content, line, actor=user if isinstance(user, str) and user else "PagerDuty")


def is_notes(document: Any) -> bool:
    """The answer of `GET /incidents/{id}/notes`."""
    notes = document.get("notes") if isinstance(document, dict) else None
    return isinstance(notes, list) and all(isinstance(n, dict) and "content" in n for n in notes)


def parse_pagerduty(
    text: str, source: str, incident: str | None = None, progress: Progress | None = None
) -> ImportResult:
    """Log entries (one incident's, or `incident`'s among an account's), or an incident's notes."""
    collector = Collector(source, "pagerduty", progress)
    try:
        notes, document = located_items(text, "notes")
        if is_notes(document):
            _notes(collector, notes)
            return collector.result()
    except JsonShapeError:
        pass
    try:
        entries, document = located_items(text, "log_entries")
    except JsonShapeError as error:
        reason = (
            NOT_A_LOG if _is_incident_text(text) else f"not a PagerDuty log (expected a `log_entries` list): {error}"
        )
        collector.problem(None, reason)
        return collector.result()
    collector.page = _page(document)
    picked = one_incident(
        collector, entries, lambda located: incident_field(located[1]), incident, "PagerDuty", "log entries"
    )
    if picked is None:
        return collector.result()
    for done, (line, entry) in enumerate(picked, start=1):
        collector.tick(done, len(picked))
        if not is_log_entry(entry):
            collector.problem(
                line,
                "not a PagerDuty log entry (no `type` ending in `_log_entry`)",
                json.dumps(entry, ensure_ascii=False),
            )
            continue
        action = entry["type"].removesuffix("_reference").removesuffix("_log_entry")
        try:
            at = iso_time(entry.get("created_at"), "created_at")
        except ValueError as error:
            collector.problem(line, str(error), _text(entry, action))
            continue
        event = collector.event(at, _text(entry, action), line, actor=_actor(entry), kind=KINDS.get(action))
        if event is not None and action in _TIMES:
            name = _TIMES[action]
            collector.incident_times[name] = keep(collector.incident_times.get(name), at, name)
    return collector.result()


def _is_incident_text(text: str) -> bool:
    try:
        return is_incident(parse_json(text))
    except (json.JSONDecodeError, RecursionError):
        return False
