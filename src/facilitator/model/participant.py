"""A person in the review, with the time zone they join from."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from facilitator.model.base import Model, new_id


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

    @field_validator("tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_zone(value)
