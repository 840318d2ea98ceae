"""Reading one input whole: `parse_text`, `parse_file` and `read_file` (the package's own names)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from facilitator.importers.detect import Unread, detect_format
from facilitator.importers.options import ReadOptions
from facilitator.importers.readers import FORMATS, read_as
from facilitator.importers.reading import InputError, read_text
from facilitator.importers.result import Collector, ImportResult, Problem, Progress
from facilitator.importers.slack import parse_slack
from facilitator.importers.slack_source import is_zip, slack_files
from facilitator.model.timeparse import TimeParseError, zone_from_token

Channels = str | Sequence[str] | None


def _failed(source: str, fmt: str, reason: str) -> ImportResult:
    collector = Collector(source, fmt)
    collector.problem(None, reason)
    return collector.result()


def _options(
    default_date: date | None,
    default_tz: str,
    channel: Channels,
    incident: str | None,
    start: datetime | None,
    day_first: bool,
    per_cue: bool,
) -> ReadOptions:
    channels = (channel,) if isinstance(channel, str) else tuple(channel or ())
    return ReadOptions(default_date, default_tz, channels, incident, start, day_first, per_cue)


def parse_text(
    text: str,
    fmt: str = "auto",
    source_name: str = "pasted text",
    *,
    default_date: date | None = None,
    default_tz: str = "UTC",
    incident: str | None = None,
    start: datetime | None = None,
    day_first: bool = False,
    per_cue: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Parse pasted or already-read text. `default_date` and `default_tz` apply to times that
    give no date or zone; `incident` picks one incident from a listing of several; `start` is
    when a recording began (for times elapsed since then); `day_first` reads numeric dates that
    could swap day first; `per_cue` reads a transcript one event per cue, not per turn."""
    options = _options(default_date, default_tz, None, incident, start, day_first, per_cue)
    return _parse_read(text, fmt, source_name, options, progress)


def _parse_read(
    text: str,
    fmt: str,
    source_name: str,
    options: ReadOptions,
    progress: Progress | None,
    detected: str | Unread | None = None,
) -> ImportResult:
    """`detected`: what `detect_format` said of `text` already (reading a file asks it first, for Slack)."""
    if fmt not in FORMATS:
        return _failed(source_name, fmt, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    try:
        zone_from_token(options.default_tz)
    except TimeParseError as error:
        return _failed(source_name, fmt, f"default zone: {error}")
    if text.startswith("\ufeff"):
        text, detected = text.removeprefix("\ufeff"), None
    if fmt != "auto":
        chosen: str | Unread = fmt
    else:
        chosen = detected if detected is not None else detect_format(text, source_name)
    if isinstance(chosen, Unread):
        return _failed(source_name, "auto", chosen.reason)
    try:
        return read_as(chosen, text, source_name, options, progress)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError) as error:
        # A shape no parser foresaw: still one problem naming the file, never a traceback.
        return _failed(source_name, chosen, f"cannot be read as {chosen} ({type(error).__name__}: {error})")


def parse_file(
    path: str | Path,
    fmt: str = "auto",
    *,
    default_date: date | None = None,
    default_tz: str = "UTC",
    channel: Channels = None,
    incident: str | None = None,
    start: datetime | None = None,
    day_first: bool = False,
    per_cue: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Parse one file (a Slack export may also be a ZIP or a folder; `channel` names the
    channel, or channels, to read from it). The other options are `parse_text`'s."""
    options = _options(default_date, default_tz, channel, incident, start, day_first, per_cue)
    return read_file(Path(path), fmt, options, progress)


def read_file(path: Path, fmt: str, options: ReadOptions, progress: Progress | None = None) -> ImportResult:
    """`parse_file` with its options already gathered (the CLI and the import dialog)."""
    source = str(path)
    try:
        if fmt in ("auto", "slack") and (path.is_dir() or is_zip(path)):
            files = slack_files(path, options.channels)
            return parse_slack(files, source, progress)
        text = read_text(path)
        detected = detect_format(text, path.name) if fmt == "auto" else None
        if fmt == "slack" or detected == "slack":
            files = slack_files(path, options.channels)
            return parse_slack(files, source, progress)
    except InputError as error:
        return _failed(source, fmt, str(error))
    return _parse_read(text, fmt, source, options, progress, detected)


__all__ = ["FORMATS", "ImportResult", "Problem", "Progress", "ReadOptions", "parse_file", "parse_text", "read_file"]
