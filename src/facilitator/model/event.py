"""A timeline event, with the notes and corrections added while the group walks it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from operator import attrgetter

from pydantic import Field

from facilitator.model.base import MAX_NUMBER, Model, UtcInstant, new_id
from facilitator.model.enums import EventKind


class Provenance(Model):
    """Where an imported event came from."""

    source: str
    line: int | None = Field(default=None, ge=0, le=MAX_NUMBER)


class Correction(Model):
    """A change made during the walkthrough; the original value stays visible."""

    field: str
    original: str
    corrected: str
    reason: str = ""


class TimelineEvent(Model):
    id: str = Field(default_factory=new_id)
    at: UtcInstant
    actor: str = ""
    kind: EventKind = EventKind.OBSERVATION
    text: str
    """Kept exactly as given (terminal control sequences aside, stripped by the model)."""
    decision_point: bool = False
    notes: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    provenance: Provenance | None = None
    parent_id: str | None = None
    """The event this one replies to (a chat thread reply)."""


event_time = attrgetter("at")
"""An event's instant, as a key (`sorted(events, key=event_time)`, `bisect`)."""


def instants(events: Iterable[TimelineEvent]) -> list[datetime]:
    """The events' instants, in their order: one pass in C, as it runs on every edit of a long timeline."""
    return list(map(event_time, events))


class UnplacedLine(Model):
    """An imported line that could not be placed on the timeline, kept to place by hand."""

    source: str
    line: int | None = Field(default=None, ge=0, le=MAX_NUMBER)
    text: str
    reason: str
