"""Modal pickers: choose one item from a list, or confirm a question."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.tui.text import literal


class PickDialog(ModalScreen[str | None]):
    """Up/down and Enter pick an item; Escape cancels. Dismisses with the item's id."""

    BINDING_GROUP_TITLE = "Pick one"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="pick.cancel")]

    def __init__(self, title: str, items: Sequence[tuple[str, str]], selected: str | None = None) -> None:
        """`items` are (id, label) pairs; labels are user text, shown literally."""
        super().__init__()
        self.pick_title = title
        self.items = list(items)
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(literal(self.pick_title), id="title")
            yield OptionList(*[Option(literal(label), id=item_id) for item_id, label in self.items])

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        ids = [item_id for item_id, _ in self.items]
        if self.selected in ids:
            options.highlighted = ids.index(self.selected)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """y / Enter confirms, n / Escape declines."""

    BINDING_GROUP_TITLE = "Confirm"
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        text = literal(self.question)
        text.append("\n\n[y] yes   [n] no", style="bold")
        yield Static(text)

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
