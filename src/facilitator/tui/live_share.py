"""The review screen's side of the live page: share it, follow the inbox, show raised hands.

A mixin for ReviewScreen. `S` starts the web server for the open session on a thread of its
own (the web stack is imported then, not before) and shows the links; every change notice and
every step of the walk is pushed to the pages at once. The inbox file beside the session is
watched whether the page is served from here or by `facilitator serve`: raised hands show in
order under the title bar, and `I` opens the inbox to accept, edit or decline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import getters, on, work
from textual.events import Mount, Unmount
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from facilitator.model.contribution import ContributionKind, Decision, Outcome
from facilitator.review import Review
from facilitator.store.inbox import Inbox, InboxRecords, inbox_path
from facilitator.store.links import DEFAULT_PORT
from facilitator.tui.messages import SessionChanged
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import one_line

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer

INBOX_POLL = 0.3
WALK_POLL = 0.1


SENT = {
    ContributionKind.HAND: "raised a hand ✋",
    ContributionKind.NOTE: "sent a note",
    ContributionKind.QUESTION: "sent a question",
    ContributionKind.PARKING: "sent a parking-lot topic",
    ContributionKind.PREP: "sent a pre-prep form",
}


def hands_text(records: InboxRecords) -> Text:
    hands = records.view.hands
    text = Text(no_wrap=True, overflow="ellipsis")
    if hands:
        text.append(f"✋ {len(hands)} ", style="bold")
        text.append(", ".join(one_line(h.name) for h in hands))
        text.append("  (I: inbox)", style="dim")
    return text


class InboxRead(Message):
    def __init__(self, records: InboxRecords) -> None:
        super().__init__()
        self.records = records


class ShareReport(Message):
    """The server started (`server`), or something failed (`problem`)."""

    def __init__(self, server: LiveServer | None = None, problem: str = "", title: str = "") -> None:
        super().__init__()
        self.server = server
        self.problem = problem
        self.title = title


class LiveShareMixin(Screen[None]):
    """State and actions for sharing the review with participants' browsers (the keys, S and I,
    are the review screen's, listed in its help group)."""

    app = getters.app(ReviewApp)

    live_server: LiveServer | None = None
    inbox_records: InboxRecords = InboxRecords((), (), ())
    _inbox_stamp: tuple[int, int] | None = None
    _walk_sent: str | None = None

    @property
    def review(self) -> Review:
        return self.app.active_review

    @property
    def review_path(self) -> Path | None:
        return self.review.file.path if self.review.file is not None else None

    @property
    def inbox(self) -> Inbox | None:
        path = self.review_path
        return Inbox(inbox_path(path)) if path is not None else None

    @on(Mount)
    def _start_watching(self) -> None:
        self.mount(Static(id="hands"), after="#topbar")
        self.query_one("#hands").display = False
        if self.inbox is not None:
            self.set_interval(INBOX_POLL, self._check_inbox)
            self._check_inbox()

    @on(Unmount)
    def _stop_serving(self) -> None:
        if self.live_server is not None:
            self.live_server.stop()
            self.live_server = None

    # -- the inbox --------------------------------------------------------------------

    def _check_inbox(self) -> None:
        inbox = self.inbox
        stamp = inbox.stamp() if inbox is not None else None
        if stamp != self._inbox_stamp:
            self._inbox_stamp = stamp
            self._read_inbox()

    @work(thread=True, exit_on_error=False, group="inbox", exclusive=True)
    def _read_inbox(self) -> None:
        if self.inbox is not None:
            self.post_message(InboxRead(self.inbox.read()))

    @on(InboxRead)
    def _inbox_read(self, message: InboxRead) -> None:
        records = message.records
        before = {c.id for c in self.inbox_records.view.pending}
        self.inbox_records = records
        fresh = [c for c in records.view.pending if c.id not in before]
        for item in fresh[:3]:
            what = SENT.get(item.kind, "sent something")
            self.app.notify(f"{item.name} {what}. I: inbox", title="From the live page", markup=False)
        hands = self.query_one("#hands", Static)
        hands.update(hands_text(records))
        hands.display = bool(records.view.hands)
        from facilitator.tui.screens.inbox import InboxScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, InboxScreen):
                screen.show(records)

    def decide(self, contribution_id: str, outcome: Outcome, text: str = "") -> None:
        """Record the facilitator's decision in the inbox (in a worker: it fsyncs)."""
        self._write_decision(Decision(contribution_id=contribution_id, at=self.app.now(), outcome=outcome, text=text))

    @work(thread=True, exit_on_error=False, group="inbox-write")
    def _write_decision(self, decision: Decision) -> None:
        if self.inbox is None:
            return
        try:
            self.inbox.decide(decision)
        except OSError as error:
            self.post_message(ShareReport(problem=f"Inbox not updated: {error}", title="Inbox"))

    def action_inbox(self) -> None:
        from facilitator.tui.screens.inbox import InboxScreen

        self.app.push_screen(InboxScreen(self))

    # -- serving ------------------------------------------------------------------------

    def action_share(self) -> None:
        if self.review_path is None:
            self.app.notify("Save the session to a file first.", markup=False)
        elif self.live_server is None:
            self._start_server(self.review_path)
        else:
            self._show_links()

    @work(thread=True, exit_on_error=False, group="share", exclusive=True)
    def _start_server(self, path: Path) -> None:
        from facilitator.web.live_server import LiveServer  # the web stack loads here, off the event loop

        try:
            try:  # the same port as `facilitator serve`, so links sent earlier keep working
                server = LiveServer(path, self.review.session, self.app.now, "127.0.0.1", DEFAULT_PORT)
            except OSError:
                server = LiveServer(path, self.review.session, self.app.now, "127.0.0.1", 0)
        except (OSError, ValueError) as error:
            self.post_message(ShareReport(problem=str(error), title="Live page not started"))
            return
        server.start()
        self.post_message(ShareReport(server))

    @on(ShareReport)
    def _share_report(self, message: ShareReport) -> None:
        if message.server is None:
            self.app.notify(message.problem, title=message.title, severity="error", markup=False)
            return
        self.live_server = message.server
        self.set_interval(WALK_POLL, self._push_walk)
        self._push_walk()
        self._show_links()

    def _show_links(self) -> None:
        from facilitator.tui.screens.share import ShareScreen

        if self.live_server is not None:
            self.app.push_screen(ShareScreen(self.live_server))

    @on(SessionChanged)
    def _push_change(self) -> None:
        if self.live_server is not None:
            self.live_server.update(session=self.review.session)

    def walk_event_id(self) -> str | None:
        """The event the timeline walk is on, if walk mode is on."""
        from facilitator.tui.panes.timeline import TimelinePane

        for pane in self.query(TimelinePane):
            if pane.walking:
                event = pane.view.current
                return event.id if event is not None else None
        return None

    def _push_walk(self) -> None:
        walk = self.walk_event_id()
        if walk != self._walk_sent and self.live_server is not None:
            self._walk_sent = walk
            self.live_server.update(walk_event_id=walk)

    def stop_sharing(self) -> None:
        if self.live_server is not None:
            self.live_server.stop()
            self.live_server = None
            self._walk_sent = None
            self.app.notify("The live page is stopped; links work again when you share next.", markup=False)
