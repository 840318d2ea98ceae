"""PagerDuty: the JSON of `GET /incidents/{id}/log_entries` (newest first), one event per entry.

The first trigger, the first acknowledgement and the last resolution are also handed
back as the incident's detected, acknowledged and resolved times.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from facilitator.importers.json_items import JsonShapeError, located_items
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.model.timeparse import utc_instant

_KINDS = {
    "trigger": EventKind.ALERT,
    "acknowledge": EventKind.ACTION,
    "escalate": EventKind.COMMUNICATION,
    "assign": EventKind.COMMUNICATION,
    "reassign": EventKind.COMMUNICATION,
    "notify": EventKind.COMMUNICATION,
    "repeat_escalation": EventKind.COMMUNICATION,
    "resolve": EventKind.RESOLUTION,
}
_TIMES = {"trigger": ("detected_at", min), "acknowledge": ("acknowledged_at", min), "resolve": ("resolved_at", max)}


def is_log_entry(item: Any) -> bool:
    return isinstance(item, dict) and str(item.get("type", "")).endswith("_log_entry")


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


def _instant(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("created_at: missing")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"created_at: {value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise ValueError(f"created_at: {value!r} has no UTC offset")
    return utc_instant(parsed)


def parse_pagerduty(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "pagerduty", progress)
    try:
        entries, _ = located_items(text, "log_entries")
    except JsonShapeError as error:
        collector.problem(None, f"not a PagerDuty log (expected a `log_entries` list): {error}")
        return collector.result()
    for done, (line, entry) in enumerate(entries, start=1):
        collector.tick(done, len(entries))
        if not is_log_entry(entry):
            collector.problem(
                line,
                "not a PagerDuty log entry (no `type` ending in `_log_entry`)",
                json.dumps(entry, ensure_ascii=False),
            )
            continue
        action = entry["type"].removesuffix("_log_entry")
        try:
            at = _instant(entry.get("created_at"))
        except ValueError as error:
            collector.problem(line, str(error), _text(entry, action))
            continue
        event = collector.event(at, _text(entry, action), line, actor=_actor(entry), kind=_KINDS.get(action))
        if event is not None and action in _TIMES:
            name, pick = _TIMES[action]
            known = collector.incident_times.get(name)
            collector.incident_times[name] = at if known is None else pick(known, at)
    return collector.result()
