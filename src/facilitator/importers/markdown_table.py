"""A timeline kept as a Markdown table (the table GitHub renders), on its own or in a postmortem
document: `| Time | Event | Who |`, a `|---|---|---|` row, then one row per event.

A table is a timeline when its header names a time and a text column (matched as a sheet's are,
see `csv_columns`: `Time (UTC)`, `When`, `Event`, `Description`, `Who`, `Type`, ...); other tables
and the prose around them are left out and counted. A time cell is a time (`23:41`, `11:41 PM`,
`2026-03-22 23:41 UTC`, maybe in `**bold**` or a code span); a time-only one takes the date of a
date column, else of a line holding only a date above the table (`### Sunday 22 March 2026`, or a
heading above every table holding one full date: `# Checkout outage, 22 March 2026`), else `--date`, and crosses midnight as a pasted timeline does. A row with an empty time cell continues
the event above. `\\|` in a cell is a pipe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from facilitator.importers.chat_times import title_date
from facilitator.importers.csv_columns import Columns, choose_columns
from facilitator.importers.head_lines import first_lines
from facilitator.importers.kinds import kind_from_name
from facilitator.importers.line_head import parse_leading_time
from facilitator.importers.options import ReadOptions
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.importers.text_lines import NO_DATE, PendingLine, finish_line, place_lines, written_day
from facilitator.model.timeparse import TimeParseError

_DELIMITER_ROW = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
_PIPE = re.compile(r"(?<!\\)\|")
_EMPHASIS = re.compile(r"^[*_`\s]+|[*_`\s]+$")
NOT_A_TIME = "is not a time (write e.g. 23:41 or 2026-03-22 23:41)"


def cells(line: str) -> list[str]:
    """The cells of a table row, split at the pipes that are not escaped."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(body)]


def _starts_table(lines: list[str], index: int) -> bool:
    """A header row at `index`: it has pipes, and the row below is a delimiter row of as many cells."""
    if index + 1 >= len(lines) or "|" not in lines[index] or not _DELIMITER_ROW.fullmatch(lines[index + 1]):
        return False
    return "|" in lines[index + 1] and len(cells(lines[index + 1])) == len(cells(lines[index]))


def _is_timeline(columns: Columns) -> bool:
    return "timestamp" in columns.index and "text" in columns.index


def looks_like_markdown_table(text: str) -> bool:
    """Whether `text` holds a Markdown table whose header names a time and a text column."""
    lines = first_lines(text, 2000)
    return any(
        _starts_table(lines, index) and _is_timeline(choose_columns(cells(line), []))
        for index, line in enumerate(lines)
    )


@dataclass
class _Tables:
    """What the document held besides the timeline rows, for the summary."""

    read: int = 0
    other_tables: int = 0
    other_lines: int = 0
    columns: str = ""
    pending: list[PendingLine] = field(default_factory=list)

    def left_out(self) -> str:
        parts = []
        if self.other_tables:
            parts.append(
                f"{self.other_tables} table{'s' if self.other_tables > 1 else ''} without time and text columns"
            )
        if self.other_lines:
            parts.append(f"{self.other_lines} other line{'s' if self.other_lines > 1 else ''}")
        return f"left out {' and '.join(parts)}" if parts else ""


class _Table:
    """One timeline table being read: its header, columns and the date its rows take."""

    def __init__(self, header: list[str], columns: Columns, day: date | None, fresh: bool, options: ReadOptions):
        self.header, self.columns, self.day, self.fresh, self.options = header, columns, day, fresh, options

    def cell(self, row: list[str], name: str) -> str:
        index = self.columns.index.get(name)
        return row[index] if index is not None and index < len(row) else ""

    def row(self, number: int, line: str, found: _Tables) -> None:
        row = cells(line)
        written = _EMPHASIS.sub("", self.cell(row, "timestamp"))
        text, actor = self.cell(row, "text"), _EMPHASIS.sub("", self.cell(row, "actor"))
        if not written and not _EMPHASIS.sub("", self.cell(row, "date")):
            if found.pending and text:
                found.pending[-1].details.append(text)
            elif text:
                found.pending.append(PendingLine(number, [line], reason=f"{self._name('timestamp')}: empty"))
            return
        item = PendingLine(number, [text], actor=actor, kind=kind_from_name(self.cell(row, "kind")))
        try:
            day = self._day(row)
            lead = parse_leading_time(written, day, self.columns.zone or self.options.default_tz)
        except TimeParseError as error:
            reason = NO_DATE if str(error).startswith("no date") else str(error)
            item.lines, item.reason = [line], f"{self._name('timestamp')}: {reason}"
            found.pending.append(item)
            return
        if lead is None or lead.text.strip():
            item.lines, item.reason = [line], f"{self._name('timestamp')}: {written!r} {NOT_A_TIME}"
        else:
            item.clock, item.dated = lead.clock, lead.written_date is not None or self.fresh or day != self.day
            self.fresh = False
        found.pending.append(item)

    def _day(self, row: list[str]) -> date | None:
        written = _EMPHASIS.sub("", self.cell(row, "date"))
        if not written:
            return self.day
        day = written_day(written, self.day, self.options)
        if day is None:
            raise TimeParseError(f"{written!r} is not a date")
        return day

    def _name(self, field_name: str) -> str:
        return self.header[self.columns.index[field_name]].strip()


def parse_markdown_table(
    text: str, source: str, options: ReadOptions, progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "markdown", progress)
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    found = _Tables()
    day, fresh = options.default_date, False
    table: _Table | None = None
    index = 0
    while index < len(lines):
        number, line = index + 1, lines[index]
        collector.tick(number, len(lines))
        index += 1
        if table is not None and "|" in line:
            table.row(number, line, found)
            continue
        table = None
        if not line.strip():
            continue
        if _starts_table(lines, number - 1):
            header = cells(line)
            rows = [cells(row) for row in _rows_below(lines, number + 1)]
            columns = choose_columns(header, rows)
            index += 1  # the delimiter row
            if _is_timeline(columns):
                table, found.read = _Table(header, columns, day, fresh, options), found.read + 1
                fresh = False
                found.columns = found.columns or columns.used(header)
            else:
                found.other_tables += 1
                index += len(rows)
            continue
        try:
            heading = written_day(line, day, options)
            if heading is None and not found.read and line.lstrip().startswith("#"):
                heading = title_date(line, options.day_first)  # the document's title, above every table
        except TimeParseError:
            heading = None
        if heading is not None:
            day, fresh = heading, True
        else:
            found.other_lines += 1
    if not found.read:
        left_out = f"; {found.left_out()}" if found.left_out() else ""
        collector.problem(
            None,
            "no timeline table found (a Markdown table with a time and a text column, like | Time | Event |)"
            + left_out,
        )
        return collector.result()
    place_lines(collector, [item for item in found.pending if item.clock is not None])
    for item in found.pending:
        finish_line(collector, item)
    tables = "1 timeline table" if found.read == 1 else f"{found.read} timeline tables"
    collector.note("; ".join(part for part in (f"read {tables} ({found.columns})", found.left_out()) if part))
    return collector.result()


def _rows_below(lines: list[str], start: int) -> list[str]:
    """The rows of the table whose delimiter row is line `start` (0-based: the rows after it)."""
    rows = []
    for line in lines[start:]:
        if "|" not in line:
            break
        rows.append(line)
    return rows
