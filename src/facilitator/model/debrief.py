"""The closing of a review: what went well, who to thank and for what, lessons."""

from __future__ import annotations

from pydantic import Field

from facilitator.model.base import Model


class Affirmation(Model):
    """A specific person and the specific thing they did that helped."""

    person: str = Field(min_length=1)
    what: str = Field(min_length=1)


class Debrief(Model):
    went_well: tuple[str, ...] = ()
    affirmations: tuple[Affirmation, ...] = ()
    lessons: tuple[str, ...] = ()
