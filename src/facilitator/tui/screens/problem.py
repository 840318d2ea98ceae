"""Shown when a session file cannot be opened: the problem, the backup, and nothing overwritten."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static


class ProblemScreen(Screen):
    BINDINGS = [Binding("q,escape", "app.quit", "Quit", id="problem.quit")]

    DEFAULT_CSS = "ProblemScreen > Static { padding: 1 2; }"

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        text = Text("This session could not be opened.\n\n", style="bold red")
        text.append(self.message)
        text.append(
            "\n\nThe file was not changed. If a backup is named above, copy it over the session file "
            "to restore the last good save, or fix the file by hand and open it again.",
            style="italic",
        )
        yield Static(text)
        yield Footer()
