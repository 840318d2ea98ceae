"""The line under the title bar: the raised hands from the live page in order, and what else waits."""

from __future__ import annotations

from rich.text import Text
from textual import getters
from textual.widgets import Static

from facilitator.model.contribution import InboxView
from facilitator.review import Change
from facilitator.review.inbox_commands import WAITING_CHANGES
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import one_line


def hands_text(view: InboxView) -> Text:
    """How many things other than hands wait (notes, questions, topics, answers, votes, proposals,
    forms), then the raised hands in order."""
    hands, others = view.hands, view.others
    text = Text(no_wrap=True, overflow="ellipsis")
    if others:
        text.append(f"✉ {len(others)} waiting", style="bold yellow")
        text.append("  ")
    if hands:
        text.append(f"✋ {len(hands)} ", style="bold")
        text.append(", ".join(one_line(h.name) for h in hands))
        text.append("  ")
    if hands or others:
        text.append("(I: inbox)", style="dim")
    return text


class HandsBar(Static):
    """Shows the review's `waiting` (what the inbox holds undecided), and only while something waits;
    it redraws when a new reading of the inbox arrives, or an accept or its undo changes what waits."""

    app = getters.app(ReviewApp)

    def on_mount(self) -> None:
        self.app.session_changed.subscribe(self, self._changed)
        self.show_waiting()

    def _changed(self, change: Change) -> None:
        if change.fields & WAITING_CHANGES:
            self.show_waiting()

    def show_waiting(self) -> None:
        view = self.app.active_review.waiting
        self.update(hands_text(view))
        self.display = bool(view.pending)
