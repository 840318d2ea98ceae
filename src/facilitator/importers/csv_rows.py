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
from typing import NamedTuple

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


def _cell(row: list[str], index: int | None) -> str | None:
    """The cell of `row` in column `index`; None when the row stops short of it (or no such column)."""
    return row[index] if index is not None and index < len(row) else None


def _numeric_dates(rows: list[_Row]) -> list[tuple[int, str]]:
    """(line, numeric date) of every time cell written with a numeric date like `22/03/2026`."""
    found = []
    for row in rows:
        written = written_time(row.time)
        if written is not None and written.numeric:
            found.append((row.start, written.numeric))
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
    cells: list[tuple[int, int, list[str]]] = []
    start = reader.line_num + 1
    try:
        for read in reader:
            end = reader.line_num
            if "".join(read).strip():  # a row of blank cells is no row
                cells.append((start, end, read))
            start = end + 1
    except csv.Error as error:
        collector.problem(start, f"not readable as CSV ({error})", "\n".join(lines[start - 1 :]))
    columns = choose_columns(header, [read for _, _, read in cells])
    missing = _missing(columns.index)
    if missing:
        names = ", ".join(cell.strip() for cell in header) or "nothing"
        collector.problem(1, f"missing column {' and '.join(missing)} (the header has: {names})")
        return collector.result()
    times, days = columns.index["timestamp"], columns.index.get("date")
    rows = [
        _Row(start, end, read, _joined(_cell(read, times) or "", _cell(read, days) or "")) for start, end, read in cells
    ]
    order = numeric_order(_numeric_dates(rows), options.default_date, options.day_first)
    if order.problem is not None:
        line, reason = order.problem
        dated = columns.index.get("date", columns.index["timestamp"])
        collector.problem(line, f"{header[dated].strip()}: {reason}")
        return collector.result()
    sheet = _Sheet(header, columns, options.default_date, columns.zone or options.default_tz, order.day_first, lines)
    for row in rows:
        collector.tick(row.start, len(lines))
        _read_row(collector, sheet, row)
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
    lines: list[str]
    """The file's lines, to keep a row that cannot be placed as it was written."""

    def field(self, name: str) -> str:
        """The header's name for the column holding `name` (`timestamp`: `Created (UTC)`)."""
        return self.header[self.columns.index[name]].strip()


class _Row(NamedTuple):
    """A row of the sheet: its first and last line in the file, its cells, and its time cell
    (joined to its date cell, if the sheet has one)."""

    start: int
    end: int
    cells: list[str]
    time: str

    def raw(self, lines: list[str]) -> str:
        """The row as it was written in the file (taken only when it is kept as an unplaced line)."""
        return "\n".join(line.removesuffix("\r") for line in lines[self.start - 1 : self.end])


def _read_row(collector: Collector, sheet: _Sheet, row: _Row) -> None:
    header, columns, cells, line = sheet.header, sheet.columns.index, row.cells, row.start
    if len(cells) > len(header):
        collector.problem(
            line,
            f"{len(cells)} fields but the header has {len(header)} (quote text that holds commas)",
            row.raw(sheet.lines),
        )
        return
    text = _cell(cells, columns["text"])
    if len(cells) <= columns["timestamp"] or text is None:
        absent = [name for name in ("timestamp", "text") if len(cells) <= columns[name]]
        collector.problem(line, f"missing field {' and '.join(absent)}", row.raw(sheet.lines))
        return
    try:
        at, warning = _instant(row.time, sheet.default_date, sheet.zone, sheet.day_first)
    except TimeParseError as error:
        collector.problem(line, f"{sheet.field('timestamp')}: {error}", row.raw(sheet.lines))
        return
    if warning:
        collector.warn(line, f"{sheet.field('timestamp')}: {warning}")
    kind = None
    kind_text = (_cell(cells, columns.get("kind")) or "").strip()
    if kind_text and kind_text.lower() not in GUESSED_KINDS:
        kind = kind_from_name(kind_text)
        if kind is None and not sheet.columns.verbs:
            collector.problem(
                line, f"{sheet.field('kind')}: unknown kind {kind_text!r} (known: {KNOWN_KINDS})", row.raw(sheet.lines)
            )
            return
    collector.event(at, text, line, actor=_cell(cells, columns.get("actor")) or "", kind=kind)
