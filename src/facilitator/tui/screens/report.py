"""Across reviews: open and overdue actions by owner, follow-through, recurring risks, trends.

The same report as `facilitator report`, read in a worker thread and shown as literal text.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from facilitator.export.report import build_report, report_markdown
from facilitator.store.folder import load_folder
from facilitator.tui.text import literal


class ReportScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ReportScreen { align: center middle; }
    ReportScreen > VerticalScroll { width: 95%; height: 95%; border: thick $accent; background: $surface;
        padding: 0 1; }
    """
    BINDINGS = [Binding("escape,q", "dismiss", "Close", id="report.close")]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = f"Report across the reviews in {self.folder}"
            yield Static(Text("Reading sessions…", style="italic"), id="report")

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exit_on_error=False)
    def load(self) -> None:
        sessions, warnings = load_folder(self.folder)
        markdown = report_markdown(build_report(sessions, self.app.now().date(), warnings))
        self.app.call_from_thread(self.query_one("#report", Static).update, literal(markdown))
