"""The pane bar: every pane's number and name, or at a narrow width the numbers and the current name."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.tui.panes import PANES


def pane_bar_text(current: str, width: int) -> Text:
    """` 1 Framing  2 Timeline ...` when it fits in `width`, else ` 1  2 [3 Board] 4 ...`:
    every pane stays visible and reachable by its number, the current one named."""
    full = [f" {number} {pane.TITLE} " for number, pane in enumerate(PANES, start=1)]
    fits = sum(len(label) for label in full) <= width
    text = Text(no_wrap=True, overflow="ellipsis")
    for number, (pane, label) in enumerate(zip(PANES, full, strict=True), start=1):
        is_current = current == pane.PANE_ID
        shown = label if fits or is_current else f" {number} "
        text.append(shown, style="reverse bold" if is_current else "")
    return text


class PaneBar(Widget):
    """One line; re-drawn when the pane changes or the terminal is resized."""

    current: reactive[str] = reactive(PANES[0].PANE_ID)

    def render(self) -> Text:
        return pane_bar_text(self.current, self.size.width)
