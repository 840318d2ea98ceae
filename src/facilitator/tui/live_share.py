"""The review screen's side of the live page: share it, follow the inbox, show raised hands.

A mixin for ReviewScreen. `S` starts the web server for the open session on a thread of its
own (the web stack is imported then, not before) and shows the links; every change of the
session (the app's `session_changed` signal) and every step of the walk (the timeline pane's
`Walked` message) is pushed to the pages at once. The inbox file beside the session is watched
whether the page is served from here or by `facilitator serve`: a thread of its own looks at
its size and time and posts the inbox only when it changed (`Inbox.watch`); raised hands show in order under the
title bar (`HandsBar`), and `I` opens the inbox to accept, edit or decline.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.events import Mount, Unmount
from textual.message import Message
from textual.screen import Screen

from facilitator.model.contribution import ContributionKind, Decision, Outcome
from facilitator.review import Change, Review
from facilitator.store.inbox import Inbox, InboxRecords, inbox_path
from facilitator.store.links import DEFAULT_PORT
from facilitator.tui.panes.timeline import TimelinePane
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.screens.inbox import InboxScreen
from facilitator.tui.screens.share import ShareScreen
from facilitator.tui.widgets.hands_bar import HandsBar

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer


SENT = {
    ContributionKind.HAND: "raised a hand ✋",
    ContributionKind.NOTE: "sent a note",
    ContributionKind.QUESTION: "sent a question",
    ContributionKind.PARKING: "sent a parking-lot topic",
    ContributionKind.PREP: "sent a pre-prep form",
}


class InboxRead(Message):
    """The watching thread read the inbox file, which changed since it last looked."""

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
    walk: str | None = None
    """The event the timeline's walk is on (None: no walk), as the pages are told."""

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

    @property
    def inbox_records(self) -> InboxRecords:
        """The inbox as last read."""
        return self.query_one(HandsBar).records

    @on(Mount)
    def _start_watching(self) -> None:
        self.app.session_changed.subscribe(self, self._push_change)
        self._inbox_stop = threading.Event()
        if self.inbox is not None:  # a plain daemon thread: it runs for the whole review, never awaited
            threading.Thread(
                target=self.inbox.watch,
                args=(lambda records: self.post_message(InboxRead(records)), self._inbox_stop),
                name="inbox-watch",
                daemon=True,
            ).start()

    @on(Unmount)
    def _stop_serving(self) -> None:
        self._inbox_stop.set()
        if self.live_server is not None:
            self.live_server.stop()
            self.live_server = None

    # -- the inbox --------------------------------------------------------------------

    @on(InboxRead)
    def _inbox_read(self, message: InboxRead) -> None:
        records = message.records
        before = {c.id for c in self.inbox_records.view.pending}
        fresh = [c for c in records.view.pending if c.id not in before]
        for item in fresh[:3]:
            what = SENT.get(item.kind, "sent something")
            self.app.notify(f"{item.name} {what}. I: inbox", title="From the live page", markup=False)
        self.query_one(HandsBar).records = records

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
        self.app.push_screen(InboxScreen(self.query_one(HandsBar), self.decide))

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
        self.live_server.update(walk_event_id=self.walk)
        self._show_links()

    def _show_links(self) -> None:
        if self.live_server is None:
            return

        def closed(stop: bool | None) -> None:
            if stop:
                self.stop_sharing()

        self.app.push_screen(ShareScreen(self.live_server), closed)

    def _push_change(self, change: Change) -> None:
        if self.live_server is not None:
            self.live_server.update(session=self.review.session)

    @on(TimelinePane.Walked)
    def _push_walk(self, message: TimelinePane.Walked) -> None:
        if message.event_id == self.walk:
            return
        self.walk = message.event_id
        if self.live_server is not None:
            self.live_server.update(walk_event_id=self.walk)

    def stop_sharing(self) -> None:
        if self.live_server is not None:
            self.live_server.stop()
            self.live_server = None
            self.app.notify("The live page is stopped; links work again when you share next.", markup=False)
