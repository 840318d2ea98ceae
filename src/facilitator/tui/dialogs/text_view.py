"""A scrollable full-screen view of one piece of text (an event's full text, an export preview)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from facilitator.tui.text import one_line


class TextViewScreen(ModalScreen[None]):
    BINDING_GROUP_TITLE = "Reading"
    BINDINGS = [Binding("escape,q,enter", "dismiss", "Close", id="textview.close")]

    def __init__(self, title: str, body: Text) -> None:
        super().__init__()
        self.view_title = title
        self.body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Text(
                one_line(self.view_title)
            )  # a path or a timebox title: never markup, no bidi override
            yield Static(self.body, id="body")

    def show(self, body: Text) -> None:
        """Replace the text (a screen that loads its text in a worker calls this)."""
        self.body = body
        self.query_one("#body", Static).update(body)


class ScriptViewScreen(TextViewScreen):
    """The script to read aloud, over the panes on a terminal too narrow to show it beside them;
    `s`, which opened it, closes it."""

    BINDING_GROUP_TITLE = "Script"
    BINDINGS = [Binding("s", "dismiss", "Close", show=False, id="script.close")]
