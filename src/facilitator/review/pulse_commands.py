"""Counting the anonymous pulse: the app, the session's one writer, takes in the answers the live
page appended to the inbox, by itself. Nothing waits for the facilitator, nothing names a sender.

Counting is not a command the facilitator gives: it is not undone (undo and redo keep the pulse
as it is now, as they keep the clock, see review/core.py), and it goes on after the review is
closed, for answers sent before the close that the app reads after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.model.pulse import PulseAnswer
from facilitator.review.core import ReviewCore


class PulseCommands(ReviewCore):
    def count_pulse(self, lines: Sequence[PulseAnswer]) -> int:
        """Count the answers of `lines` (the inbox's pulse answers) the session does not hold yet. Returns how many were counted now (0 for a read-only session: the app
        that holds the session counts them)."""
        pulse = self.session.pulse
        counted = pulse.counting(lines)
        if counted is pulse or self.read_only:
            return 0
        self._apply("count pulse answers", undoable=False, pulse=counted)
        return counted.answers - pulse.answers
