"""An agenda layout: the ordered timeboxes of a review meeting."""

from __future__ import annotations

from pydantic import Field

from facilitator.model.base import Model
from facilitator.model.enums import TimeboxKind

MAX_TIMEBOXES = 50


class Timebox(Model):
    kind: TimeboxKind
    title: str = Field(min_length=1, max_length=80)
    minutes: int = Field(gt=0, le=480)
    script: str = ""
    """Words for the facilitator to read aloud when the timebox starts."""
    prompts: tuple[str, ...] = ()
    """Questions to put to the group, such as "What surprised you?"."""


class Layout(Model):
    name: str = Field(min_length=1)
    title: str = ""
    description: str = ""
    timeboxes: tuple[Timebox, ...] = Field(min_length=1, max_length=MAX_TIMEBOXES)

    @property
    def total_minutes(self) -> int:
        return sum(box.minutes for box in self.timeboxes)
