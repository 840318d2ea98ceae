"""`--format auto`: tell the formats apart by their content, the file name only as a hint."""

from __future__ import annotations

import json
from typing import Any

from facilitator.importers.csv_rows import looks_like_csv
from facilitator.importers.grafana import is_annotation
from facilitator.importers.pagerduty import is_incident, is_log_entry
from facilitator.importers.prep_form import looks_like_prep_form
from facilitator.importers.session_json import is_session_export
from facilitator.importers.slack import is_slack_message
from facilitator.store.safe_read import parse_json

UNKNOWN_JSON = (
    "JSON, but not a format facilitator reads (a Slack export, PagerDuty log entries, "
    "Grafana annotations or a facilitator export); pick one with --format"
)


def _json_format(document: Any) -> str | None:
    if is_session_export(document):
        return "json"
    if is_incident(document):
        return "pagerduty"  # which says it is an incident, not its log
    if isinstance(document, dict):
        if isinstance(document.get("log_entries"), list):
            return "pagerduty"
        if isinstance(document.get("messages"), list):
            return "slack"
        return None
    first = next((item for item in document if isinstance(item, dict)), None) if isinstance(document, list) else None
    for check, fmt in ((is_log_entry, "pagerduty"), (is_slack_message, "slack"), (is_annotation, "grafana")):
        if first is not None and check(first):
            return fmt
    return None


def detect_format(text: str, name: str = "") -> str | None:
    """`text`, `csv`, `slack`, `pagerduty`, `grafana`, `json` or `prep` (a filled pre-prep form);
    None for JSON of no known shape."""
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
    first_line = next((line for line in text.split("\n", 50)[:50] if line.strip()), "")
    if name.lower().endswith(".csv") or looks_like_csv(first_line):
        return "csv"
    return "text"
