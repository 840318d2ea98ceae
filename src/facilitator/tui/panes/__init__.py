"""The panes of the review screen, in the order of their number keys."""

from __future__ import annotations

from facilitator.model import TimeboxKind
from facilitator.tui.panes.framing import FramingPane
from facilitator.tui.panes.timeline import TimelinePane

PANES = (FramingPane, TimelinePane)

PANE_FOR_TIMEBOX = {
    TimeboxKind.FRAMING: FramingPane.PANE_ID,
    TimeboxKind.TIMELINE: TimelinePane.PANE_ID,
}
"""Which pane comes to the front when the agenda moves to a timebox of this kind."""
