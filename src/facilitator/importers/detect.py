"""`--format auto`: tell the formats apart by their content, the file name only as a hint.

JSON is told apart by its shape (the keys a tool's API answers with); text by the layout of
its lines. A file recognised as a tool's format that facilitator does not read comes back as
`Unread`, whose reason names the format and what to export instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facilitator.importers.alertmanager import is_webhook
from facilitator.importers.chat_lines import looks_like_chat
from facilitator.importers.cloudwatch import is_log_events
from facilitator.importers.csv_rows import looks_like_csv
from facilitator.importers.datadog import is_events as is_datadog_events
from facilitator.importers.firehydrant import is_events as is_firehydrant_events
from facilitator.importers.grafana import is_annotation
from facilitator.importers.incidentio import NOT_UPDATES as INCIDENTIO_INCIDENT
from facilitator.importers.incidentio import is_incident as is_incidentio_incident
from facilitator.importers.incidentio import is_updates
from facilitator.importers.kubernetes_events import AGES_TABLE, is_ages_table, is_event_list
from facilitator.importers.logfmt import looks_like_logfmt
from facilitator.importers.markdown_table import looks_like_markdown_table
from facilitator.importers.opsgenie import NOT_A_LOG as OPSGENIE_ALERT
from facilitator.importers.opsgenie import is_alert as is_opsgenie_alert
from facilitator.importers.opsgenie import is_alert_log
from facilitator.importers.pagerduty import is_incident, is_log_entry, is_notes
from facilitator.importers.prep_form import looks_like_prep_form
from facilitator.importers.rootly import NOT_EVENTS as ROOTLY_INCIDENT
from facilitator.importers.rootly import is_events as is_rootly_events
from facilitator.importers.rootly import is_incident as is_rootly_incident
from facilitator.importers.session_json import is_session_export
from facilitator.importers.slack import is_slack_message
from facilitator.importers.statuspage import incidents_in
from facilitator.importers.ticket_lists import ticket_json
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


def _slack_users(document: Any) -> bool:
    first = _first(document)
    return first is not None and isinstance(first.get("id"), str) and ("profile" in first or "real_name" in first)


SLACK_USERS = (
    "a Slack user list (users.json): import the whole export (its folder or ZIP, with --channel NAME), "
    "or a channel's day files with this file beside them"
)

# In order: the first shape that fits names the format, or says why it is not read.
JSON_SHAPES: tuple[tuple[Shape, str | Unread], ...] = (
    (is_session_export, "json"),
    (is_incident, "pagerduty"),  # which says it is an incident, not its log
    (is_notes, "pagerduty"),
    (lambda d: isinstance(d, dict) and isinstance(d.get("log_entries"), list), "pagerduty"),
    (_first_is(is_log_entry), "pagerduty"),
    (is_alert_log, "opsgenie"),
    (is_opsgenie_alert, Unread(OPSGENIE_ALERT)),
    (is_updates, "incidentio"),
    (is_incidentio_incident, Unread(INCIDENTIO_INCIDENT)),
    (is_rootly_events, "rootly"),
    (is_rootly_incident, Unread(ROOTLY_INCIDENT)),
    (is_firehydrant_events, "firehydrant"),
    (lambda d: incidents_in(d) is not None, "statuspage"),
    (is_webhook, "alertmanager"),
    (is_event_list, "kubernetes"),
    (is_log_events, "cloudwatch"),
    (is_datadog_events, "datadog"),
    (lambda d: isinstance(d, dict) and isinstance(d.get("messages"), list), "slack"),
    (_first_is(is_slack_message), "slack"),
    (_first_is(is_annotation), "grafana"),
    (_slack_users, Unread(SLACK_USERS)),
)


def _json_format(document: Any) -> str | Unread:
    tickets = ticket_json(document)
    if tickets is not None:
        return Unread(tickets)
    for check, fmt in JSON_SHAPES:
        if check(document):
            return fmt
    return Unread(UNKNOWN_JSON)


HTML = (
    "an HTML page: facilitator reads text and the tools' own exports, not web pages; copy the messages "
    "and paste them into a .txt file (or export the tool's JSON) and import that"
)


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
    if re.match(r"\s*<(?:!doctype\s+html|html)\b", text, re.IGNORECASE):
        return Unread(HTML)
    if looks_like_prep_form(text):
        return "prep"
    if layout_of(text) is not None:
        return "transcript"
    if is_ages_table(text):
        return Unread(AGES_TABLE)
    if looks_like_logfmt(text):
        return "logfmt"
    if looks_like_markdown_table(text):
        return "markdown"
    if looks_like_chat(text):
        return "chat"
    if name.lower().endswith(".csv") or looks_like_csv(text):
        return "csv"
    return "text"
