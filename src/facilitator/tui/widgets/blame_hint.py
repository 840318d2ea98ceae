"""A line under a text field that marks blaming phrasing as it is typed, with a reframe."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from facilitator.checks.blameless import check_text
from facilitator.tui.text import one_line


def hint_text(value: str) -> Text:
    """Empty when the text is fine; else the flagged phrase and a system-focused question."""
    flags = check_text(value)
    if not flags:
        return Text("")
    first = flags[0]
    hint = Text("⚠ blaming? ", style="bold yellow")
    hint.append(f"“{one_line(first.phrase)}”", style="yellow")
    hint.append(" → ask: ", style="dim")
    hint.append(first.suggestion, style="italic")
    if len(flags) > 1:
        hint.append(f"  (+{len(flags) - 1} more)", style="dim")
    return hint


class BlameHint(Static):
    """Shows `hint_text` for the Input with id `target`; the form updates it on every change."""

    DEFAULT_CSS = "BlameHint { height: auto; }"

    def __init__(self, target: str) -> None:
        super().__init__("", markup=False)
        self.target = target

    def update_for(self, value: str) -> None:
        self.update(hint_text(value))
