"""A facilitator session's own JSON export: `{"facilitator_export": 1, ...the session...}`.

The result carries the whole session (so an empty session can take it over) and its
timeline as events (so a session with content can merge them).
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.export.json_export import EXPORT_KEY, session_from_export
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.session import INCIDENT_TIMES
from facilitator.store.safe_read import parse_json


def is_session_export(document: Any) -> bool:
    return isinstance(document, dict) and EXPORT_KEY in document


def parse_session_json(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "json", progress)
    try:
        document = parse_json(text)
    except json.JSONDecodeError as error:
        collector.problem(error.lineno, f"not valid JSON (column {error.colno}: {error.msg})")
        return collector.result()
    except RecursionError:
        collector.problem(None, "not a facilitator export (nested too deeply)")
        return collector.result()
    if not is_session_export(document):
        collector.problem(None, f"not a facilitator export (no top-level {EXPORT_KEY!r} key)")
        return collector.result()
    try:
        session = session_from_export(document)
    except ValueError as error:
        collector.problem(None, str(error))
        return collector.result()
    collector.events.extend(session.timeline)
    collector.incident_times.update(
        {name: getattr(session, name) for name in INCIDENT_TIMES if getattr(session, name) is not None}
    )
    return collector.result(session)
