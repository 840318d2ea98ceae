"""Timelines kept as CSV: `timestamp,actor,kind,text`, or a sheet with its own column names.

Column names are matched loosely (time, when, who, owner, type, description, ...); a
separate date column is joined to a time-only column. Quoted commas and newlines, a BOM
and CRLF line ends are all fine.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime

from facilitator.importers.kinds import KNOWN_KINDS, kind_from_name
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.timeparse import (
    ParsedTime,
    TimeParseError,
    WallClock,
    parse_time,
    place,
    utc_instant,
    zone_from_token,
)

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "timestamp": (
        "timestamp",
        "time",
        "time_utc",
        "timestamp_utc",
        "datetime",
        "date_time",
        "when",
        "at",
        "ts",
        "occurred_at",
        "created_at",
        "start",
        "start_time",
        "time_(utc)",
    ),
    "date": ("date", "day", "date_utc"),
    "actor": (
        "actor",
        "who",
        "speaker",
        "sender",
        "name",
        "owner",
        "user",
        "author",
        "person",
        "role",
        "by",
        "from",
        "team",
        "source",
    ),
    "kind": ("kind", "type", "category", "event_type", "kind_of_event"),
    "text": (
        "text",
        "description",
        "event",
        "message",
        "summary",
        "details",
        "detail",
        "what",
        "note",
        "notes",
        "title",
        "entry",
    ),
}
_STARTS_WITH_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _normal(name: str) -> str:
    return "_".join(name.strip().strip('"').lower().split())


def map_header(cells: list[str]) -> dict[str, int]:
    """Which column holds each field (`timestamp`, `date`, `actor`, `kind`, `text`)."""
    found: dict[str, int] = {}
    names = [_normal(cell) for cell in cells]
    for field, aliases in COLUMN_NAMES.items():
        for alias in aliases:
            if alias in names:
                found[field] = names.index(alias)
                break
    if "timestamp" not in found and "date" in found:
        found["timestamp"] = found.pop("date")
    return found


def _missing(columns: dict[str, int]) -> list[str]:
    return [name for name in ("timestamp", "text") if name not in columns]


def looks_like_csv(first_line: str) -> bool:
    """True when the first line is a header naming at least a time and a text column."""
    try:
        cells = next(csv.reader([first_line.rstrip("\r")]), [])
    except csv.Error:
        return False
    return len(cells) >= 2 and not _missing(map_header(cells))


def _instant(value: str, day_value: str, default_date: date | None, default_tz: str) -> ParsedTime:
    """The row's time: ISO 8601 quickly, else anything `parse_time` reads."""
    value = value.strip()
    if day_value.strip() and not _STARTS_WITH_DATE.match(value):
        value = f"{day_value.strip()} {value}"
    if ":" not in value:
        raise TimeParseError(f"{value!r} has no time of day" if value else "empty")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return parse_time(value, default_date, default_tz)
    if parsed.tzinfo is None:
        return place(WallClock(parsed.replace(tzinfo=zone_from_token(default_tz)[0])))
    return ParsedTime(utc_instant(parsed))


def parse_csv(
    text: str, source: str, default_date: date | None = None, default_tz: str = "UTC", progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "csv", progress)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as error:
        collector.problem(1, f"not readable as CSV ({error})")
        return collector.result()
    columns = map_header(header)
    missing = _missing(columns)
    if missing:
        names = ", ".join(cell.strip() for cell in header) or "nothing"
        collector.problem(1, f"missing column {' and '.join(missing)} (the header has: {names})")
        return collector.result()
    lines = text.split("\n")
    last_line = reader.line_num
    while True:
        start = last_line + 1
        try:
            row = next(reader, None)
        except csv.Error as error:
            collector.problem(start, f"not readable as CSV ({error})", "\n".join(lines[start - 1 :]))
            break
        if row is None:
            break
        last_line = reader.line_num
        collector.tick(last_line, len(lines))
        if not any(cell.strip() for cell in row):
            continue
        raw = "\n".join(line.removesuffix("\r") for line in lines[start - 1 : last_line])
        _row(collector, row, raw, header, columns, start, default_date, default_tz)
    return collector.result()


def _row(
    collector: Collector,
    row: list[str],
    raw: str,
    header: list[str],
    columns: dict[str, int],
    line: int,
    default_date: date | None,
    default_tz: str,
) -> None:
    if len(row) > len(header):
        collector.problem(
            line, f"{len(row)} fields but the header has {len(header)} (quote text that holds commas)", raw
        )
        return
    values = {name: row[index] if index < len(row) else None for name, index in columns.items()}
    timestamp, text = values["timestamp"], values["text"]
    if timestamp is None or text is None:
        absent = [name for name in ("timestamp", "text") if values[name] is None]
        collector.problem(line, f"missing field {' and '.join(absent)}", raw)
        return
    time_field = header[columns["timestamp"]].strip()
    try:
        at, warning = _instant(timestamp, values.get("date") or "", default_date, default_tz)
    except TimeParseError as error:
        collector.problem(line, f"{time_field}: {error}", raw)
        return
    if warning:
        collector.warn(line, f"{time_field}: {warning}")
    kind = None
    kind_text = (values.get("kind") or "").strip()
    if kind_text:
        kind = kind_from_name(kind_text)
        if kind is None:
            collector.problem(
                line, f"{header[columns['kind']].strip()}: unknown kind {kind_text!r} (known: {KNOWN_KINDS})", raw
            )
            return
    collector.event(at, text, line, actor=values.get("actor") or "", kind=kind)
