"""What the write-up does with each pre-prep answer, given the blameless check and the facilitator.

An answer a participant sent is checked as it arrives. One that reads as blaming someone is
*held back*: the export leaves it out (naming no one) until the facilitator rewords it, leaves
it out, or keeps it as written. A clean answer goes in as sent, attributed. So a flagged answer
is never published verbatim with a name unless the facilitator chose to keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.checks.blameless import Flag, check_text
from facilitator.model.prep import AnswerRef, PrepAnswers, WriteUp
from facilitator.model.session import Session


class AnswerState(StrEnum):
    """Where one answer stands for the write-up."""

    AS_SENT = "as sent"
    HELD = "held back"
    """Flagged and not yet reviewed: out of the export until the facilitator decides."""
    REWORDED = "reworded"
    LEFT_OUT = "left out"
    KEPT = "kept as written"


@dataclass(frozen=True)
class WrittenAnswer:
    """One answer: as `sent`, its `state`, the `text` the write-up carries ("" if none) and the
    flags of the text that matters (the reworded text once reworded, else the answer as sent)."""

    entry: PrepAnswers
    ref: AnswerRef
    sent: str
    state: AnswerState
    text: str
    flags: tuple[Flag, ...]

    @property
    def key(self) -> str:
        """`participant id|answer ref`: the answer's id across the session (a Pre-prep pane item)."""
        return f"{self.entry.participant_id}|{self.ref.key}"


def written_answer(entry: PrepAnswers, ref: AnswerRef, sent: str, people: frozenset[str]) -> WrittenAnswer:
    """What the write-up does with answer `ref` of `entry` (its text as sent: `sent`)."""
    choice = entry.choice(ref)
    if choice is not None and choice.choice is WriteUp.REWORDED:
        return WrittenAnswer(
            entry, ref, sent, AnswerState.REWORDED, choice.text, tuple(check_text(choice.text, people))
        )
    flags = tuple(check_text(sent, people))
    if choice is not None and choice.choice is WriteUp.LEFT_OUT:
        return WrittenAnswer(entry, ref, sent, AnswerState.LEFT_OUT, "", flags)
    if choice is not None and choice.choice is WriteUp.KEPT:
        return WrittenAnswer(entry, ref, sent, AnswerState.KEPT, sent, flags)
    if flags:
        return WrittenAnswer(entry, ref, sent, AnswerState.HELD, "", flags)
    return WrittenAnswer(entry, ref, sent, AnswerState.AS_SENT, sent, flags)


def written_answers(session: Session, people: frozenset[str]) -> list[WrittenAnswer]:
    """Every answer of every form, in form order, with what the write-up does with it."""
    return [written_answer(entry, ref, sent, people) for entry in session.prep for ref, sent in entry.answers()]


def answer_in_write_up(session: Session, entry: PrepAnswers, ref: AnswerRef, people: frozenset[str]) -> WrittenAnswer:
    """What the write-up does with one answer."""
    return written_answer(entry, ref, entry.text_of(ref), people)
