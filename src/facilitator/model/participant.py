"""A person in the review, with the time zone they join from."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from facilitator.model.base import Model, new_id
from facilitator.model.working_hours import (
    DEFAULT_DAYS_OFF,
    DEFAULT_WORKING_HOURS,
    format_hours,
    parse_hours,
    zone_region,
)


def check_zone(name: str) -> str:
    """Return `name` if it is a known IANA zone, else raise ValueError naming it."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/Berlin)") from None
    return name


class Participant(Model):
    id: str = Field(default_factory=new_id)
    name: str = Field(min_length=1)
    role: str = ""
    tz: str = "UTC"
    proxy_for: str = ""
    """A team or time zone this person speaks for, when it cannot attend."""
    facilitator: bool = False
    working_hours: str = DEFAULT_WORKING_HOURS
    """Local working hours, "HH:MM-HH:MM" (an end before the start runs past midnight)."""
    days_off: tuple[int, ...] = DEFAULT_DAYS_OFF
    """Local weekdays off, Monday 0 to Sunday 6."""
    can_facilitate: bool = False
    """Marked as able to facilitate a review, for the rotation across reviews."""
    region: str = ""
    """Where the person works, for fairness across reviews; empty means the time zone's region."""

    @field_validator("tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_zone(value)

    @field_validator("working_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        return format_hours(parse_hours(value))

    @field_validator("days_off")
    @classmethod
    def _days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(day not in range(7) for day in value):
            raise ValueError("days off are weekday numbers, Monday 0 to Sunday 6")
        return tuple(sorted(set(value)))

    @property
    def home_region(self) -> str:
        """The region the person counts in: as set, else the first part of the zone (Europe, Asia…)."""
        return self.region.strip() or zone_region(self.tz)
