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
    day: int | None = Field(default=None, ge=1, le=60)
    """In an asynchronous review, the day this step is due (day 1: the day the agenda started)."""


class Layout(Model):
    name: str = Field(min_length=1)
    title: str = ""
    description: str = ""
    timeboxes: tuple[Timebox, ...] = Field(min_length=1, max_length=MAX_TIMEBOXES)

    @property
    def total_minutes(self) -> int:
        return sum(box.minutes for box in self.timeboxes)

    @property
    def runs_over_days(self) -> bool:
        """An asynchronous review: its steps are due on days, not minutes apart."""
        return any(box.day is not None for box in self.timeboxes)
