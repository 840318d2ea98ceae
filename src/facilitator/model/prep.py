"""Pre-prep answers: each participant's own written account, sent before the meeting.

One `PrepAnswers` per participant who sent a form (a filled Markdown form, or the web
page): their role during the incident, what went well, what could be better about the
system, their questions, what they knew at each decision point, their votes on the
proposed action items and the actions they propose. Every answer is attributed (the
participant's id) and stamped with the instant it was received. Sending again replaces
the earlier answers of that person.

Answers are addressed by an `AnswerRef` (section + index), so the app can turn one into
a contributor, an action, a walk question..., and remember that it did. What the write-up
does with an answer is the facilitator's choice (`WriteUpChoice`): carry it reworded, leave
it out, or keep it as written although the blameless check flags it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import Field

from facilitator.model.base import Model, UtcInstant, new_id

PREP_LEAD_TIME = timedelta(hours=24)
"""Forms are due this long before the meeting."""


class DecisionAnswer(Model):
    """What one person says about one decision point of the timeline."""

    event_id: str = Field(min_length=1)
    knew: str = ""
    """What did you know at this moment?"""
    looked_right: str = ""
    """What made this look like the right call?"""

    @property
    def empty(self) -> bool:
        return not (self.knew.strip() or self.looked_right.strip())


class ActionVote(Model):
    """+1 or -1 (0: no vote, only a comment) on an action item or on someone's proposal."""

    target_id: str = Field(min_length=1)
    """The id of an action item of the session, or of an `ActionProposal`."""
    vote: Literal[-1, 0, 1] = 0
    comment: str = ""


class ActionProposal(Model):
    """A new action item a participant proposes; the facilitator may accept it as an action."""

    id: str = Field(default_factory=new_id)
    title: str = Field(min_length=1)
    comment: str = ""


class WriteUp(StrEnum):
    """What the facilitator chose for one answer in the exported write-up."""

    REWORDED = "reworded"
    LEFT_OUT = "left_out"
    KEPT = "kept"
    """Kept as written, although the blameless check flags it."""


class WriteUpChoice(Model):
    """The facilitator's choice for the answer `ref` (an `AnswerRef.key`), made on its text `sent`."""

    ref: str = Field(min_length=1)
    choice: WriteUp
    text: str = ""
    """The reworded text the write-up carries (REWORDED only)."""
    sent: str = ""
    """The answer as it read when the choice was made: sent again with other words, the choice lapses."""


class AnswerSection(StrEnum):
    ROLE = "role"
    WENT_WELL = "went_well"
    COULD_BE_BETTER = "could_be_better"
    QUESTIONS = "questions"
    DECISIONS = "decisions"
    PROPOSALS = "proposals"


class PrepAnswers(Model):
    """Everything one participant sent in their pre-prep form."""

    id: str = Field(default_factory=new_id)
    participant_id: str = Field(min_length=1)
    received_at: UtcInstant
    source: str = ""
    """Where it came from: a file name, or "web"."""
    role: str = ""
    went_well: tuple[str, ...] = ()
    could_be_better: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    decisions: tuple[DecisionAnswer, ...] = ()
    votes: tuple[ActionVote, ...] = ()
    proposals: tuple[ActionProposal, ...] = ()
    taken: tuple[str, ...] = ()
    """Refs (`AnswerRef.key`) of answers the facilitator already turned into session items."""
    write_up: tuple[WriteUpChoice, ...] = ()
    """What the facilitator chose for answers in the write-up (reworded, left out, kept)."""

    def choice(self, ref: AnswerRef) -> WriteUpChoice | None:
        """The facilitator's write-up choice for answer `ref`, if they made one."""
        return next((c for c in self.write_up if c.ref == ref.key), None)

    def about(self, event_id: str) -> DecisionAnswer | None:
        """This person's answer about decision point `event_id`, if they gave one."""
        return next((d for d in self.decisions if d.event_id == event_id and not d.empty), None)

    def vote_on(self, target_id: str) -> ActionVote | None:
        return next((v for v in self.votes if v.target_id == target_id), None)

    def answers(self) -> tuple[tuple[AnswerRef, str], ...]:
        """Every non-empty answer with its ref, in form order (a decision answer as one text)."""
        found: list[tuple[AnswerRef, str]] = []
        if self.role.strip():
            found.append((AnswerRef(section=AnswerSection.ROLE, index=0), self.role))
        for section in (AnswerSection.WENT_WELL, AnswerSection.COULD_BE_BETTER, AnswerSection.QUESTIONS):
            for index, text in enumerate(getattr(self, section.value)):
                found.append((AnswerRef(section=section, index=index), text))
        for index, decision in enumerate(self.decisions):
            if not decision.empty:
                found.append((AnswerRef(section=AnswerSection.DECISIONS, index=index), decision_text(decision)))
        for index, proposal in enumerate(self.proposals):
            found.append((AnswerRef(section=AnswerSection.PROPOSALS, index=index), proposal_text(proposal)))
        return tuple(found)

    def text_of(self, ref: AnswerRef) -> str:
        for candidate, text in self.answers():
            if candidate == ref:
                return text
        raise KeyError(f"no answer {ref.key!r}")


class AnswerRef(Model):
    """One answer in one person's form: its section and its place there."""

    section: AnswerSection
    index: int = Field(ge=0)

    @property
    def key(self) -> str:
        return f"{self.section.value}:{self.index}"


def decision_text(answer: DecisionAnswer) -> str:
    parts = [part for part in (answer.knew.strip(), answer.looked_right.strip()) if part]
    return " / ".join(parts)


def proposal_text(proposal: ActionProposal) -> str:
    return f"{proposal.title} ({proposal.comment})" if proposal.comment.strip() else proposal.title


def prep_deadline(meeting_at: datetime | None) -> datetime | None:
    """When forms are due: 24 hours before the meeting (None while no meeting time is set)."""
    return None if meeting_at is None else meeting_at - PREP_LEAD_TIME


def vote_tally(all_answers: tuple[PrepAnswers, ...], target_id: str) -> tuple[int, int]:
    """(+1 count, -1 count) over everyone's votes on `target_id`."""
    votes = [a.vote_on(target_id) for a in all_answers]
    return sum(1 for v in votes if v and v.vote > 0), sum(1 for v in votes if v and v.vote < 0)
