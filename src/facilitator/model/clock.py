"""The agenda clock: a pure state machine over instants passed in.

Nothing here reads the wall clock. Every transition takes `now`, so a test drives a
whole meeting by handing in instants, and the UI only ticks it once a second.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import Field, model_validator

from facilitator.model.base import MAX_NUMBER, Model, UtcInstant
from facilitator.model.layout import Layout

WARN_SECONDS = 120


class ClockState(StrEnum):
    """How the current timebox stands, for colour and notices."""

    NOT_STARTED = "not started"
    RUNNING = "running"
    PAUSED = "paused"
    WARNING = "two minutes left"
    OVERRUN = "overrun"
    FINISHED = "finished"


class BoxTime(Model):
    planned_seconds: int = Field(gt=0, le=MAX_NUMBER)
    extended_seconds: int = Field(default=0, ge=0, le=MAX_NUMBER)
    elapsed_seconds: float = Field(default=0.0, ge=0, le=MAX_NUMBER)
    """Time spent in this box, not counting the run in progress."""
    visited: bool = False

    @property
    def budget_seconds(self) -> int:
        return self.planned_seconds + self.extended_seconds


class AgendaClock(Model):
    boxes: tuple[BoxTime, ...] = Field(min_length=1)
    current: int = Field(default=0, ge=0)
    running_since: UtcInstant | None = None
    meeting_started_at: UtcInstant | None = None
    finished: bool = False

    @model_validator(mode="after")
    def _current_is_a_box(self) -> AgendaClock:
        if self.current >= len(self.boxes):
            raise ValueError(f"current timebox {self.current} does not exist (there are {len(self.boxes)})")
        return self

    @classmethod
    def for_layout(cls, layout: Layout) -> AgendaClock:
        return cls(boxes=tuple(BoxTime(planned_seconds=box.minutes * 60) for box in layout.timeboxes))

    # -- reading -------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def elapsed(self, now: datetime, index: int | None = None) -> float:
        """Seconds spent in box `index` (the current one by default) up to `now`."""
        index = self.current if index is None else index
        spent = self.boxes[index].elapsed_seconds
        if index == self.current and self.running_since is not None:
            spent += max(0.0, (now - self.running_since).total_seconds())
        return spent

    def remaining(self, now: datetime) -> float:
        """Seconds left in the current box; negative once it overruns."""
        return self.boxes[self.current].budget_seconds - self.elapsed(now)

    def meeting_remaining(self, now: datetime) -> float:
        """Seconds left in the whole meeting: every budget less every second spent."""
        budget = sum(box.budget_seconds for box in self.boxes)
        spent = sum(self.elapsed(now, i) for i in range(len(self.boxes)))
        return budget - spent

    def state(self, now: datetime) -> ClockState:
        if self.finished:
            return ClockState.FINISHED
        left = self.remaining(now)
        if left < 0:
            return ClockState.OVERRUN
        if not self.running:
            return ClockState.PAUSED if self.boxes[self.current].visited else ClockState.NOT_STARTED
        if left <= WARN_SECONDS:
            return ClockState.WARNING
        return ClockState.RUNNING

    # -- transitions -----------------------------------------------------------

    def _settled(self, now: datetime) -> tuple[BoxTime, ...]:
        """The boxes with the run in progress folded into the current box's elapsed time."""
        if self.running_since is None:
            return self.boxes
        boxes = list(self.boxes)
        boxes[self.current] = boxes[self.current].changed(elapsed_seconds=self.elapsed(now))
        return tuple(boxes)

    def start(self, now: datetime) -> AgendaClock:
        if self.running:
            return self
        boxes = list(self.boxes)
        boxes[self.current] = boxes[self.current].changed(visited=True)
        return self.changed(
            boxes=tuple(boxes),
            running_since=now,
            meeting_started_at=self.meeting_started_at or now,
            finished=False,
        )

    def pause(self, now: datetime) -> AgendaClock:
        if not self.running:
            return self
        return self.changed(boxes=self._settled(now), running_since=None)

    def toggle(self, now: datetime) -> AgendaClock:
        return self.pause(now) if self.running else self.start(now)

    def extend(self, minutes: int) -> AgendaClock:
        if minutes <= 0:
            raise ValueError("extend by a positive number of minutes")
        boxes = list(self.boxes)
        box = boxes[self.current]
        boxes[self.current] = box.changed(extended_seconds=box.extended_seconds + minutes * 60)
        return self.changed(boxes=tuple(boxes))

    def jump(self, index: int, now: datetime) -> AgendaClock:
        """Make box `index` current; a running clock keeps running in the new box."""
        if not 0 <= index < len(self.boxes):
            raise ValueError(f"no timebox {index + 1}: the agenda has {len(self.boxes)}")
        was_running = self.running
        boxes = list(self._settled(now))
        if was_running:
            boxes[index] = boxes[index].changed(visited=True)
        return self.changed(
            boxes=tuple(boxes),
            current=index,
            running_since=now if was_running else None,
            finished=False,
        )

    def next(self, now: datetime) -> AgendaClock:
        """Move to the next box; after the last one the meeting is finished."""
        if self.current == len(self.boxes) - 1:
            return self.changed(boxes=self._settled(now), running_since=None, finished=True)
        return self.jump(self.current + 1, now)

    def previous(self, now: datetime) -> AgendaClock:
        return self.jump(max(0, self.current - 1), now)

    def recover(self, last_alive: datetime, now: datetime) -> tuple[AgendaClock, timedelta]:
        """After the app was closed: count the time it was closed as paused.

        Returns the clock (still running if it was) and how long it was closed.
        """
        if self.running_since is None:
            return self, timedelta(0)
        closed = max(timedelta(0), now - last_alive)
        paused = self.pause(max(last_alive, self.running_since))
        return paused.start(now), closed
