"""The anonymous pulse at the end of a review: two questions answered 1 to 5, kept only as counts.

A participant answers on the live page at the debrief; the answer travels through the inbox as
a `PulseAnswer`, which holds the two numbers and nothing else (no sender, no name, no time). The
app counts each answer line of the inbox once, in the order of the file: `Pulse.lines_counted`
says how many it holds, so an answer is counted once even if the app stops between reading the
inbox and saving the session. Nobody's name or answer is stored: the session holds five counters
per question. A review with fewer than `MIN_ANSWERS` answers shows no figures (too few to stay
anonymous).
"""

from __future__ import annotations

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


class PulseAnswer(Model):
    """One participant's answer as the inbox carries it: the two numbers only, nothing of who or when."""

    safe: int
    useful: int

    @field_validator("safe", "useful")
    @classmethod
    def _one_to_five(cls, value: int) -> int:
        return _on_scale(value)


class Pulse(Model):
    safe: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))
    useful: tuple[int, ...] = Field(default=(0, 0, 0, 0, 0))
    lines_counted: int = Field(default=0, ge=0, le=MAX_NUMBER)
    """How many answer lines of the session's inbox file the counts hold (the next one read is counted)."""

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
        """The pulse with the answers of `lines` (every answer line of the inbox, in file order)
        that it does not hold yet; itself if there is none."""
        if len(lines) <= self.lines_counted:
            return self
        pulse = self
        for answer in lines[self.lines_counted :]:
            pulse = pulse.counted(answer.safe, answer.useful)
        return pulse.changed(lines_counted=len(lines))


def _plus(counts: tuple[int, ...], answer: int) -> tuple[int, ...]:
    return tuple(count + (index + 1 == answer) for index, count in enumerate(counts))


def average(counts: tuple[int, ...]) -> float | None:
    """The mean answer, or None with fewer than MIN_ANSWERS answers (too few to stay anonymous)."""
    total = sum(counts)
    if total < MIN_ANSWERS:
        return None
    return sum(answer * count for answer, count in zip(SCALE, counts, strict=True)) / total
