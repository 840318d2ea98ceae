"""Timelines pasted from chat or written by hand: one `TIME - text` line per event.

Indented lines without a time continue the event above as detail. A line without a
date takes the date last written on a line above, else the default date (the incident's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from facilitator.importers.line_head import first_written_date, parse_leading_time
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.timeparse import TimeParseError

ROLLOVER = timedelta(hours=12)
"""A time this far before the line above probably belongs to the next day."""
NO_DATE = "no date on the line and no incident date known: write the date, or give one (--date YYYY-MM-DD)"
NO_TIME = "no time at the start of the line (expected e.g. `14:23 UTC - text`)"


@dataclass
class _Pending:
    """An event (or an unplaced line) still collecting its continuation lines."""

    line: int
    lines: list[str]
    at: datetime | None = None
    reason: str = ""
    details: list[str] = field(default_factory=list)


def parse_text_lines(
    text: str, source: str, default_date: date | None = None, default_tz: str = "UTC", progress: Progress | None = None
) -> ImportResult:
    collector = Collector(source, "text", progress)
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    day = default_date or first_written_date(lines)
    pending: list[_Pending] = []
    previous_at: datetime | None = None
    for number, line in enumerate(lines, start=1):
        collector.tick(number, len(lines))
        if not line.strip():
            continue
        try:
            lead = parse_leading_time(line, day, default_tz)
        except TimeParseError as error:
            reason = NO_DATE if day is None and str(error).startswith("no date") else str(error)
            pending.append(_Pending(number, [line], reason=reason))
            continue
        if lead is None:
            if line[0] in " \t" and pending:
                pending[-1].details.append(line.strip())
            else:
                pending.append(_Pending(number, [line], reason=NO_TIME))
            continue
        if lead.written_date is not None:
            day = lead.written_date
        elif previous_at is not None and previous_at - lead.parsed.at > ROLLOVER:
            collector.warn(
                number,
                f"{lead.parsed.at:%H:%M} UTC is over 12 hours before the line above; "
                "if it is the next day, write its date",
            )
        if lead.parsed.warning:
            collector.warn(number, lead.parsed.warning)
        previous_at = lead.parsed.at
        pending.append(_Pending(number, [lead.text], at=lead.parsed.at))
    for item in pending:
        body = "\n".join([*item.lines, *item.details])
        if item.at is None:
            collector.problem(item.line, item.reason, body)
        elif not item.lines[0].strip():
            collector.problem(item.line, "no text after the time", body)
        else:
            collector.event(item.at, body, item.line)
    return collector.result()
