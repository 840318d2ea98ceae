"""A person's working week in their own zone, and how far a meeting falls outside it.

Working hours are "HH:MM-HH:MM" in the person's zone (an end before the start runs past
midnight, for a night shift); days off are weekday numbers, Monday 0. A meeting's cost to a
person is the minutes of it outside their working time, walked minute by minute in their zone,
so a DST change or a meeting across midnight is counted as the clock on their wall shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_WORKING_HOURS = "09:00-18:00"
DEFAULT_DAYS_OFF = (5, 6)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UNSOCIAL_BEFORE = time(7, 0)
UNSOCIAL_FROM = time(21, 0)
"""Local times before 07:00 or from 21:00 count as unsocial: the slots nobody should always take."""
NIGHT_FROM, NIGHT_BEFORE = time(23, 0), time(6, 0)
"""Between 23:00 and 06:00 is night: the worst time to ask anyone to meet."""
OUTSIDE_COST, UNSOCIAL_COST, NIGHT_COST, DAY_OFF_COST = 1, 4, 12, 6
"""What a minute costs a person: outside their hours, unsocial, at night, on a day off (the worst applies)."""
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
_STEP = timedelta(minutes=5)


@dataclass(frozen=True)
class Hours:
    start: time
    end: time

    def covers(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


def parse_hours(text: str) -> Hours:
    """`text` as working hours, or ValueError saying what is expected."""
    found = _HOURS.match(text)
    if not found:
        raise ValueError(f"working hours {text!r}: write them as HH:MM-HH:MM, e.g. 09:00-18:00")
    h1, m1, h2, m2 = (int(part) for part in found.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f"working hours {text!r}: not a time of day")
    start, end = time(h1, m1), time(0, 0) if h2 == 24 else time(h2, m2)
    if start == end:
        raise ValueError(f"working hours {text!r}: the day starts and ends at the same time")
    return Hours(start, end)


def format_hours(hours: Hours) -> str:
    return f"{hours.start:%H:%M}-{hours.end:%H:%M}"


def parse_days_off(text: str) -> tuple[int, ...]:
    """Days off as typed ("Sat Sun", "fri, sat", "none") as weekday numbers; ValueError naming a bad word."""
    days: list[int] = []
    for word in re.split(r"[\s,;/]+", text.strip()):
        if not word or word.casefold() in ("none", "-"):
            continue
        key = word[:3].casefold()
        names = [day.casefold() for day in WEEKDAYS]
        if key not in names:
            raise ValueError(f"days off: {word!r} is not a weekday (write e.g. Sat Sun, or none)")
        days.append(names.index(key))
    return tuple(sorted(set(days)))


def format_days_off(days: tuple[int, ...]) -> str:
    return " ".join(WEEKDAYS[day] for day in days) or "none"


def zone_region(zone: str) -> str:
    """The region of an IANA zone: its first part (Europe/Berlin → Europe), UTC for UTC and the like."""
    head = zone.split("/", 1)[0]
    return head if "/" in zone else "UTC"


@dataclass(frozen=True)
class LocalCost:
    """What a meeting means for one person: when it is on their clock and what it costs them."""

    local_start: datetime
    outside_minutes: int
    """Minutes of the meeting outside their working hours or on a day off."""
    unsocial_minutes: int
    """Minutes of it before 07:00 or from 21:00 on their clock."""
    penalty: int = 0
    """The minutes weighted by how bad each is (outside hours, unsocial, night, day off)."""
    worst: str = ""
    """The worst of it in words: "night", "day off", "early", "late", "outside hours", or "" for none."""

    @property
    def label(self) -> str:
        """Their local time and what is wrong with it, e.g. "Tue 06:00 (early, 60 min outside hours)"."""
        when = f"{WEEKDAYS[self.local_start.weekday()]} {self.local_start:%H:%M}"
        if not self.outside_minutes:
            return when
        if self.worst == "outside hours":
            return f"{when} ({self.outside_minutes} min outside hours)"
        return f"{when} ({self.worst}, {self.outside_minutes} min outside hours)"


def meeting_cost(
    start: datetime, duration: timedelta, zone: str, hours: str = DEFAULT_WORKING_HOURS, days_off: tuple[int, ...] = ()
) -> LocalCost:
    """The cost to a person in `zone` of a meeting from `start` (an aware instant) lasting `duration`."""
    tz = ZoneInfo(zone)
    working = parse_hours(hours)
    outside = unsocial = penalty = worst_cost = 0
    worst = ""
    step_minutes = int(_STEP.total_seconds() // 60)
    moment = start
    while moment < start + duration:
        local = moment.astimezone(tz)
        clock = local.time()
        # A shift past midnight belongs to the day it started on.
        shift_day = local - timedelta(days=1) if working.start > working.end and clock < working.end else local
        day_off = shift_day.weekday() in days_off
        if not day_off and working.covers(clock):
            moment += _STEP
            continue
        outside += step_minutes
        cost, word = (DAY_OFF_COST, "day off") if day_off else (OUTSIDE_COST, "outside hours")
        # Early, late and night are what the clock says outside the person's own hours: a night
        # shift's 02:00 is a working time (on a day off, simply a day off).
        if not working.covers(clock) and (clock < UNSOCIAL_BEFORE or clock >= UNSOCIAL_FROM):
            unsocial += step_minutes
            night = clock < NIGHT_BEFORE or clock >= NIGHT_FROM
            cost, word = max((cost, word), (NIGHT_COST, "night") if night else (UNSOCIAL_COST, _early_or_late(clock)))
        penalty += cost * step_minutes
        if cost > worst_cost:
            worst_cost, worst = cost, word
        moment += _STEP
    return LocalCost(start.astimezone(tz), outside, unsocial, penalty, worst)


def _early_or_late(clock: time) -> str:
    return "early" if clock < time(12, 0) else "late"
