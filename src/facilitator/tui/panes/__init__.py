"""The panes of the review screen, in the order of their number keys: one table, no pane imported.

Each pane's name, help group and class are listed here; a pane's module is imported the first
time the pane is needed (shown, built for presentation mode, or its keys listed by the help
or the command palette), so the review screen's first frame pays for the pane in front only.
A pane class names its `PANE_ID`; its title and help group come from this table.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.model.enums import TimeboxKind

if TYPE_CHECKING:
    from facilitator.tui.panes.base import Pane


@dataclass(frozen=True)
class PaneEntry:
    """One pane: its id (the widget id and `show_pane`'s argument), its name on the pane bar,
    its group in the help and the palette, and its class as `module:ClassName`."""

    pane_id: str
    title: str
    help_group: str
    class_path: str

    def load(self) -> type[Pane]:
        """The pane's class, its module imported now if it was not yet."""
        module, name = self.class_path.split(":")
        pane: type[Pane] = getattr(importlib.import_module(module), name)
        return pane


PANES = (
    PaneEntry("framing", "Framing", "Framing", "facilitator.tui.panes.framing:FramingPane"),
    PaneEntry("timeline", "Timeline", "Timeline", "facilitator.tui.panes.timeline:TimelinePane"),
    PaneEntry("board", "Board", "Board", "facilitator.tui.panes.board:BoardPane"),
    PaneEntry("actions", "Actions", "Actions", "facilitator.tui.panes.actions:ActionsPane"),
    PaneEntry("roundrobin", "Round robin", "Round robin", "facilitator.tui.panes.roundrobin:RoundRobinPane"),
    PaneEntry("parking", "Parking", "Parking lot", "facilitator.tui.panes.parking:ParkingPane"),
    PaneEntry("debrief", "Debrief", "Debrief", "facilitator.tui.panes.debrief:DebriefPane"),
    PaneEntry("prep", "Pre-prep", "Pre-prep round", "facilitator.tui.panes.prep:PrepPane"),
)
"""Every pane, in the order of its number key (1 to 8)."""

PANE_ENTRIES = {entry.pane_id: entry for entry in PANES}


def pane_class(pane_id: str) -> type[Pane]:
    """The class of pane `pane_id`, imported on first use."""
    return PANE_ENTRIES[pane_id].load()


PANE_FOR_TIMEBOX = {
    TimeboxKind.FRAMING: "framing",
    TimeboxKind.TIMELINE: "timeline",
    TimeboxKind.ANALYSIS: "board",
    TimeboxKind.ACTIONS: "actions",
    TimeboxKind.DEBRIEF: "debrief",
    TimeboxKind.PREP: "prep",
}
"""Which pane comes to the front when the agenda moves to a timebox of this kind."""
