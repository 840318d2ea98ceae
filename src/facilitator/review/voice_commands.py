"""Commands for the group's voices: the round robin and the debrief."""

from __future__ import annotations

import random
from datetime import datetime

from facilitator.model.debrief import Affirmation
from facilitator.model.enums import TurnOutcome
from facilitator.model.roundrobin import Round
from facilitator.review.core import Change, ReviewCore
from facilitator.review.refused import Refused


class VoiceCommands(ReviewCore):
    # -- round robin -----------------------------------------------------------------

    def _round(self) -> Round:
        current = self.session.round_robin.current
        if current is None:
            raise Refused("no round has started")
        return current

    def _set_round(self, label: str, round_: Round) -> Change:
        return self._apply(label, round_robin=self.session.round_robin.with_current(round_))

    def start_round(
        self,
        now: datetime,
        prompt: str = "",
        order: tuple[str, ...] | None = None,
        include_facilitator: bool = False,
    ) -> Round:
        """Start a round with `prompt` over `order`, by default every participant but the
        facilitator, who runs the round (`include_facilitator` puts them in; so does being alone)."""
        if order is None:
            people = self.session.participants
            speakers = [p for p in people if include_facilitator or not p.facilitator] or list(people)
            order = tuple(p.id for p in speakers)
        if not order:
            raise Refused("add participants before starting a round")
        round_ = Round.begin(order, prompt or self._timebox_prompt(), now)
        rr = self.session.round_robin
        self._apply("start round", round_robin=rr.changed(rounds=(*rr.rounds, round_)))
        return round_

    def _timebox_prompt(self) -> str:
        prompts = self.session.current_timebox.prompts
        return prompts[0] if prompts else ""

    def next_speaker(self, now: datetime) -> Change:
        return self._set_round("next speaker", self._round().advance(now, TurnOutcome.SPOKE))

    def pass_speaker(self, now: datetime) -> Change:
        return self._set_round("pass", self._round().advance(now, TurnOutcome.PASSED))

    def mark_absent(self, now: datetime, proxy: str = "") -> Change:
        """The speaker is absent; a proxy named here takes a turn for their team or zone."""
        return self._set_round("absent", self._round().absent(now, proxy))

    def shuffle_round(self, seed: int | None = None) -> Change:
        seed = random.SystemRandom().randrange(2**32) if seed is None else seed
        return self._set_round("shuffle", self._round().shuffled(seed))

    def round_note(self, text: str) -> Change:
        if not text.strip():
            raise Refused("a note needs some text")
        return self._set_round("round note", self._round().note(text))

    def set_speaker_limit(self, seconds: int | None) -> Change:
        return self._apply("speaker limit", round_robin=self.session.round_robin.changed(speaker_limit_seconds=seconds))

    # -- debrief --------------------------------------------------------------------------

    def add_went_well(self, text: str) -> Change:
        _written(text, "what went well")
        debrief = self.session.debrief
        return self._apply("add went well", debrief=debrief.changed(went_well=(*debrief.went_well, text)))

    def add_lesson(self, text: str) -> Change:
        _written(text, "the lesson")
        debrief = self.session.debrief
        return self._apply("add lesson", debrief=debrief.changed(lessons=(*debrief.lessons, text)))

    def add_affirmation(self, person: str, what: str) -> Change:
        _written(person, "the person you are thanking")
        _written(what, "what they did that helped")
        debrief = self.session.debrief
        entry = Affirmation(person=person, what=what)
        return self._apply("add affirmation", debrief=debrief.changed(affirmations=(*debrief.affirmations, entry)))

    def remove_debrief_entry(self, section: str, index: int) -> Change:
        if section not in {"went_well", "lessons", "affirmations"}:
            raise ValueError(f"no debrief section {section!r}")
        debrief = self.session.debrief
        entries = list(getattr(debrief, section))
        del entries[index]
        return self._apply("remove debrief entry", debrief=debrief.changed(**{section: tuple(entries)}))


def _written(text: str, what: str) -> None:
    """Refuse an entry left empty, naming what to type."""
    if not text.strip():
        raise Refused(f"type {what} first")
