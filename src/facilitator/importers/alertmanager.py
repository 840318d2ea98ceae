"""Alertmanager: webhook payloads (`"version": "4"`, `alerts` with `startsAt` and `endsAt`), one
or a list of them (a receiver's log). Grafana's alerting webhook has the same shape.

Each alert gives `HighErrorRate firing: <summary> (severity=critical, service=checkout)` at its
`startsAt`, an alert; a resolved one also `HighErrorRate resolved` at its `endsAt`, a
resolution. The same alert repeated in later notifications is kept once.
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, read_entries
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.store.safe_read import parse_json

_SHOWN_LABELS = ("severity", "service", "namespace", "job", "instance", "cluster")
_NEVER = "0001-01-01"


def _is_payload(value: Any) -> bool:
    alerts = as_dict(value).get("alerts")
    return isinstance(alerts, list) and all(isinstance(a, dict) and "startsAt" in a for a in alerts) and bool(alerts)


def is_webhook(document: Any) -> bool:
    """One webhook payload, or a list of them."""
    if isinstance(document, list):
        return bool(document) and all(_is_payload(item) for item in document)
    return _is_payload(document)


def _labels(labels: dict[str, Any]) -> str:
    shown = [f"{key}={labels[key]}" for key in _SHOWN_LABELS if isinstance(labels.get(key), str) and labels[key]]
    return f" ({', '.join(shown)})" if shown else ""


def _entries(alert: dict[str, Any]) -> list[Entry]:
    labels, annotations = as_dict(alert.get("labels")), as_dict(alert.get("annotations"))
    name = first_text(labels.get("alertname")) or "alert"
    summary = first_text(annotations.get("summary"), annotations.get("description"), annotations.get("message"))
    text = f"{name} firing: {summary}{_labels(labels)}" if summary else f"{name} firing{_labels(labels)}"
    found = [Entry(iso_time(alert.get("startsAt"), "startsAt"), text, "Alertmanager", EventKind.ALERT)]
    ends = alert.get("endsAt")
    if alert.get("status") == "resolved" and isinstance(ends, str) and not ends.startswith(_NEVER):
        found.append(
            Entry(iso_time(ends, "endsAt"), f"{name} resolved{_labels(labels)}", "Alertmanager", EventKind.RESOLUTION)
        )
    return found


def parse_alertmanager(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "alertmanager", progress)
    try:
        document = parse_json(text)
    except (json.JSONDecodeError, RecursionError) as error:
        collector.problem(None, f"not valid JSON: {error}")
        return collector.result()
    payloads = document if isinstance(document, list) else [document]
    latest: dict[str, dict[str, Any]] = {}
    for payload in payloads:
        for alert in as_dict(payload).get("alerts") or []:
            if isinstance(alert, dict):
                key = first_text(alert.get("fingerprint")) or json.dumps(alert.get("labels"), sort_keys=True)
                key += f"@{alert.get('startsAt')}"
                if key not in latest or alert.get("status") == "resolved":
                    latest[key] = alert  # a later notification of the same alert may say it resolved
    read_entries(collector, [(None, alert) for alert in latest.values()], _entries, "an Alertmanager alert")
    resolved = len(collector.events) - len(latest)
    if resolved > 0:
        gives = "1 resolved alert gives" if resolved == 1 else f"{resolved} resolved alerts give"
        alerts = "1 alert" if len(latest) == 1 else f"{len(latest)} alerts"
        collector.note(f"{alerts} read as {len(collector.events)} events: {gives} a resolution too")
    return collector.result()
