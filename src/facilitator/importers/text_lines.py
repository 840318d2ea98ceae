"""Timelines pasted from chat or written by hand: one `TIME - text` line per event.

Indented lines without a time continue the event above as detail. A line holding only a date
(`2026-03-14`, `Saturday 14 March 2026`, `## 22 Mar 2026`) dates the lines below it, and so does a
title line above the first timed line that holds one full date (`Checkout outage, 22 March 2026`). A line
without a date takes the date last written on a line above, else the default date (the incident's);
an undated line over 12 hours before the one above is taken as the next day (a chat that
crosses midnight) when the next line goes on forward from it, nearer to it than the line
above; else it stays, with a warning. A speaker is taken as the actor:
Zoom's `From Ana to Everyone:`, or the speaker cell of a tab-separated table paste (see
`chat_speakers`); a Zoom message sent to one person is kept, marked `(private message to Bo)`,
with a warning to delete in prep what should stay private; reactions are left out and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from facilitator.importers.chat_speakers import (
    RECORDING_CHAT,
    is_chat_reaction,
    table_header,
    table_row,
    zoom_message,
)
from facilitator.importers.chat_times import date_line, title_date
from facilitator.importers.line_head import LeadingTime, first_written_date, parse_leading_time
from facilitator.importers.options import ReadOptions
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind
from facilitator.model.timeparse import TimeParseError, WallClock, place, utc_instant

ROLLOVER = timedelta(hours=12)
"""A time this far before the line above probably belongs to the next day."""
NO_DATE = "no date on the line and no incident date known: write the date, or give one (--date YYYY-MM-DD)"
NO_TIME = "no time at the start of the line (expected e.g. `14:23 UTC - text`)"
PRIVATE_MARK = "(private message to {to}) "
RECORDING = (
    "a Zoom cloud recording's chat: its times ({clock}, ...) are elapsed since the recording began, not clock "
    'times: read it as a transcript (--format transcript, or auto) with --start "YYYY-MM-DD HH:MM[:SS]"'
)


@dataclass
class PendingLine:
    """An event (or an unplaced line) still collecting its continuation lines; `dated` when its
    date was written (on it, or alone on the line above), so no midnight roll-over moves it."""

    line: int
    lines: list[str]
    clock: WallClock | None = None
    at: datetime | None = None
    reason: str = ""
    details: list[str] = field(default_factory=list)
    actor: str = ""
    dated: bool = False
    private_to: str = ""
    kind: EventKind | None = None
    chat: bool = False
    """A chat message whose header had no text after it: the lines below are its text, indented or not."""


def _timed(number: int, lead: LeadingTime, columns: dict[str, int] | None, cell_text: str | None) -> PendingLine:
    """The pending event of a line that starts with a time: its speaker taken as the actor."""
    item = PendingLine(number, [lead.text], clock=lead.clock, dated=lead.written_date is not None)
    if cell_text is not None:
        row = table_row(cell_text, columns)
        if row is not None:
            _, item.actor, text = row
            item.lines = [text]
            return item
    said = zoom_message(lead.text)
    if said is not None:
        item.actor, item.lines, item.private_to = said.speaker, [said.text] if said.text else [], said.private_to
        item.chat = True
    return item


def _row_time(line: str, columns: dict[str, int] | None) -> str | None:
    """The time cell of a tab-separated row, when the line is one."""
    row = table_row(line, columns) if "\t" in line else None
    return row[0] if row is not None else None


def written_day(line: str, day: date | None, options: ReadOptions) -> date | None:
    """The date a line holding only a date stands for (see `chat_times.date_line`), else None;
    TimeParseError when it cannot be told."""
    return date_line(line, options.default_date or day, options.day_first)


def _heading_day(line: str, day: date | None, options: ReadOptions, titled: bool) -> date | None:
    """The date a line without a time gives the lines below: a date alone on it, or, while no timed
    line has come yet (`titled`), the one full date of a title line."""
    alone = written_day(line, day, options)
    if alone is None and titled and parse_leading_time(line, day, options.default_tz) is None:
        return title_date(line, options.day_first)
    return alone


def parse_text_lines(text: str, source: str, options: ReadOptions, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "text", progress)
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    first = RECORDING_CHAT.fullmatch(next((line for line in lines if line.strip()), ""))
    if first is not None:
        collector.problem(None, RECORDING.format(clock=first["clock"]))
        return collector.result()
    day = options.default_date or first_written_date(lines)
    pending: list[PendingLine] = []
    columns: dict[str, int] | None = None
    fresh_day = False
    titled = True  # no timed line yet: a title line's date still counts
    for number, line in enumerate(lines, start=1):
        collector.tick(number, len(lines))
        if not line.strip():
            continue
        if not pending and columns is None and (header := table_header(line)) is not None:
            columns = header  # a table paste's header row names the columns
            continue
        time_cell = _row_time(line, columns)
        try:
            heading = _heading_day(line, day, options, titled) if time_cell is None else None
            lead = parse_leading_time(time_cell if time_cell is not None else line, day, options.default_tz)
        except TimeParseError as error:
            reason = NO_DATE if day is None and str(error).startswith("no date") else str(error)
            pending.append(PendingLine(number, [line], reason=reason))
            continue
        if heading is not None:
            day, fresh_day = heading, True
            continue
        if lead is not None and time_cell is not None and lead.text.strip():
            lead = parse_leading_time(line, day, options.default_tz)  # the first cell held more than a time
            time_cell = None
        if lead is None:
            _untimed(pending, number, line)
            continue
        if lead.written_date is not None:
            day = lead.written_date
        item = _timed(number, lead, columns, line if time_cell is not None else None)
        item.dated, fresh_day, titled = item.dated or fresh_day, False, False
        pending.append(item)
    place_lines(collector, [item for item in pending if item.clock is not None])
    for item in pending:
        finish_line(collector, item)
    _warn_private(collector, pending)
    return collector.result()


def _untimed(pending: list[PendingLine], number: int, line: str) -> None:
    """A line with no time: a chat message's text below its header, the indented details of the
    line above, or a line of its own that cannot be placed."""
    if pending and pending[-1].chat and not pending[-1].details:
        pending[-1].lines.append(line.strip())
    elif line[0] in " \t" and pending:
        pending[-1].details.append(line.strip())
    else:
        pending.append(PendingLine(number, [line], reason=NO_TIME))


def _warn_private(collector: Collector, pending: list[PendingLine]) -> None:
    """One warning for the private chat messages kept (sent to one person), at the first of them."""
    private = [
        item
        for item in pending
        if item.private_to and item.at is not None and not is_chat_reaction("\n".join(item.lines))
    ]
    if private:
        marked = (
            "1 private chat message (sent to one person) is"
            if len(private) == 1
            else (f"{len(private)} private chat messages (sent to one person) are")
        )
        collector.warn(
            private[0].line,
            f"{marked} kept, marked '(private message to …)': delete in prep any that should stay private",
        )


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


def finish_line(collector: Collector, item: PendingLine) -> None:
    """The line's event, once placed; else the problem that kept it from being placed."""
    body = "\n".join([*item.lines, *item.details])
    if item.at is None:
        collector.problem(item.line, item.reason, body)
    elif item.chat and is_chat_reaction(body):
        collector.skip("chat reactions")
    elif not body.strip():
        collector.problem(item.line, "no text after the time", body)
    else:
        mark = PRIVATE_MARK.format(to=item.private_to) if item.private_to else ""
        collector.event(item.at, mark + body, item.line, actor=item.actor, kind=item.kind)
