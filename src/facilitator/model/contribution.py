"""What participants send from their browser, and what the facilitator decided about it.

A contribution is attributed to the participant whose link sent it. It never changes the
session by itself: the facilitator accepts (possibly after editing), or declines it. The
participant can take back a raised hand. `InboxView` folds the records into what is
still waiting, hands in the order they were raised, and what became of each one sent.

Across the days of a review a participant sends more than hands and notes: an answer about
one decision point (what they knew, what made the call look right), a vote or a comment on a
proposed action, an action of their own to propose, or the whole pre-prep form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

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
    ANSWER = "answer"
    """What the sender knew at one decision point (`event_id`), and why the call looked right."""
    VOTE = "vote"
    """+1, -1 or only a comment (`vote` 0) on a proposed action (`target_id`)."""
    PROPOSAL = "proposal"
    """A new action item the sender proposes (`text` its title, `answers["comment"]` why)."""


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    """The participant lowered their hand."""


ANSWER_KNEW = "knew"
ANSWER_RIGHT = "right"
PROPOSAL_COMMENT = "comment"


class Contribution(Model):
    id: str = Field(default_factory=new_id)
    at: UtcInstant
    participant_id: str
    name: str
    """The sender's name when it was sent (shown even if the participant is renamed later)."""
    kind: ContributionKind
    text: str = Field(default="", max_length=MAX_TEXT)
    event_id: str | None = None
    """The timeline event a note, question or decision-point answer is about."""
    answers: dict[str, str] = {}
    """A pre-prep form: field name to answer; a decision-point answer: `knew`, `right`; a proposal: `comment`."""
    target_id: str | None = None
    """The action item or proposal a vote is about."""
    vote: Literal[-1, 0, 1] = 0


class Decision(Model):
    contribution_id: str
    at: UtcInstant
    outcome: Outcome
    text: str = ""
    """What was accepted, when the facilitator edited it first."""


@dataclass(frozen=True)
class InboxView:
    """Contributions still waiting for the facilitator, hands first in order of raising, and the
    outcome of every contribution decided so far."""

    pending: tuple[Contribution, ...]
    decided: int
    sent: tuple[Contribution, ...] = ()
    """Every contribution, in the order it arrived."""
    outcomes: Mapping[str, Outcome] = field(default_factory=dict)
    """Contribution id to what the facilitator (or the sender, for a hand) decided."""

    @classmethod
    def of(cls, contributions: Iterable[Contribution], decisions: Iterable[Decision]) -> InboxView:
        sent = tuple(contributions)
        outcomes = {d.contribution_id: d.outcome for d in decisions}
        waiting = [c for c in sent if c.id not in outcomes]
        hands = [c for c in waiting if c.kind is ContributionKind.HAND]
        others = [c for c in waiting if c.kind is not ContributionKind.HAND]
        return cls(pending=(*hands, *others), decided=len(outcomes), sent=sent, outcomes=outcomes)

    @property
    def hands(self) -> tuple[Contribution, ...]:
        return tuple(c for c in self.pending if c.kind is ContributionKind.HAND)

    @property
    def others(self) -> tuple[Contribution, ...]:
        """What waits besides raised hands: notes, questions, topics, answers, votes, proposals, forms."""
        return tuple(c for c in self.pending if c.kind is not ContributionKind.HAND)

    def on_events(self) -> dict[str, int]:
        """How many notes and questions wait on each event (by event id)."""
        counts: dict[str, int] = {}
        for item in self.others:
            if item.kind in (ContributionKind.NOTE, ContributionKind.QUESTION) and item.event_id is not None:
                counts[item.event_id] = counts.get(item.event_id, 0) + 1
        return counts

    def raised_hand(self, participant_id: str) -> Contribution | None:
        return next((c for c in self.hands if c.participant_id == participant_id), None)

    def sent_by(self, participant_id: str) -> tuple[tuple[Contribution, Outcome | None], ...]:
        """What `participant_id` sent, newest first, each with its outcome (None while it waits)."""
        mine = [c for c in self.sent if c.participant_id == participant_id]
        return tuple((c, self.outcomes.get(c.id)) for c in reversed(mine))
