"""Timeline importers: pure functions from text or files to events plus problems.

`parse_file` and `parse_text` read one input whole and return an `ImportResult`: the
events, sorted by time, and every line that could not be placed (`problems`, each
`FILE:LINE: reason`, with the line's text kept in `unplaced`). Nothing is applied here;
the caller hands the events to `Review.import_events` only when it is happy with them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator.importers.csv_rows import parse_csv
from facilitator.importers.detect import UNKNOWN_JSON, detect_format
from facilitator.importers.grafana import parse_grafana
from facilitator.importers.pagerduty import parse_pagerduty
from facilitator.importers.prep_form import parse_prep_form
from facilitator.importers.reading import InputError, read_text
from facilitator.importers.result import Collector, ImportResult, Problem, Progress
from facilitator.importers.session_json import parse_session_json
from facilitator.importers.slack import parse_slack
from facilitator.importers.slack_source import is_zip, slack_files
from facilitator.importers.text_lines import parse_text_lines
from facilitator.model.timeparse import TimeParseError, zone_from_token

FORMATS = ("auto", "text", "csv", "slack", "pagerduty", "grafana", "json", "prep")


def _failed(source: str, fmt: str, reason: str) -> ImportResult:
    collector = Collector(source, fmt)
    collector.problem(None, reason)
    return collector.result()


def parse_text(
    text: str,
    fmt: str = "auto",
    source_name: str = "pasted text",
    *,
    default_date: date | None = None,
    default_tz: str = "UTC",
    progress: Progress | None = None,
) -> ImportResult:
    """Parse pasted or already-read text. `default_date` and `default_tz` apply to lines
    that give no date or zone (text and CSV)."""
    if fmt not in FORMATS:
        return _failed(source_name, fmt, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    try:
        zone_from_token(default_tz)
    except TimeParseError as error:
        return _failed(source_name, fmt, f"default zone: {error}")
    text = text.removeprefix("\ufeff")
    chosen = detect_format(text, source_name) if fmt == "auto" else fmt
    if chosen is None:
        return _failed(source_name, "auto", UNKNOWN_JSON)
    try:
        return _parse_as(chosen, text, source_name, default_date, default_tz, progress)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError) as error:
        # A shape no parser foresaw: still one problem naming the file, never a traceback.
        return _failed(source_name, chosen, f"cannot be read as {chosen} ({type(error).__name__}: {error})")


def _parse_as(
    chosen: str, text: str, source_name: str, default_date: date | None, default_tz: str, progress: Progress | None
) -> ImportResult:
    if chosen == "text":
        return parse_text_lines(text, source_name, default_date, default_tz, progress)
    if chosen == "csv":
        return parse_csv(text, source_name, default_date, default_tz, progress)
    if chosen == "slack":
        return parse_slack([(source_name, text)], (), source_name, progress)
    if chosen == "pagerduty":
        return parse_pagerduty(text, source_name, progress)
    if chosen == "grafana":
        return parse_grafana(text, source_name, progress)
    if chosen == "prep":
        return parse_prep_form(text, source_name)
    return parse_session_json(text, source_name, progress)


def parse_file(
    path: str | Path,
    fmt: str = "auto",
    *,
    default_date: date | None = None,
    default_tz: str = "UTC",
    channel: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Parse one file (a Slack export may also be a ZIP or a folder; `channel` picks its channel)."""
    path = Path(path)
    source = str(path)
    try:
        if fmt in ("auto", "slack") and (path.is_dir() or is_zip(path)):
            files = slack_files(path, channel)
            return parse_slack(files.days, files.users, source, progress)
        text = read_text(path)
        if fmt == "slack" or (fmt == "auto" and detect_format(text, path.name) == "slack"):
            files = slack_files(path, channel)
            return parse_slack(files.days, files.users, source, progress)
    except InputError as error:
        return _failed(source, fmt, str(error))
    return parse_text(text, fmt, source, default_date=default_date, default_tz=default_tz, progress=progress)


__all__ = ["FORMATS", "ImportResult", "Problem", "Progress", "parse_file", "parse_text"]
