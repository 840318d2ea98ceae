"""Pick several items at once from a long list: Space ticks, typing a time jumps, Enter saves.

Used to link timeline events to a finding: one dialog for every link, and `17:3` typed takes the
cursor to the first event at 17:30–17:39, so an event among 45 is a few keys away.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from facilitator.tui.text import literal

JUMP_KEYS = frozenset("0123456789:-")
"""What a typed time is made of (`17:3`, `03-22 17:31`)."""


@dataclass(frozen=True)
class Choice:
    """One item: its id, what the list shows, and the time typing jumps by."""

    id: str
    label: str
    time: str


class PickManyDialog(ModalScreen[frozenset[str] | None]):
    """Dismisses with the ids ticked (None when cancelled)."""

    BINDING_GROUP_TITLE = "Pick several"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="pick_many.cancel"),
        Binding("enter", "save", "Save", priority=True, id="pick_many.save"),
        Binding("backspace", "unjump", "Shorter time", show=False, id="pick_many.unjump"),
    ]

    KEYS = "Space ticks or unticks · type a time (17:3) to jump · Enter saves · Escape cancels"

    def __init__(self, title: str, choices: Sequence[Choice], ticked: Collection[str]) -> None:
        super().__init__()
        self.pick_title = title
        self.choices = list(choices)
        self.ticked = set(ticked)
        self.jump = ""
        """The time typed so far."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.pick_title), id="title")
            yield SelectionList[str](
                *(Selection(literal(c.label), c.id, c.id in self.ticked) for c in self.choices), id="choices"
            )
            yield Static(id="jump")
            yield Static(self.KEYS, id="keys")

    @property
    def options(self) -> SelectionList[str]:
        return self.query_one("#choices", SelectionList)

    def on_mount(self) -> None:
        first = next((i for i, c in enumerate(self.choices) if c.id in self.ticked), 0)
        self.options.highlighted = first if self.choices else None
        self.options.focus()
        self._show_jump()

    def on_key(self, event: events.Key) -> None:
        """A digit or `:` adds to the time typed and jumps to the first item at that time."""
        if event.character and event.character in JUMP_KEYS:
            event.stop()
            event.prevent_default()
            self.jump += event.character
            self._jump_to()

    def action_unjump(self) -> None:
        self.jump = self.jump[:-1]
        self._jump_to()

    def _jump_to(self) -> None:
        found = next((i for i, c in enumerate(self.choices) if _at(c.time, self.jump)), None)
        if found is not None and self.jump:
            self.options.highlighted = found
        self._show_jump(found is not None or not self.jump)

    def _show_jump(self, found: bool = True) -> None:
        text = Text()
        text.append(f"{len(self.options.selected)} ticked", style="bold")
        if self.jump:
            text.append(f" · jump to {self.jump}", style="cyan" if found else "bold red")
            if not found:
                text.append(" (no event at that time; Backspace shortens it)", style="dim")
        self.query_one("#jump", Static).update(text)

    def on_selection_list_selection_toggled(self) -> None:
        self.jump = ""
        self._show_jump()

    def action_save(self) -> None:
        self.dismiss(frozenset(self.options.selected))

    def action_cancel(self) -> None:
        self.dismiss(None)


def _at(time: str, typed: str) -> bool:
    """Whether `time` (`17:31` or `03-22 17:31`) matches what was typed, from its start or its clock part."""
    return time.startswith(typed) or time.rsplit(" ", 1)[-1].startswith(typed)
