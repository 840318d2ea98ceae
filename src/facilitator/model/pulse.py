"""The anonymous pulse at the end of a review: two questions answered 1 to 5, kept only as counts.

Nobody's name or answer is stored: the session holds five counters per question. A review with
fewer than `MIN_ANSWERS` answers shows no figures (too few to stay anonymous).
"""

from __future__ import annotations

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


class Pulse(Model):
    safe: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))
    useful: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))

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
        if safe not in SCALE or useful not in SCALE:
            raise ValueError("pulse answers are whole numbers from 1 to 5")
        return self.changed(safe=_plus(self.safe, safe), useful=_plus(self.useful, useful))


def _plus(counts: tuple[int, ...], answer: int) -> tuple[int, ...]:
    return tuple(count + (index + 1 == answer) for index, count in enumerate(counts))


def average(counts: tuple[int, ...]) -> float | None:
    """The mean answer, or None with fewer than MIN_ANSWERS answers (too few to stay anonymous)."""
    total = sum(counts)
    if total < MIN_ANSWERS:
        return None
    return sum(answer * count for answer, count in zip(SCALE, counts, strict=True)) / total
