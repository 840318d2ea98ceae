"""`--format auto`: tell the formats apart by their content, the file name only as a hint.

JSON is told apart by its shape (the keys a tool's API answers with); text by the layout of
its lines. A file recognised as a tool's format that facilitator does not read comes back as
`Unread`, whose reason names the format and what to export instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facilitator.importers.chat_lines import looks_like_chat
from facilitator.importers.csv_rows import looks_like_csv
from facilitator.importers.grafana import is_annotation
from facilitator.importers.pagerduty import is_incident, is_log_entry, is_notes
from facilitator.importers.prep_form import looks_like_prep_form
from facilitator.importers.session_json import is_session_export
from facilitator.importers.slack import is_slack_message
from facilitator.importers.transcripts import layout_of
from facilitator.store.safe_read import parse_json

UNKNOWN_JSON = (
    "JSON, but not a format facilitator reads (see docs/importing.md for the tools' exports it takes); "
    "pick one with --format if it is one of them"
)


@dataclass(frozen=True)
class Unread:
    """A file recognised as a known format that facilitator does not read, and why."""

    reason: str


Shape = Callable[[Any], bool]


def _first(document: Any, key: str | None = None) -> Any:
    """The first object of the document's list (or of the list under `key`)."""
    items = document.get(key) if key and isinstance(document, dict) else document
    return next((item for item in items if isinstance(item, dict)), None) if isinstance(items, list) else None


def _first_is(check: Shape, key: str | None = None) -> Shape:
    return lambda document: (first := _first(document, key)) is not None and check(first)


# In order: the first shape that fits names the format.
JSON_SHAPES: tuple[tuple[Shape, str], ...] = (
    (is_session_export, "json"),
    (is_incident, "pagerduty"),  # which says it is an incident, not its log
    (is_notes, "pagerduty"),
    (lambda d: isinstance(d, dict) and isinstance(d.get("log_entries"), list), "pagerduty"),
    (_first_is(is_log_entry), "pagerduty"),
    (lambda d: isinstance(d, dict) and isinstance(d.get("messages"), list), "slack"),
    (_first_is(is_slack_message), "slack"),
    (_first_is(is_annotation), "grafana"),
)


def _json_format(document: Any) -> str | Unread:
    for check, fmt in JSON_SHAPES:
        if check(document):
            return fmt
    return Unread(UNKNOWN_JSON)


def detect_format(text: str, name: str = "") -> str | Unread:
    """The format `text` is in (a key of `readers.READERS`), or `Unread` with the reason."""
    head = text.lstrip()[:1]
    if head in ("[", "{"):
        try:
            document = parse_json(text)
        except (json.JSONDecodeError, RecursionError):
            document = None
            if name.lower().endswith(".json"):
                return "json"
        if document is not None:
            return _json_format(document)
    if looks_like_prep_form(text):
        return "prep"
    if layout_of(text) is not None:
        return "transcript"
    if looks_like_chat(text):
        return "chat"
    first_line = next((line for line in text.split("\n", 50)[:50] if line.strip()), "")
    if name.lower().endswith(".csv") or looks_like_csv(first_line):
        return "csv"
    return "text"
