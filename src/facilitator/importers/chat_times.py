"""Times and dates as chat clients show them: `11:41 PM`, `23:41`, `Yesterday at 11:41 PM`,
`03/22/2026`, `22/03/2026`, and the day dividers between messages (`Today`, `Monday, March 23rd`,
`March 22, 2026`).

A bare continuation time (`11:42` under `Ana Ops  11:41 PM`) is read in the half of the day
that keeps the conversation going forward, never as a morning time after an evening one.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import NamedTuple

from facilitator.model.timeparse import TimeParseError

CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
CLOCK_RE = re.compile(
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
)
NUMERIC_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}"
RELATIVE_DAY = r"(?:Today|Yesterday)"
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{2,4})|(?P<iso>\d{4}-\d{2}-\d{2})")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(w[:3] + f"(?:{w[3:]})?" for w in WEEKDAYS) + r")"
_DAY1 = r"(?P<day1>\d{1,2})(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
DIVIDER = re.compile(
    rf"""\s*[-—–]*\s*(?:
        (?P<relative>{RELATIVE_DAY})
      | (?:{_WEEKDAY},?\s+)?(?P<month1>{_MONTH})\s+{_DAY1}(?:,?\s+(?P<year1>\d{{4}}))?
      | (?:{_WEEKDAY},?\s+)?{_DAY2}\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>\d{{4}}))?
      | (?P<weekday>{_WEEKDAY})
      | (?P<numeric>{NUMERIC_DATE})
    )\s*[-—–]*\s*""",
    re.IGNORECASE | re.VERBOSE,
)


class Clock(NamedTuple):
    """A time of day as written; `half` is `A` or `P` on a 12-hour clock, "" on a 24-hour one."""

    hour: int
    minute: int
    second: int
    half: str

    @property
    def twelve_hour(self) -> bool:
        return bool(self.half)


def read_clock(text: str) -> Clock:
    """`11:41 PM`, `23:41`, `9:05:12 a.m.`; TimeParseError if it is not a time of day."""
    match = CLOCK_RE.fullmatch(text.strip())
    if match is None:
        raise TimeParseError(f"{text.strip()!r} is not a time")
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
    half = (match["half"] or "").upper()
    if minute > 59 or second > 59 or (half and not 1 <= hour <= 12) or (not half and hour > 23):
        raise TimeParseError(f"{text.strip()!r} is not a time of day")
    return Clock(hour, minute, second, half)


def full_time(clock: Clock) -> time:
    """The time of day of a clock read on its own (`12:05 AM` is 00:05)."""
    hour = clock.hour % 12 + (12 if clock.half == "P" else 0) if clock.half else clock.hour
    return time(hour, clock.minute, clock.second)


def after(clock: Clock, previous: time, twelve_hour: bool) -> tuple[time, bool]:
    """A bare continuation time read forward from `previous`: on a 12-hour clock, the first of
    its morning and evening readings at or after `previous`; else the next day's earliest.
    Returns (time, whether it is on the next day)."""
    if clock.half or not twelve_hour or not 1 <= clock.hour <= 12:
        reading = full_time(clock)
        return reading, reading < previous
    readings = sorted(time(clock.hour % 12 + extra, clock.minute, clock.second) for extra in (0, 12))
    later = [reading for reading in readings if reading >= previous]
    return (later[0], False) if later else (readings[0], True)


def relative_day(word: str, today: date) -> date:
    return today - timedelta(days=1) if word.lower().startswith("yesterday") else today


class NumericDate(NamedTuple):
    """A date written with numbers: its two possible readings when day and month could swap."""

    day_first: date | None
    month_first: date | None

    def one(self) -> date | None:
        """The reading, when only one is possible (or both are the same date)."""
        if self.day_first == self.month_first or self.month_first is None:
            return self.day_first
        return self.month_first if self.day_first is None else None


def numeric_date(text: str) -> NumericDate:
    """`22/03/2026`, `3/22/26`, `22.03.2026`, `2026-03-22`; TimeParseError if no reading is a date."""
    match = _NUMERIC.fullmatch(text.strip())
    if match is None:
        raise TimeParseError(f"{text.strip()!r} is not a date")
    if match["iso"]:
        written = date.fromisoformat(match["iso"])
        return NumericDate(written, written)
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    year += 2000 if year < 100 else 0
    readings: list[date | None] = []
    for day_number, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day_number))
        except ValueError:
            readings.append(None)
    if readings == [None, None]:
        raise TimeParseError(f"{text.strip()!r} is not a date")
    return NumericDate(readings[0], readings[1])


class Order(NamedTuple):
    """Whether numeric dates are day first (None: no date could swap), why, or why it cannot be told."""

    day_first: bool | None
    problem: tuple[int, str] | None = None
    because: str = ""

    def note(self) -> str:
        """`dates read day first (22/03/2026 cannot be month first)`, or "" when no date could swap."""
        if self.day_first is None:
            return ""
        return f"dates read {'day' if self.day_first else 'month'} first ({self.because})"


def ambiguous_date(text: str, reading: NumericDate) -> str:
    """Why a numeric date that could swap cannot be placed, and what to give."""
    first, second = reading.day_first, reading.month_first
    assert first is not None and second is not None
    return (
        f"{text!r} could be {first.day} {first:%B %Y} (day first) or {second.day} {second:%B %Y} (month first): "
        f"give --date with the date of this line ({first:%Y-%m-%d} or {second:%Y-%m-%d}), or --dayfirst, to tell which"
    )


def numeric_order(written: list[tuple[int, str]], told: date | None, day_first: bool = False) -> Order:
    """How to read the numeric dates `written` (line, text): day first when `day_first` (`--dayfirst`)
    says so, unless a date cannot be; else as any date that cannot swap says; else as `told` (the
    `--date` the person gave) matches the first date that could; else a problem naming that line.
    Day and month are never guessed."""
    readings = []
    for line, text in written:
        try:
            readings.append((line, text, numeric_date(text)))
        except TimeParseError:
            continue
    only_day_first = next(((t, r) for _, t, r in readings if r.month_first is None), None)
    only_month_first = next(((line, t, r) for line, t, r in readings if r.day_first is None), None)
    if day_first:
        if only_month_first is not None:
            line, text, reading = only_month_first
            month = text.replace(".", "/").split("/")[1]
            return Order(
                None, (line, f"{text!r} cannot be day first (there is no month {int(month)}): leave out --dayfirst")
            )
        return Order(True, because="--dayfirst") if readings else Order(None)
    if (only_day_first is None) != (only_month_first is None):
        if only_day_first is not None:
            return Order(True, because=f"{only_day_first[0]} cannot be month first")
        assert only_month_first is not None
        return Order(False, because=f"{only_month_first[1]} cannot be day first")
    ambiguous = [(line, text, reading) for line, text, reading in readings if reading.one() is None]
    if not ambiguous:
        return Order(None)
    line, text, reading = ambiguous[0]
    if told in (reading.day_first, reading.month_first):
        return Order(told == reading.day_first, because=f"{text} is {told:%Y-%m-%d}, as --date says")
    return Order(None, (line, ambiguous_date(text, reading)))


def pick(reading: NumericDate, day_first: bool | None) -> date | None:
    """The date a numeric date stands for, read in `day_first` order when it could swap."""
    if reading.one() is not None or day_first is None:
        return reading.one()
    return reading.day_first if day_first else reading.month_first


_WRITTEN = re.compile(
    rf"""\s*(?:
        (?P<day1>\d{{1,2}})[/ -](?P<month1>{_MONTH})[/ -](?P<year1>\d{{2,4}})
      | (?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})
      | (?P<numeric>{NUMERIC_DATE})
    )(?:,?\s+at|,|\s|T)\s*(?P<clock>{CLOCK})(?:\s+(?P<zone>[A-Za-z][\w/+-]*|[+-]\d{{2}}:?\d{{2}}))?\s*""",
    re.IGNORECASE | re.VERBOSE,
)


class WrittenTime(NamedTuple):
    """A date and time as sheets and tools write them (`22/Mar/26 11:41 PM`, `Mar 22, 2026 11:41 PM`,
    `22/03/2026 23:41`), with the zone written after it, if any."""

    day: date | None
    numeric: str
    clock: Clock
    zone: str


def written_time(text: str) -> WrittenTime | None:
    """The date and time in `text`, else None. A numeric date that could swap gives `day` None
    and its text in `numeric`, for the caller to read in the file's order."""
    match = _WRITTEN.fullmatch(text)
    if match is None:
        return None
    clock = read_clock(match["clock"])
    if match["numeric"]:
        return WrittenTime(numeric_date(match["numeric"]).one(), match["numeric"], clock, match["zone"] or "")
    month = MONTHS[(match["month1"] or match["month2"]).rstrip(".").lower()]
    year = int(match["year1"] or match["year2"])
    year += 2000 if year < 100 else 0
    try:
        day = date(year, month, int(match["day1"] or match["day2"]))
    except ValueError:
        raise TimeParseError(f"{text.strip()!r} is not a date") from None
    return WrittenTime(day, "", clock, match["zone"] or "")


def divider_date(line: str, today: date | None) -> date | None:
    """The date a day divider (`Today`, `Monday, March 23rd`, `March 22, 2026`, `22/03/2026`)
    stands for; None when the line is not one, or it needs a reference day that is not known."""
    match = DIVIDER.fullmatch(line)
    if match is None:
        return None
    if match["numeric"]:
        return numeric_date(match["numeric"]).one()
    if today is None:
        return None
    if match["relative"]:
        return relative_day(match["relative"], today)
    if match["weekday"]:
        wanted = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(match["weekday"][:3].lower()))
        return today - timedelta(days=(today.weekday() - wanted) % 7)
    month = MONTHS[(match["month1"] or match["month2"]).rstrip(".").lower()]
    day, year = int(match["day1"] or match["day2"]), match["year1"] or match["year2"]
    try:
        found = date(int(year) if year else today.year, month, day)
    except ValueError:
        return None
    return found.replace(year=found.year - 1) if not year and found > today + timedelta(days=1) else found


_DECORATION = re.compile(r"^\s*(?:#{1,6}\s+)?[*_]*\s*|\s*[*_]*\s*:?\s*$")


def date_line(line: str, told: date | None, day_first: bool = False) -> date | None:
    """The date a line holding only a date stands for (`2026-03-14`, `Saturday 14 March 2026`, a
    Markdown heading `## 22 Mar 2026`, `**Sun, March 22, 2026**`), else None. A weekday or `Today`
    alone is not one. TimeParseError when day and month could swap and neither `day_first` nor
    `told` (`--date`) says which, or when a date without its year has no `told` to take it from."""
    bare = _DECORATION.sub("", line)
    match = DIVIDER.fullmatch(bare)
    if not bare or match is None or match["relative"] or match["weekday"]:
        return None
    if match["numeric"]:
        try:
            reading = numeric_date(match["numeric"])
        except TimeParseError:
            return None
        if reading.one() is not None:
            return reading.one()
        if day_first:
            return reading.day_first
        if told in (reading.day_first, reading.month_first):
            return told
        raise TimeParseError(ambiguous_date(match["numeric"], reading))
    year = match["year1"] or match["year2"]
    if not year:
        if told is None:
            raise TimeParseError(f"{bare.strip()!r} has no year: give --date YYYY-MM-DD (or write the year)")
        return divider_date(bare, told)
    month = MONTHS[(match["month1"] or match["month2"]).rstrip(".").lower()]
    try:
        return date(int(year), month, int(match["day1"] or match["day2"]))
    except ValueError:
        return None


_EMBEDDED = re.compile(
    rf"""(?<![\w/.-])(?:
        (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
      | (?P<month1>{_MONTH})\s+{_DAY1},?\s+(?P<year1>\d{{4}})
      | {_DAY2}\s+(?P<month2>{_MONTH}),?\s+(?P<year2>\d{{4}})
      | (?P<numeric>\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})
    )(?![\w/.-])""",
    re.IGNORECASE | re.VERBOSE,
)


def title_date(line: str, day_first: bool = False) -> date | None:
    """The one full date (with its year) written in a title line (`Checkout outage, Sunday 22 March
    2026`, `# Timeline (2026-03-22)`), else None (none, or more than one). TimeParseError when its
    day and month could swap and `day_first` does not say which."""
    found = list(_EMBEDDED.finditer(line))
    if len(found) != 1:
        return None
    match = found[0]
    if match["iso"] or match["numeric"]:
        return date_line(match["iso"] or match["numeric"], None, day_first)
    return date_line(match[0], None)
