"""Every format `--format` names, and the reader behind each: one place to register a reader.

A reader takes the input's text, its name (for problems), the `ReadOptions` and a progress
callback, and returns an `ImportResult`. `NEEDS` says which options a format cannot do without,
so the CLI and the import dialog can ask for them.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.importers.alertmanager import parse_alertmanager
from facilitator.importers.chat_copy import parse_chat_copy
from facilitator.importers.cloudwatch import parse_cloudwatch
from facilitator.importers.csv_rows import parse_csv
from facilitator.importers.datadog import parse_datadog
from facilitator.importers.firehydrant import parse_firehydrant
from facilitator.importers.grafana import parse_grafana
from facilitator.importers.incidentio import parse_incidentio
from facilitator.importers.kubernetes_events import parse_kubernetes_events
from facilitator.importers.logfmt import parse_logfmt
from facilitator.importers.markdown_table import parse_markdown_table
from facilitator.importers.opsgenie import parse_opsgenie
from facilitator.importers.options import ReadOptions
from facilitator.importers.pagerduty import parse_pagerduty
from facilitator.importers.prep_form import parse_prep_form
from facilitator.importers.result import ImportResult, Progress
from facilitator.importers.rootly import parse_rootly
from facilitator.importers.session_json import parse_session_json
from facilitator.importers.slack import parse_slack
from facilitator.importers.slack_source import SlackFiles
from facilitator.importers.statuspage import parse_statuspage
from facilitator.importers.text_lines import parse_text_lines
from facilitator.importers.transcripts import parse_transcript

Reader = Callable[[str, str, ReadOptions, Progress | None], ImportResult]

READERS: dict[str, Reader] = {
    "text": lambda text, source, o, p: parse_text_lines(text, source, o, p),
    "chat": parse_chat_copy,
    "markdown": parse_markdown_table,
    "transcript": parse_transcript,
    "csv": lambda text, source, o, p: parse_csv(text, source, o, p),
    "slack": lambda text, source, o, p: parse_slack(SlackFiles([(source, text)]), source, p),
    "pagerduty": lambda text, source, o, p: parse_pagerduty(text, source, o.incident, p),
    "opsgenie": lambda text, source, o, p: parse_opsgenie(text, source, p),
    "incidentio": lambda text, source, o, p: parse_incidentio(text, source, o.incident, p),
    "rootly": lambda text, source, o, p: parse_rootly(text, source, p),
    "firehydrant": lambda text, source, o, p: parse_firehydrant(text, source, p),
    "statuspage": lambda text, source, o, p: parse_statuspage(text, source, o.incident, p),
    "alertmanager": lambda text, source, o, p: parse_alertmanager(text, source, p),
    "kubernetes": lambda text, source, o, p: parse_kubernetes_events(text, source, p),
    "cloudwatch": lambda text, source, o, p: parse_cloudwatch(text, source, p),
    "logfmt": lambda text, source, o, p: parse_logfmt(text, source, p),
    "grafana": lambda text, source, o, p: parse_grafana(text, source, p),
    "datadog": lambda text, source, o, p: parse_datadog(text, source, p),
    "json": lambda text, source, o, p: parse_session_json(text, source, p),
    "prep": lambda text, source, o, p: parse_prep_form(text, source),
}
FORMATS = ("auto", *READERS)


def read_as(fmt: str, text: str, source: str, options: ReadOptions, progress: Progress | None) -> ImportResult:
    """`text` read as `fmt` (one of `READERS`)."""
    return READERS[fmt](text, source, options, progress)
