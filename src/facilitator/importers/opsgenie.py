"""Opsgenie: an alert's log (`GET /v2/alerts/{id}/logs`) and its notes (`GET /v2/alerts/{id}/notes`).

Each log line or note is one event by its owner; a log's kind comes from its words (created,
acknowledged, closed, escalated, ...). A page whose `paging.next` was not imported is warned.
"""

from __future__ import annotations

import re
from typing import Any

from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, parse_listing
from facilitator.importers.kinds import infer_kind
from facilitator.importers.result import ImportResult, Progress
from facilitator.model.enums import EventKind

_KINDS = (
    (re.compile(r"\balert (?:created|re-?opened|unacknowledged)\b", re.IGNORECASE), EventKind.ALERT),
    (re.compile(r"\b(?:closed|resolved)\b", re.IGNORECASE), EventKind.RESOLUTION),
    (re.compile(r"\b(?:acknowledged|snoozed|assigned to|owner)\b", re.IGNORECASE), EventKind.ACTION),
    (re.compile(r"\b(?:escalat\w*|notif\w*|recipients?|responders?)\b", re.IGNORECASE), EventKind.COMMUNICATION),
)
NOT_A_LOG = "an Opsgenie alert, not its log: export GET /v2/alerts/{id}/logs (and /notes) and import those files"


def _rows(document: Any, key: str) -> bool:
    data = document.get("data") if isinstance(document, dict) else None
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(d, dict) and key in d and "createdAt" in d for d in data)
    )


def is_alert_log(document: Any) -> bool:
    return _rows(document, "log") or _rows(document, "note")


def is_alert(document: Any) -> bool:
    """`GET /v2/alerts/{id}`: one alert object under `data`."""
    data = as_dict(document).get("data")
    return isinstance(data, dict) and "tinyId" in data and "message" in data


def _kind(text: str) -> EventKind:
    return next((kind for pattern, kind in _KINDS if pattern.search(text)), None) or infer_kind(text)


def _entries(item: dict[str, Any]) -> list[Entry]:
    at = iso_time(item.get("createdAt"), "createdAt")
    if "note" in item:
        return [Entry(at, first_text(item.get("note")), first_text(item.get("owner")) or "Opsgenie")]
    text = first_text(item.get("log"))
    owner = first_text(item.get("owner"))
    return [Entry(at, text, owner if owner and owner != "System" else "Opsgenie", _kind(text))]


def _more(document: Any) -> str:
    following = as_dict(as_dict(document).get("paging")).get("next")
    if isinstance(following, str) and following:
        return f"more entries follow (paging.next); fetch {following} and import it with this one"
    return ""


def parse_opsgenie(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    return parse_listing(text, source, "opsgenie", "data", _entries, "an Opsgenie alert log or notes", _more, progress)
