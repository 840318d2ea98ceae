"""Kubernetes events: `kubectl get events -o json` (core/v1 `Event`s, or events.k8s.io/v1).

Each event is one event at its first occurrence: `Pod/checkout-7d9f: BackOff: Back-off
restarting failed container (12 times until 23:48:55 UTC)`, by the component that reported it;
a `Warning` is an alert. The table `kubectl get events` prints shows ages (`34m`), which are
not times: it is refused with what to export instead.
"""

from __future__ import annotations

import re
from typing import Any

from facilitator.importers.json_events import Entry, as_dict, first_text, iso_time, parse_listing
from facilitator.importers.kinds import infer_kind
from facilitator.importers.result import ImportResult, Progress
from facilitator.model.enums import EventKind

AGES_TABLE = (
    "the table `kubectl get events` prints: its LAST SEEN ages (34m) are not times; export the events with "
    "`kubectl get events -o json` and import that file"
)
_TABLE_HEAD = re.compile(r"\s*(?:NAMESPACE\s+)?LAST SEEN\s+TYPE\s+REASON\s+OBJECT", re.IGNORECASE)


def is_event_list(document: Any) -> bool:
    items = as_dict(document).get("items")
    return isinstance(items, list) and bool(items) and all(as_dict(i).get("kind") == "Event" for i in items)


def is_ages_table(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _TABLE_HEAD.match(first) is not None


def _entries(event: dict[str, Any]) -> list[Entry]:
    meta = as_dict(event.get("metadata"))
    first = event.get("firstTimestamp") or event.get("deprecatedFirstTimestamp") or event.get("eventTime")
    at = iso_time(first or meta.get("creationTimestamp"), "firstTimestamp")
    target = as_dict(event.get("involvedObject") or event.get("regarding"))
    what = "/".join(part for part in (first_text(target.get("kind")), first_text(target.get("name"))) if part)
    reason, message = first_text(event.get("reason")), first_text(event.get("message"), event.get("note"))
    text = ": ".join(part for part in (what, reason, message) if part)
    count = event.get("count") or as_dict(event.get("series")).get("count")
    last = event.get("lastTimestamp") or event.get("deprecatedLastTimestamp")
    if isinstance(count, int) and count > 1 and isinstance(last, str):
        text += f" ({count} times until {iso_time(last, 'lastTimestamp'):%H:%M:%S} UTC)"
    source = as_dict(event.get("source"))
    actor = first_text(source.get("component"), event.get("reportingComponent"), event.get("reportingController"))
    kind = EventKind.ALERT if event.get("type") == "Warning" else infer_kind(text)
    return [Entry(at, text, actor or "Kubernetes", kind)]


def parse_kubernetes_events(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    what = "Kubernetes events (kubectl get events -o json)"
    return parse_listing(text, source, "kubernetes", "items", _entries, what, progress=progress)
