"""Messages copied out of a chat client (Slack, Discord, Google Chat, Teams) and pasted as text.

Each header starts a message by its speaker (see `chat_lines` for the layouts); a bare time
under it starts that person's next message. The date comes from the header (`22/03/2026`,
`Yesterday at`), else the last day divider (`Monday, March 23rd`), else `--date`, which is also
the day `Today` and `Yesterday` are counted from. A time more than an hour before the message
above, with no divider between, is taken as the next day (with a warning). Day and month that
could swap (`03/04/2026`) are told apart by any date of the file that cannot swap, else by
`--date`; otherwise the file is refused. Reactions, `New messages`, reply counts and
`(edited)` marks are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from facilitator.importers.chat_lines import (
    Head,
    continuation,
    head,
    is_count,
    is_noise,
    is_reaction,
    next_written,
    split_head,
    without_edited,
)
from facilitator.importers.chat_times import (
    Clock,
    after,
    divider_date,
    full_time,
    numeric_date,
    numeric_order,
    pick,
    read_clock,
    relative_day,
)
from facilitator.importers.options import ReadOptions
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.importers.text_lines import NO_DATE
from facilitator.model.timeparse import TimeParseError, WallClock, place, zone_from_token

ROLLBACK = timedelta(hours=1)
"""A header this far before the message above, with no day divider between, is the next day."""
NEEDS_REFERENCE = "needs the day it was copied on to count from: give --date YYYY-MM-DD"


@dataclass
class _Message:
    line: int
    speaker: str
    lines: list[str] = field(default_factory=list)
    day: date | None = None
    clock: time | None = None
    reason: str = ""


class _Reader:
    """Walks the lines once, keeping the current speaker, day and time."""

    def __init__(self, collector: Collector, options: ReadOptions, day_first: bool | None) -> None:
        self.collector = collector
        self.reference = options.default_date
        self.day_first = day_first
        self.day: date | None = None
        self.previous: time | None = None
        self.twelve_hour = False
        self.messages: list[_Message] = []

    def start(self, number: int, found: Head) -> None:
        message = _Message(number, found.speaker)
        try:
            clock = read_clock(found.clock)
            message.day = self._header_day(found, clock, number)
        except TimeParseError as error:
            message.reason = str(error)
        else:
            self.twelve_hour = clock.twelve_hour
            message.clock = self.previous = full_time(clock)
            if message.day is None:
                message.reason = NO_DATE
        if found.text is not None:
            message.lines.append(found.text)
        self.messages.append(message)

    def _header_day(self, found: Head, clock: Clock, number: int) -> date | None:
        if found.date:
            self.day = pick(numeric_date(found.date), self.day_first)
        elif found.relative:
            if self.reference is None:
                raise TimeParseError(f"{found.relative!r} {NEEDS_REFERENCE}")
            self.day = relative_day(found.relative, self.reference)
        elif found.month_day:
            self.day = divider_date(found.month_day, self.reference)
        elif self.day is None:
            self.day = self.reference
        elif self.previous is not None and _minutes(full_time(clock)) < _minutes(self.previous) - 60:
            self.day += timedelta(days=1)
            self.collector.warn(
                number,
                f"{found.clock} is over an hour before the message above, so it is taken as the next day "
                f"({self.day:%Y-%m-%d}); put the day divider in the paste if it is not",
            )
        return self.day

    def follow(self, number: int, written: str, text: str | None) -> None:
        """A bare continuation time: the same speaker's next message."""
        speaker = self.messages[-1].speaker
        message = _Message(number, speaker, [text] if text else [])
        try:
            clock = read_clock(written)
        except TimeParseError as error:
            message.reason = str(error)
        else:
            reading, next_day = after(clock, self.previous or time(0), self.twelve_hour)
            if next_day and self.day is not None:
                self.day += timedelta(days=1)
            message.day, message.clock, self.previous = self.day, reading, reading
            if self.day is None:
                message.reason = NO_DATE
        self.messages.append(message)

    def divide(self, day: date) -> None:
        self.day, self.previous = day, None


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def parse_chat_copy(text: str, source: str, options: ReadOptions, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "chat", progress)
    lines = [line.rstrip() for line in text.split("\n")]
    heads = ((number, head(line)) for number, line in enumerate(lines, start=1))
    order = numeric_order(
        [(number, found.date) for number, found in heads if found and found.date],
        options.default_date,
        options.day_first,
    )
    if order.problem is not None:
        collector.problem(*order.problem)
        return collector.result()
    reader = _Reader(collector, options, order.day_first)
    skip: int | None = None
    after_reaction = False
    for number, line in enumerate(lines, start=1):
        collector.tick(number, len(lines))
        if number == skip or not line.strip():
            continue
        if after_reaction and is_count(line):
            continue
        after_reaction = is_reaction(line)
        if after_reaction or is_noise(line):
            continue
        found = head(line)
        below = next_written(lines, number)
        if found is None and below is not None and not continuation(line):
            found = split_head(line, lines[below - 1], {message.speaker for message in reader.messages})
            skip = below if found is not None else skip
        if found is not None:
            reader.start(number, found)
            continue
        divider = divider_date(line, options.default_date)
        if divider is not None:
            reader.divide(divider)
            continue
        bare = continuation(line) if reader.messages else None
        if bare is not None:
            reader.follow(number, *bare)
        elif reader.messages:
            reader.messages[-1].lines.append(without_edited(line))
        else:
            collector.skip("lines before the first message")
    _emit(collector, reader.messages, options.default_tz)
    return collector.result()


def _emit(collector: Collector, messages: list[_Message], zone: str) -> None:
    tzinfo = zone_from_token(zone)[0]
    previous: datetime | None = None
    for message in messages:
        body = "\n".join(line.strip() for line in message.lines).strip()
        if message.day is None or message.clock is None:
            collector.problem(message.line, message.reason or NO_DATE, body)
            continue
        if not body:
            collector.skip("chat messages with no text (a file or an image)")
            continue
        try:
            placed = place(WallClock(datetime.combine(message.day, message.clock, tzinfo=tzinfo)), after=previous)
        except TimeParseError as error:
            collector.problem(message.line, str(error), body)
            continue
        if placed.warning:
            collector.warn(message.line, placed.warning)
        previous = placed.at
        collector.event(placed.at, body, message.line, actor=message.speaker)
