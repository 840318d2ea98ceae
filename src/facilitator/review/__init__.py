"""The review layer: the one place the TUI and the CLI change a session.

A command per facilitator intent, each recorded for undo/redo and marking the session for
saving. The TUI subscribes to change notices and redraws what a change touched.
"""

from __future__ import annotations

from facilitator.review.clock_commands import ClockCommands
from facilitator.review.core import Change
from facilitator.review.import_commands import ImportCommands
from facilitator.review.inbox_commands import InboxCommands
from facilitator.review.outcome_commands import OutcomeCommands
from facilitator.review.prep_commands import PrepCommands
from facilitator.review.pulse_commands import PulseCommands
from facilitator.review.refused import Refused
from facilitator.review.session_commands import SessionCommands
from facilitator.review.timeline_commands import TimelineCommands
from facilitator.review.voice_commands import VoiceCommands
from facilitator.review.write_up_commands import WriteUpCommands


class Review(
    SessionCommands,
    ImportCommands,
    TimelineCommands,
    ClockCommands,
    OutcomeCommands,
    VoiceCommands,
    InboxCommands,
    WriteUpCommands,
    PrepCommands,
    PulseCommands,
):
    """A session being reviewed, with every command the facilitator can give."""


__all__ = ["Change", "Refused", "Review"]
