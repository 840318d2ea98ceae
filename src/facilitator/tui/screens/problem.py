"""Shown when a session file cannot be opened: the problem, the backup, and nothing overwritten."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import display_safe
from facilitator.tui.widgets.footer import KeysFooter


class ProblemScreen(Screen[None]):
    app = getters.app(ReviewApp)

    BINDING_GROUP_TITLE = "Broken session file"
    BINDINGS = [
        Binding("r", "restore", "Restore the backup", id="problem.restore"),
        Binding("q,escape", "app.quit", "Quit", id="problem.quit"),
    ]

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__()
        self.message = message
        self.path = path
        self.backup = backup

    def compose(self) -> ComposeResult:
        text = Text("This session could not be opened.\n\n", style="bold red")
        text.append(display_safe(self.message))
        text.append("\n\nThe file was not changed. ", style="italic")
        if self.backup is not None:
            text.append(
                "r restores the backup (the last good save) and opens it; the broken file is kept beside it. ",
                style="bold",
            )
        text.append("Or fix the file by hand and open it again.", style="italic")
        yield Static(text)
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.backup is not None if action == "restore" else True

    def action_restore(self) -> None:
        from facilitator.store.restore import restore_backup
        from facilitator.store.session_file import SessionFileError

        if self.path is None or self.backup is None:
            return
        try:
            kept = restore_backup(self.path, self.app.now())
        except (SessionFileError, OSError) as error:
            self.app.notify(str(error), title="Not restored", severity="error", markup=False)
            return
        self.app.notify(f"Restored the backup; the broken file is kept as {kept.name}.", markup=False)
        self.app.pop_screen()
        self.app.open_session_file(self.path)
