"""Blaming phrasing on screen: a hint under a field as it is typed, and marks on saved text.

The check knows the open session's participants (`KNOWN.people`, tui/known_people.py), so "mei
forgot" is marked like "Mei forgot".
"""

from __future__ import annotations

from rich.console import OverflowMethod
from rich.text import Text
from textual.widgets import Static

from facilitator.checks.blameless import check_text
from facilitator.tui.known_people import KNOWN
from facilitator.tui.text import display_safe, one_line

MARK_STYLE = "underline yellow"
"""How a flagged phrase looks wherever saved text is shown (rows, details, board, actions)."""


def hint_text(value: str) -> Text:
    """Empty when the text is fine; else the flagged phrase and a system-focused question."""
    flags = check_text(value, KNOWN.people)
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


def marked_line(text: str, style: str = "", limit: int | None = None, *, cell: bool = False) -> Text:
    """`text` on one line (at most `limit` characters), literal, its blaming phrases underlined;
    a `cell` does not wrap and ends in an ellipsis when cut."""
    return _marked(one_line(text)[:limit], style, no_wrap=cell, overflow="ellipsis" if cell else None)


def marked(text: str, style: str = "") -> Text:
    """Like `literal`: `text` as typed (line breaks kept), its blaming phrases underlined."""
    return _marked(one_line(text) if "\n" not in text else display_safe(text), style, no_wrap=False, overflow=None)


def _marked(shown: str, style: str, no_wrap: bool, overflow: OverflowMethod | None) -> Text:
    text = Text(shown, style=style, no_wrap=no_wrap, overflow=overflow)
    for flag in check_text(shown, KNOWN.people):
        text.stylize(MARK_STYLE, flag.start, flag.end)
    return text


class BlameHint(Static):
    """Shows `hint_text` for the Input with id `target`; the form updates it on every change."""

    def __init__(self, target: str) -> None:
        super().__init__("", markup=False)
        self.target = target

    def update_for(self, value: str) -> None:
        self.update(hint_text(value))
