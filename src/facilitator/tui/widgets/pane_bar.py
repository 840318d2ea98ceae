"""The pane bar: every pane's number and name, or at a narrow width the numbers and the current name."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

PaneTitles = Sequence[tuple[str, str]]
"""(pane id, title) of every pane, in the order of their number keys."""


def pane_bar_text(panes: PaneTitles, current: str, width: int) -> Text:
    """` 1 Framing  2 Timeline ...` when it fits in `width`, else ` 1  2 [3 Board] 4 ...`:
    every pane stays visible and reachable by its number, the current one named."""
    full = [f" {number} {title} " for number, (_, title) in enumerate(panes, start=1)]
    fits = sum(len(label) for label in full) <= width
    text = Text(no_wrap=True, overflow="ellipsis")
    for number, ((pane_id, _), label) in enumerate(zip(panes, full, strict=True), start=1):
        is_current = current == pane_id
        shown = label if fits or is_current else f" {number} "
        text.append(shown, style="reverse bold" if is_current else "")
    return text


class PaneBar(Widget):
    """One line; re-drawn when the pane changes or the terminal is resized."""

    current: reactive[str] = reactive("")

    def __init__(self, panes: PaneTitles, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.panes = panes

    def render(self) -> Text:
        return pane_bar_text(self.panes, self.current, self.size.width)
