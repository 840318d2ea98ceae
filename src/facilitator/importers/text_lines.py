"""Timelines pasted from chat or written by hand: one `TIME - text` line per event.

Indented lines without a time continue the event above as detail. A line without a
date takes the date last written on a line above, else the default date (the incident's);
an undated line over 12 hours before the one above is taken as the next day (a chat that
crosses midnight) when the next line goes on forward from it, nearer to it than the line
above; else it stays, with a warning. A speaker is taken as the actor:
Zoom's `From Ana to Everyone:`, or the speaker cell of a tab-separated table paste (see
`chat_speakers`); Zoom messages sent to one person are left out and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from facilitator.importers.chat_speakers import table_header, table_row, zoom_message
from facilitator.importers.line_head import LeadingTime, first_written_date, parse_leading_time
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.timeparse import TimeParseError, WallClock, place, utc_instant

ROLLOVER = timedelta(hours=12)
"""A time this far before the line above probably belongs to the next day."""
NO_DATE = "no date on the line and no incident date known: write the date, or give one (--date YYYY-MM-DD)"
NO_TIME = "no time at the start of the line (expected e.g. `14:23 UTC - text`)"
PRIVATE = "private chat messages (sent to one person)"


@dataclass
class _Pending:
    """An event (or an unplaced line) still collecting its continuation lines."""

    line: int
    lines: list[str]
    clock: WallClock | None = None
    at: datetime | None = None
    reason: str = ""
    details: list[str] = field(default_factory=list)
    actor: str = ""
    dated: bool = False
    private: bool = False


def _timed(number: int, lead: LeadingTime, columns: dict[str, int] | None, cell_text: str | None) -> _Pending:
    """The pending event of a line that starts with a time: its speaker taken as the actor."""
    item = _Pending(number, [lead.text], clock=lead.clock, dated=lead.written_date is not None)
    if cell_text is not None:
        row = table_row(cell_text, columns)
        if row is not None:
            _, item.actor, text = row
            item.lines = [text]
            return item
    said = zoom_message(lead.text)
    if said is not None:
        item.actor, item.lines, item.private = said.speaker, [said.text] if said.text else [], said.private
    return item


def _row_time(line: str, columns: dict[str, int] | None) -> str | None:
    """The time cell of a tab-separated row, when the line is one."""
    row = table_row(line, columns) if "\t" in line else None
    return row[0] if row is not None else None


def parse_text_lines(
    text: str, source: str, default_date: date | None = None, default_tz: str = "UTC", progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "text", progress)
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    day = default_date or first_written_date(lines)
    pending: list[_Pending] = []
    columns: dict[str, int] | None = None
    for number, line in enumerate(lines, start=1):
        collector.tick(number, len(lines))
        if not line.strip():
            continue
        if not pending and columns is None and (header := table_header(line)) is not None:
            columns = header  # a table paste's header row names the columns
            continue
        time_cell = _row_time(line, columns)
        try:
            lead = parse_leading_time(time_cell if time_cell is not None else line, day, default_tz)
        except TimeParseError as error:
            reason = NO_DATE if day is None and str(error).startswith("no date") else str(error)
            pending.append(_Pending(number, [line], reason=reason))
            continue
        if lead is not None and time_cell is not None and lead.text.strip():
            lead = parse_leading_time(line, day, default_tz)  # the first cell held more than a time
            time_cell = None
        if lead is None:
            if line[0] in " \t" and pending:
                pending[-1].details.append(line.strip())
            else:
                pending.append(_Pending(number, [line], reason=NO_TIME))
            continue
        if lead.written_date is not None:
            day = lead.written_date
        pending.append(_timed(number, lead, columns, line if time_cell is not None else None))
    place_lines(collector, [item for item in pending if item.clock is not None])
    for item in pending:
        _finish(collector, item)
    return collector.result()


class Timed(Protocol):
    """A line with a clock time, to be placed in UTC (see `place_lines`)."""

    line: int
    clock: WallClock | None
    at: datetime | None
    reason: str
    dated: bool


def place_lines(collector: Collector, timed: Sequence[Timed]) -> None:
    """Place each line's clock time in UTC, in order: an undated line after a midnight moves
    to the next local day (see the module docstring); a time the clocks skipped becomes a
    problem of its line, one they repeated a warning."""
    days = 0
    previous: datetime | None = None
    for index, item in enumerate(timed):
        assert item.clock is not None
        days = 0 if item.dated else days
        clock = item.clock.shifted(days)
        rough = utc_instant(clock.local)
        if not item.dated and previous is not None and previous - rough > ROLLOVER:
            after = timed[index + 1] if index + 1 < len(timed) else None
            following = None if after is None or after.dated or after.clock is None else after.clock.shifted(days)
            if following is None or timedelta(0) <= utc_instant(following.local) - rough < previous - rough:
                days += 1
                clock = item.clock.shifted(days)
                collector.warn(
                    item.line,
                    f"{clock.local:%H:%M} {clock.local.tzname()} is over 12 hours before the line above, so it is "
                    f"taken as the next day ({clock.local:%Y-%m-%d}); write the date on the line if it is not",
                )
            else:
                collector.warn(
                    item.line,
                    f"{clock.local:%H:%M} {clock.local.tzname()} is over 12 hours before the line above; "
                    "if it is the next day, write its date",
                )
        try:
            placed = place(clock, after=previous)
        except TimeParseError as error:
            item.reason = str(error)
            continue
        item.at = previous = placed.at
        if placed.warning:
            collector.warn(item.line, placed.warning)


def _finish(collector: Collector, item: _Pending) -> None:
    body = "\n".join([*item.lines, *item.details])
    if item.at is None:
        collector.problem(item.line, item.reason, body)
    elif item.private:
        collector.skip(PRIVATE)
    elif not body.strip():
        collector.problem(item.line, "no text after the time", body)
    else:
        collector.event(item.at, body, item.line, actor=item.actor)
