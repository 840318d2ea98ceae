"""What participants send from their browser, and what the facilitator decided about it.

A contribution is attributed to the participant whose link sent it. It never changes the
session by itself: the facilitator accepts (possibly after editing), or declines it. The
participant can take back a raised hand. `InboxView` folds the records into what is
still waiting, hands in the order they were raised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field

from facilitator.model.base import Model, UtcInstant, new_id

MAX_TEXT = 2000
"""Longest text a participant can send in one field."""


class ContributionKind(StrEnum):
    HAND = "hand"
    NOTE = "note"
    QUESTION = "question"
    PARKING = "parking"
    PREP = "prep"


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    """The participant lowered their hand."""


class Contribution(Model):
    id: str = Field(default_factory=new_id)
    at: UtcInstant
    participant_id: str
    name: str
    """The sender's name when it was sent (shown even if the participant is renamed later)."""
    kind: ContributionKind
    text: str = Field(default="", max_length=MAX_TEXT)
    event_id: str | None = None
    """The timeline event a note or question is about."""
    answers: dict[str, str] = {}
    """A pre-prep form: field name to answer."""


class Decision(Model):
    contribution_id: str
    at: UtcInstant
    outcome: Outcome
    text: str = ""
    """What was accepted, when the facilitator edited it first."""


@dataclass(frozen=True)
class InboxView:
    """Contributions still waiting for the facilitator, hands first in order of raising."""

    pending: tuple[Contribution, ...]
    decided: int

    @classmethod
    def of(cls, contributions: Iterable[Contribution], decisions: Iterable[Decision]) -> InboxView:
        done = {d.contribution_id for d in decisions}
        waiting = [c for c in contributions if c.id not in done]
        hands = [c for c in waiting if c.kind is ContributionKind.HAND]
        others = [c for c in waiting if c.kind is not ContributionKind.HAND]
        return cls(pending=(*hands, *others), decided=len(done))

    @property
    def hands(self) -> tuple[Contribution, ...]:
        return tuple(c for c in self.pending if c.kind is ContributionKind.HAND)

    @property
    def sent(self) -> tuple[Contribution, ...]:
        """What waits besides raised hands: notes, questions, topics, forms."""
        return tuple(c for c in self.pending if c.kind is not ContributionKind.HAND)

    def on_events(self) -> dict[str, int]:
        """How many notes and questions wait on each event (by event id)."""
        counts: dict[str, int] = {}
        for item in self.sent:
            if item.event_id is not None:
                counts[item.event_id] = counts.get(item.event_id, 0) + 1
        return counts

    def raised_hand(self, participant_id: str) -> Contribution | None:
        return next((c for c in self.hands if c.participant_id == participant_id), None)
