"""The panes of the review screen, in the order of their number keys."""

from __future__ import annotations

from facilitator.model.enums import TimeboxKind
from facilitator.tui.panes.actions import ActionsPane
from facilitator.tui.panes.board import BoardPane
from facilitator.tui.panes.debrief import DebriefPane
from facilitator.tui.panes.framing import FramingPane
from facilitator.tui.panes.parking import ParkingPane
from facilitator.tui.panes.prep import PrepPane
from facilitator.tui.panes.roundrobin import RoundRobinPane
from facilitator.tui.panes.timeline import TimelinePane

PANES = (FramingPane, TimelinePane, BoardPane, ActionsPane, RoundRobinPane, ParkingPane, DebriefPane, PrepPane)

PANE_CLASSES = {pane.PANE_ID: pane for pane in PANES}

PANE_FOR_TIMEBOX = {
    TimeboxKind.FRAMING: FramingPane.PANE_ID,
    TimeboxKind.TIMELINE: TimelinePane.PANE_ID,
    TimeboxKind.ANALYSIS: BoardPane.PANE_ID,
    TimeboxKind.ACTIONS: ActionsPane.PANE_ID,
    TimeboxKind.DEBRIEF: DebriefPane.PANE_ID,
    TimeboxKind.PREP: PrepPane.PANE_ID,
}
"""Which pane comes to the front when the agenda moves to a timebox of this kind."""
