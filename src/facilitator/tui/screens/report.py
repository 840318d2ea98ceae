"""Across reviews: open and overdue actions by owner, follow-through, recurring risks, trends.

The same report as `facilitator report`, from the session catalogue, read in a worker thread
and shown as literal text.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.message import Message

from facilitator.checks.report import build_report
from facilitator.export.md_report import report_markdown
from facilitator.store.catalogue import readable, refresh_catalogue
from facilitator.tui.dialogs.text_view import TextViewScreen
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import literal


class ReportScreen(TextViewScreen):
    app = getters.app(ReviewApp)

    class Ready(Message):
        """The worker built the report."""

        def __init__(self, report: Text) -> None:
            super().__init__()
            self.report = report

    def __init__(self, folder: Path) -> None:
        super().__init__(f"Report across the reviews in {folder}", Text("Reading sessions…", style="italic"))
        self.folder = folder

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exit_on_error=False)
    def load(self) -> None:
        try:
            summaries, warnings = readable(refresh_catalogue(self.folder))
            markdown = report_markdown(build_report(summaries, self.app.now().date(), warnings))
        except Exception as error:  # whatever it is, say it in one line instead of reading for ever
            self.post_message(self.Ready(literal(f"The report could not be made: {error}")))
            return
        self.post_message(self.Ready(literal(markdown)))

    def on_report_screen_ready(self, message: Ready) -> None:
        self.show(message.report)
