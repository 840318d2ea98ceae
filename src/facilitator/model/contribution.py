"""What participants send from their browser, and what the facilitator decided about it.

A contribution is attributed to the participant whose link sent it. It never changes the
session by itself: the facilitator accepts (possibly after editing), or declines it. The
participant can take back a raised hand. `InboxView` folds the records into what is
still waiting, hands in the order they were raised, and what became of each one sent.

Across the days of a review a participant sends more than hands and notes: an answer about
one decision point (what they knew, what made the call look right), a vote or a comment on a
proposed action, an action of their own to propose, or the whole pre-prep form.

An accepted item lands in the session and in the inbox file, two writes that a crash can
separate. So an accept that changed the session is marked `in_session`, the session keeps the
ids it accepted (`Session.inbox_accepted`), and such an accept settles its item only while the
session holds that id: a crash before the session was saved (or Ctrl+Z) puts the item back in
the inbox, a crash after it leaves it in the session only. Either way it is in exactly one place.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from itertools import chain
from typing import Literal

from pydantic import Field

from facilitator.model.base import Model, UtcInstant, new_id
from facilitator.model.pulse import PulseAnswer

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
    in_session: bool = False
    """An accept the session records too (its `inbox_accepted`); see the module's docstring."""

    def settles(self, accepted: Container[str] | None) -> bool:
        """Whether this decision takes its contribution out of the inbox: a decline, a withdrawal
        or a plain accept always; an `in_session` accept only while `accepted` (the ids the
        session holds) has it. `accepted` None: the session is not known here, trust the accept."""
        return not self.in_session or accepted is None or self.contribution_id in accepted


@dataclass(frozen=True)
class InboxView:
    """Contributions still waiting for the facilitator, hands first in order of raising, and the
    outcome of every contribution decided so far.

    A flooded inbox may hold 100,000 items waiting: what is read of a view (its hands, the rest,
    where each item is) is worked out once and kept, and `without` takes items out by slicing
    rather than by going over every one."""

    pending: tuple[Contribution, ...]
    decided: int
    sent: tuple[Contribution, ...] = ()
    """Every contribution, in the order it arrived."""
    outcomes: Mapping[str, Outcome] = field(default_factory=dict)
    """Contribution id to what the facilitator (or the sender, for a hand) decided."""
    hand_count: int = field(default=-1, compare=False)
    """How many of `pending` are hands (they come first); -1 when not known yet."""
    pulse: tuple[PulseAnswer, ...] = ()
    """Every pulse answer line, in the order of the file: anonymous, never waiting, counted by the app."""

    @classmethod
    def of(
        cls,
        contributions: Iterable[Contribution],
        decisions: Iterable[Decision],
        accepted: Container[str] | None = None,
        pulse: Iterable[PulseAnswer] = (),
    ) -> InboxView:
        """What waits, given every record; `accepted`: the ids the session holds (see `Decision.settles`)."""
        sent = tuple(contributions)
        decisions = tuple(decisions)
        outcomes = {d.contribution_id: d.outcome for d in decisions}
        done = {d.contribution_id for d in decisions if d.settles(accepted)}
        waiting = [c for c in sent if c.id not in done and (accepted is None or c.id not in accepted)]
        hands = [c for c in waiting if c.kind is ContributionKind.HAND]
        others = [c for c in waiting if c.kind is not ContributionKind.HAND]
        return cls(
            (*hands, *others), len(sent) - len(waiting), sent, outcomes, hand_count=len(hands), pulse=tuple(pulse)
        )

    @cached_property
    def hands(self) -> tuple[Contribution, ...]:
        if self.hand_count >= 0:
            return self.pending[: self.hand_count]
        return tuple(c for c in self.pending if c.kind is ContributionKind.HAND)

    @cached_property
    def others(self) -> tuple[Contribution, ...]:
        """What waits besides raised hands: notes, questions, topics, answers, votes, proposals, forms."""
        return self.pending[len(self.hands) :]

    @cached_property
    def positions(self) -> dict[str, int]:
        """Where each waiting item is in `pending`, by id."""
        return {c.id: index for index, c in enumerate(self.pending)}

    def without(self, ids: Iterable[str]) -> InboxView:
        """This view less the waiting items `ids` (those that are here), counted as decided."""
        gone = sorted(self.positions[i] for i in set(ids) if i in self.positions)
        if not gone:
            return self
        parts, start = [], 0
        for index in gone:
            parts.append(self.pending[start:index])
            start = index + 1
        parts.append(self.pending[start:])
        hands = len(self.hands) - sum(1 for index in gone if index < len(self.hands))
        return replace(
            self, pending=tuple(chain.from_iterable(parts)), decided=self.decided + len(gone), hand_count=hands
        )

    @cached_property
    def _on_events(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.others:
            if item.kind in (ContributionKind.NOTE, ContributionKind.QUESTION) and item.event_id is not None:
                counts[item.event_id] = counts.get(item.event_id, 0) + 1
        return counts

    def on_events(self) -> dict[str, int]:
        """How many notes and questions wait on each event (by event id)."""
        return self._on_events

    def prepared(self) -> InboxView:
        """This view, with what its readers ask of it (where each item is, the hands, the counts
        per event) worked out now, on the calling thread: a worker, not the event loop."""
        _ = self.positions, self.hands, self._on_events
        return self

    def raised_hand(self, participant_id: str) -> Contribution | None:
        return next((c for c in self.hands if c.participant_id == participant_id), None)

    def sent_by(self, participant_id: str) -> tuple[tuple[Contribution, Outcome | None], ...]:
        """What `participant_id` sent, newest first, each with its outcome (None while it waits)."""
        mine = [c for c in self.sent if c.participant_id == participant_id]
        return tuple((c, self.outcomes.get(c.id)) for c in reversed(mine))
