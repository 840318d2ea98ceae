"""Timelines kept as CSV: `timestamp,actor,kind,text`, or a sheet with its own column names.

Column names are matched loosely (see `csv_columns`); a separate date column is joined to a
time-only column; times may be ISO 8601 or written as sheets write them (`22/Mar/26 11:41 PM`).
Cells are separated by commas, or by semicolons as a European Excel saves them (said by Excel's
`sep=;` first line, or by the header). Numeric dates that could swap are read as the file's other
dates, `--date` or `--dayfirst` say, never guessed. Quoted commas and newlines, a BOM and CRLF
line ends are all fine. The result notes which columns were used, the separator and the date order.
A list of tickets (a Jira export, a PagerDuty incidents report) is refused: see `ticket_lists`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from facilitator.importers.chat_times import full_time, numeric_date, numeric_order, pick, written_time
from facilitator.importers.csv_columns import Columns, choose_columns, map_header
from facilitator.importers.kinds import GUESSED_KINDS, KNOWN_KINDS, kind_from_name
from facilitator.importers.options import ReadOptions
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.importers.ticket_lists import ticket_sheet
from facilitator.model.timeparse import (
    ParsedTime,
    TimeParseError,
    WallClock,
    parse_time,
    place,
    utc_instant,
    zone_from_token,
)

_STARTS_WITH_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EXCEL_SEPARATOR = re.compile(r"\s*\"?sep=(.)\"?\s*")
SEPARATORS = {",": "commas", ";": "semicolons"}


def _missing(columns: dict[str, int]) -> list[str]:
    return [name for name in ("timestamp", "text") if name not in columns]


def _header_cells(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line.rstrip("\r")], delimiter=separator), [])
    except csv.Error:
        return []


def separator_of(first_line: str) -> str:
    """The separator a header line is written with: the one that splits it into a time and a text
    column (commas first), else the one that splits it into more cells."""
    for separator in SEPARATORS:
        cells = _header_cells(first_line, separator)
        if len(cells) >= 2 and not _missing(map_header(cells)):
            return separator
    return max(SEPARATORS, key=lambda separator: len(_header_cells(first_line, separator)))


def looks_like_csv(text: str) -> bool:
    """True when the first line (after Excel's `sep=;`) is a header naming a time and a text column."""
    lines = [line for line in text.split("\n", 50)[:50] if line.strip()][:2]
    if lines and _EXCEL_SEPARATOR.fullmatch(lines[0]):
        lines = lines[1:]
    if not lines:
        return False
    cells = _header_cells(lines[0], separator_of(lines[0]))
    return len(cells) >= 2 and not _missing(map_header(cells))


def _joined(value: str, day_value: str) -> str:
    value = value.strip()
    return f"{day_value.strip()} {value}" if day_value.strip() and not _STARTS_WITH_DATE.match(value) else value


def _instant(value: str, default_date: date | None, zone: str, day_first: bool | None) -> ParsedTime:
    """The row's time: ISO 8601 quickly, else anything `parse_time` reads, else a date and time
    as sheets write them (`22/Mar/26 11:41 PM`, `22/03/2026 23:41`)."""
    if ":" not in value:
        raise TimeParseError(f"{value!r} has no time of day" if value else "empty")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            return parse_time(value, default_date, zone)
        except TimeParseError:
            written = written_time(value)
            if written is None:
                raise
        day = written.day or pick(numeric_date(written.numeric), day_first)
        if day is None:
            raise TimeParseError(f"{written.numeric!r} could be day first or month first") from None
        tzinfo = zone_from_token(written.zone or zone)[0]
        return place(WallClock(datetime.combine(day, full_time(written.clock), tzinfo=tzinfo)))
    if parsed.tzinfo is None:
        return place(WallClock(parsed.replace(tzinfo=zone_from_token(zone)[0])))
    return ParsedTime(utc_instant(parsed))


def _numeric_dates(rows: list[tuple[int, list[str]]], columns: Columns) -> list[tuple[int, str]]:
    """(line, numeric date) of every time cell written with a numeric date like `22/03/2026`."""
    found = []
    for line, row in rows:
        cells = {name: row[index] for name, index in columns.index.items() if index < len(row)}
        written = written_time(_joined(cells.get("timestamp", ""), cells.get("date", "")))
        if written is not None and written.numeric:
            found.append((line, written.numeric))
    return found


def parse_csv(text: str, source: str, options: ReadOptions, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "csv", progress)
    first_line = text.split("\n", 1)[0]
    hinted = _EXCEL_SEPARATOR.fullmatch(first_line)
    separator = hinted[1] if hinted else separator_of(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        if hinted:
            next(reader, None)
        header = next(reader, [])
    except csv.Error as error:
        collector.problem(1, f"not readable as CSV ({error})")
        return collector.result()
    tickets = ticket_sheet(header)
    if tickets is not None:
        collector.problem(None, tickets)
        return collector.result()
    lines = text.split("\n")
    rows: list[tuple[int, list[str], str]] = []
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
        if any(cell.strip() for cell in row):
            rows.append((start, row, "\n".join(line.removesuffix("\r") for line in lines[start - 1 : last_line])))
    columns = choose_columns(header, [row for _, row, _ in rows])
    missing = _missing(columns.index)
    if missing:
        names = ", ".join(cell.strip() for cell in header) or "nothing"
        collector.problem(1, f"missing column {' and '.join(missing)} (the header has: {names})")
        return collector.result()
    written = _numeric_dates([(line, row) for line, row, _ in rows], columns)
    order = numeric_order(written, options.default_date, options.day_first)
    if order.problem is not None:
        line, reason = order.problem
        dated = columns.index.get("date", columns.index["timestamp"])
        collector.problem(line, f"{header[dated].strip()}: {reason}")
        return collector.result()
    sheet = _Sheet(header, columns, options.default_date, columns.zone or options.default_tz, order.day_first)
    for line, row, raw in rows:
        collector.tick(line, len(lines))
        _row(collector, sheet, row, raw, line)
    separated = f"separated by {SEPARATORS.get(separator, repr(separator))}" if separator != "," else ""
    collector.note("; ".join(part for part in (columns.used(header), separated, order.note()) if part))
    return collector.result()


@dataclass(frozen=True)
class _Sheet:
    """What every row of a sheet is read with."""

    header: list[str]
    columns: Columns
    default_date: date | None
    zone: str
    day_first: bool | None


def _row(collector: Collector, sheet: _Sheet, row: list[str], raw: str, line: int) -> None:
    header, columns = sheet.header, sheet.columns.index
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
        at, warning = _instant(
            _joined(timestamp, values.get("date") or ""), sheet.default_date, sheet.zone, sheet.day_first
        )
    except TimeParseError as error:
        collector.problem(line, f"{time_field}: {error}", raw)
        return
    if warning:
        collector.warn(line, f"{time_field}: {warning}")
    kind = None
    kind_text = (values.get("kind") or "").strip()
    if kind_text and kind_text.lower() not in GUESSED_KINDS:
        kind = kind_from_name(kind_text)
        if kind is None and not sheet.columns.verbs:
            collector.problem(
                line, f"{header[columns['kind']].strip()}: unknown kind {kind_text!r} (known: {KNOWN_KINDS})", raw
            )
            return
    collector.event(at, text, line, actor=values.get("actor") or "", kind=kind)
