"""Round robin: every voice heard in a fair order, with talk time kept per speaker."""

from __future__ import annotations

import random
from datetime import datetime

from pydantic import Field

from facilitator.model.base import MAX_NUMBER, Model, UtcInstant
from facilitator.model.enums import TurnOutcome

DEFAULT_PROMPT = "What surprised you?"


class Turn(Model):
    participant_id: str
    outcome: TurnOutcome = TurnOutcome.SPOKE
    seconds: float = Field(default=0.0, ge=0, le=MAX_NUMBER)
    proxy: str = ""
    """Who spoke for an absent participant's team or time zone."""

    @property
    def voiced(self) -> bool:
        """A turn a proxy took for an absent participant's team or zone (not that person's own)."""
        return bool(self.proxy) and self.outcome is not TurnOutcome.ABSENT


class RoundNote(Model):
    participant_id: str
    text: str = Field(min_length=1)


class Round(Model):
    prompt: str = DEFAULT_PROMPT
    order: tuple[str, ...] = Field(min_length=1)
    position: int = Field(default=0, ge=0, le=MAX_NUMBER)
    turn_started: UtcInstant | None = None
    turns: tuple[Turn, ...] = ()
    notes: tuple[RoundNote, ...] = ()

    @classmethod
    def begin(cls, order: tuple[str, ...], prompt: str, now: datetime) -> Round:
        return cls(order=order, prompt=prompt or DEFAULT_PROMPT, turn_started=now)

    @property
    def done(self) -> bool:
        return self.position >= len(self.order)

    @property
    def speaker(self) -> str | None:
        return None if self.done else self.order[self.position]

    @property
    def up_next(self) -> str | None:
        return self.order[self.position + 1] if self.position + 1 < len(self.order) else None

    @property
    def waiting(self) -> tuple[str, ...]:
        """Who has not had a turn yet in this round (the speaker excluded)."""
        return self.order[self.position + 1 :]

    def speaker_seconds(self, now: datetime) -> float:
        if self.done or self.turn_started is None:
            return 0.0
        return max(0.0, (now - self.turn_started).total_seconds())

    @property
    def voiced_by(self) -> str:
        """The proxy now speaking for the absent speaker's team or zone, or ""."""
        if self.done or not self.turns:
            return ""
        last = self.turns[-1]
        if last.participant_id == self.speaker and last.outcome is TurnOutcome.ABSENT and last.proxy:
            return last.proxy
        return ""

    def advance(self, now: datetime, outcome: TurnOutcome = TurnOutcome.SPOKE) -> Round:
        """End the current turn with `outcome` and hand the floor to the next person.

        A turn a proxy took for an absent speaker ends as theirs (`proxy` set)."""
        if self.done:
            return self
        turn = Turn(
            participant_id=self.order[self.position],
            outcome=outcome,
            seconds=self.speaker_seconds(now),
            proxy=self.voiced_by,
        )
        return self.changed(turns=(*self.turns, turn), position=self.position + 1, turn_started=now)

    def absent(self, now: datetime, proxy: str = "") -> Round:
        """The speaker is not here. With a proxy, the floor stays on their team or zone for the
        proxy (a turn of its own, apart from the proxy's own turn); without one, it moves on."""
        if self.done or self.voiced_by:
            return self
        turn = Turn(
            participant_id=self.order[self.position],
            outcome=TurnOutcome.ABSENT,
            seconds=self.speaker_seconds(now),
            proxy=proxy.strip(),
        )
        position = self.position if turn.proxy else self.position + 1
        return self.changed(turns=(*self.turns, turn), position=position, turn_started=now)

    def note(self, text: str) -> Round:
        """Record what the current speaker said."""
        speaker = self.speaker or (self.order[-1] if self.order else "")
        return self.changed(notes=(*self.notes, RoundNote(participant_id=speaker, text=text)))

    def shuffled(self, seed: int) -> Round:
        """Shuffle who is still waiting; the current speaker keeps the floor."""
        waiting = list(self.waiting)
        random.Random(seed).shuffle(waiting)
        return self.changed(order=(*self.order[: self.position + 1], *waiting))


class RoundRobin(Model):
    speaker_limit_seconds: int | None = Field(default=None, gt=0, le=MAX_NUMBER)
    rounds: tuple[Round, ...] = ()

    @property
    def current(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    def with_current(self, round_: Round) -> RoundRobin:
        return self.changed(rounds=(*self.rounds[:-1], round_))

    def talk_seconds(self, now: datetime | None = None) -> dict[str, float]:
        """Seconds each participant spoke in their own turns, over every round; with `now`,
        the turn running counts up to it."""
        return self._seconds(voiced=False, now=now)

    def voiced_seconds(self, now: datetime | None = None) -> dict[str, float]:
        """Seconds proxies spoke for each absent participant's team or zone."""
        return self._seconds(voiced=True, now=now)

    def _seconds(self, voiced: bool, now: datetime | None) -> dict[str, float]:
        totals: dict[str, float] = {}
        for round_ in self.rounds:
            for turn in round_.turns:
                if turn.outcome is TurnOutcome.SPOKE and turn.voiced is voiced:
                    totals[turn.participant_id] = totals.get(turn.participant_id, 0.0) + turn.seconds
        current = self.current
        if now is not None and current is not None and current.speaker and bool(current.voiced_by) is voiced:
            totals[current.speaker] = totals.get(current.speaker, 0.0) + current.speaker_seconds(now)
        return totals

    def proxies(self) -> dict[str, str]:
        """Absent participant id → the proxy who last spoke (or is speaking) for them."""
        return {t.participant_id: t.proxy for r in self.rounds for t in r.turns if t.proxy}

    def in_rounds(self) -> set[str]:
        """Everyone given a turn in some round (the facilitator runs the round unless they joined it)."""
        return {pid for r in self.rounds for pid in r.order}

    def spoke(self) -> set[str]:
        return {
            t.participant_id for r in self.rounds for t in r.turns if t.outcome is TurnOutcome.SPOKE and not t.voiced
        }

    def passed(self) -> set[str]:
        return {t.participant_id for r in self.rounds for t in r.turns if t.outcome is TurnOutcome.PASSED}
