"""The anonymous pulse at the end of a review: two questions answered 1 to 5, kept only as counts.

A participant answers on the live page at the debrief; the answer travels through the inbox as
a `PulseAnswer`, which holds the two numbers and a random id, and nothing else (no sender, no
name, no time). The app counts each answer once, by its id: `Pulse.answer_ids` holds the ids it has
counted (sorted, so they keep no order), so an answer is counted once even if the app stops
between reading the inbox and saving the session, and a session copied without its inbox, or an
inbox that starts again, loses no answer. Nobody's name or answer is stored: the session holds five counters
per question. A review with fewer than `MIN_ANSWERS` answers shows no figures (too few to stay
anonymous).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from pydantic import Field, field_validator

from facilitator.model.base import MAX_NUMBER, Model

MIN_ANSWERS = 3
QUESTIONS = {
    "safe": "Did you feel safe to say what you thought?",
    "useful": "Was this review useful?",
}
SCALE = (1, 2, 3, 4, 5)


def _counts(value: tuple[int, ...]) -> tuple[int, ...]:
    if len(value) != len(SCALE) or any(count < 0 or count > MAX_NUMBER for count in value):
        raise ValueError("a pulse question keeps five counts, one per answer 1 to 5")
    return value


def _on_scale(value: int) -> int:
    if value not in SCALE:
        raise ValueError("pulse answers are whole numbers from 1 to 5")
    return value


def answer_id() -> str:
    """A new answer's id: random, so it says nothing of who answered or when."""
    return secrets.token_hex(8)


class PulseAnswer(Model):
    """One participant's answer as the inbox carries it: the two numbers and a random id (see
    `answer_id`), nothing of who or when."""

    id: str = Field(min_length=1, max_length=32)
    safe: int
    useful: int

    @field_validator("safe", "useful")
    @classmethod
    def _one_to_five(cls, value: int) -> int:
        return _on_scale(value)


class Pulse(Model):
    safe: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))
    useful: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))
    answer_ids: tuple[str, ...] = ()
    """The ids of the answers the counts hold, sorted."""

    @field_validator("safe", "useful")
    @classmethod
    def _five_counts(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        return _counts(value)

    @property
    def answers(self) -> int:
        """How many people answered (each answer counts both questions)."""
        return max(sum(self.safe), sum(self.useful))

    def counted(self, safe: int, useful: int) -> Pulse:
        """The pulse with one more answer of `safe` and `useful` (each 1 to 5)."""
        _on_scale(safe), _on_scale(useful)
        return self.changed(safe=_plus(self.safe, safe), useful=_plus(self.useful, useful))

    def counting(self, lines: Sequence[PulseAnswer]) -> Pulse:
        """The pulse with the answers of `lines` (the inbox's pulse answers) that it does not
        hold yet; itself if there is none."""
        held = set(self.answer_ids)
        pulse = self
        for answer in lines:
            if answer.id not in held:
                held.add(answer.id)
                pulse = pulse.counted(answer.safe, answer.useful)
        return self if pulse is self else pulse.changed(answer_ids=tuple(sorted(held)))


def _plus(counts: tuple[int, ...], answer: int) -> tuple[int, ...]:
    return tuple(count + (index + 1 == answer) for index, count in enumerate(counts))


def average(counts: tuple[int, ...]) -> float | None:
    """The mean answer, or None with fewer than MIN_ANSWERS answers (too few to stay anonymous)."""
    total = sum(counts)
    if total < MIN_ANSWERS:
        return None
    return sum(answer * count for answer, count in zip(SCALE, counts, strict=True)) / total
