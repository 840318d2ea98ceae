"""CloudWatch Logs: `aws logs filter-log-events` (and `get-log-events`) JSON.

Each log event is one event at its `timestamp`, by its log stream, its kind guessed from its
words. An answer with a `nextToken` says more events follow: it is warned.
"""

from __future__ import annotations

from typing import Any

from facilitator.importers.json_events import (
    Entry,
    as_dict,
    epoch_time,
    first_text,
    parse_listing,
)
from facilitator.importers.result import ImportResult, Progress


def is_log_events(document: Any) -> bool:
    events = as_dict(document).get("events")
    return (
        isinstance(events, list)
        and bool(events)
        and all(isinstance(e, dict) and "timestamp" in e and "message" in e for e in events)
    )


def _entries(event: dict[str, Any]) -> list[Entry]:
    at = epoch_time(event.get("timestamp"), "timestamp")
    return [Entry(at, first_text(event.get("message")), first_text(event.get("logStreamName")) or "CloudWatch")]


def _more(document: Any) -> str:
    if first_text(as_dict(document).get("nextToken")):
        return "more events follow (nextToken): run the command again with --next-token and import that too"
    return ""


def parse_cloudwatch(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    return parse_listing(text, source, "cloudwatch", "events", _entries, "CloudWatch log events", _more, progress)
