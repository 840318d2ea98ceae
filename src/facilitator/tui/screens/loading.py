"""The first frame: which session is opening, shown while a worker reads it."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static


class LoadingScreen(Screen[None]):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        text = Text("Opening ", style="bold")
        text.append(str(self.path.name))
        text.append(" …", style="bold")
        yield Static(text)
