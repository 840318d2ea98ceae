"""Commands on the agenda clock. Not undoable: time that passed cannot be taken back."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator.model.clock import AgendaClock
from facilitator.model.enums import SessionStatus
from facilitator.review.core import Change, ReviewCore
from facilitator.review.refused import refusing


class ClockCommands(ReviewCore):
    def _clock(self, label: str, clock: AgendaClock) -> Change:
        values: dict[str, object] = {"clock": clock}
        if clock.running and self.session.status is SessionStatus.PREP:
            values["status"] = SessionStatus.LIVE
        return self._apply(label, undoable=False, **values)

    def toggle_clock(self, now: datetime) -> Change:
        clock = self.session.clock
        return self._clock("pause clock" if clock.running else "start clock", clock.toggle(now))

    def extend_timebox(self, minutes: int = 5) -> Change:
        return self._clock(f"extend by {minutes} min", self.session.clock.extend(minutes))

    def take_from_later(self, minutes: int = 5) -> Change:
        """Shorten the later timeboxes by `minutes`, to pay for an extension of this one."""
        with refusing(ValueError):
            shortened = self.session.clock.shorten_later(minutes)
        return self._clock(f"take {minutes} min from later timeboxes", shortened)

    def next_timebox(self, now: datetime) -> Change:
        return self._clock("next timebox", self.session.clock.next(now))

    def previous_timebox(self, now: datetime) -> Change:
        return self._clock("previous timebox", self.session.clock.previous(now))

    def jump_timebox(self, index: int, now: datetime) -> Change:
        return self._clock(f"go to timebox {index + 1}", self.session.clock.jump(index, now))

    def recover_clock(self, last_alive: datetime | None, now: datetime) -> timedelta:
        """On reopening: time the app was closed counts as paused. Returns how long that was."""
        clock = self.session.clock
        if not clock.running or last_alive is None or self.read_only:
            return timedelta(0)
        recovered, closed = clock.recover(last_alive, now)
        self._clock("resume clock", recovered)
        return closed
