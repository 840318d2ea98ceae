"""The review screen's side of the live page: share it, follow the inbox, show what waits.

A mixin for ReviewScreen. `S` starts the web server for the open session on a thread of its
own (the web stack is imported then, not before), where the live-page settings say (`O` changes
them; a taken port is asked about, never swapped silently), and shows the links, masked; every
change of the session (the app's `session_changed` signal) and every step of the walk (the
timeline pane's `Walked` message) is pushed to the pages at once. The inbox file beside the
session is watched whether the page is served from here or by `facilitator serve`: a thread of
its own looks at its size and time and, only when they changed (or what the session took in
did), reads what was appended and posts what waits (`Inbox.watch`: the file may hold 100,000
lines of history);
each reading goes to the review (`show_waiting`), whose change notice redraws the line under the
title bar (`HandsBar`: the raised hands in order and how many other things wait) and the inbox
dialog; `I` opens the inbox to accept, edit or decline. The anonymous pulse's answers in a reading
are counted into the session at once (`count_pulse`), with no notice: they never wait, and nothing
on screen says who answered or what.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.events import Mount, Unmount
from textual.message import Message
from textual.screen import Screen

from facilitator.model.contribution import ContributionKind, Decision, InboxView, Outcome
from facilitator.review import Change, Review
from facilitator.review.inbox_commands import ARRIVALS
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.live_settings import LiveSettings
from facilitator.tui.messages import Walked
from facilitator.tui.review_app import ReviewApp

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer, PortTaken


SENT = {
    ContributionKind.HAND: "raised a hand ✋",
    ContributionKind.NOTE: "sent a note",
    ContributionKind.QUESTION: "sent a question",
    ContributionKind.PARKING: "sent a parking-lot topic",
    ContributionKind.PREP: "sent a pre-prep form",
    ContributionKind.ANSWER: "answered a decision point",
    ContributionKind.VOTE: "voted on an action",
    ContributionKind.PROPOSAL: "proposed an action",
}


class InboxRead(Message):
    """The watching thread read the inbox file, which changed since it last looked: what waits."""

    def __init__(self, view: InboxView) -> None:
        super().__init__()
        self.view = view


class ShareReport(Message):
    """The server started (`server`), its port was taken (`taken`, with a free one to offer),
    or something failed (`problem`)."""

    def __init__(
        self,
        server: LiveServer | None = None,
        problem: str = "",
        title: str = "",
        taken: PortTaken | None = None,
        free_port: int = 0,
    ) -> None:
        super().__init__()
        self.server = server
        self.problem = problem
        self.title = title
        self.taken = taken
        self.free_port = free_port


def free_port_near(settings: LiveSettings) -> int:
    """A free port just above the settings' one (the next few are tried), else any free port."""
    import socket

    for port in [*range(settings.port + 1, min(settings.port + 20, 65536)), 0]:
        with socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET) as probe:
            try:
                probe.bind((settings.host, port))
            except OSError:
                continue
            return int(probe.getsockname()[1])
    return 0


class LiveShareMixin(Screen[None]):
    """State and actions for sharing the review with participants' browsers (the keys, S and I,
    are the review screen's, listed in its help group)."""

    app = getters.app(ReviewApp)

    live_server: LiveServer | None = None
    walk: str | None = None
    """The event the timeline's walk is on (None: no walk), as the pages are told."""
    presenting = False
    """Presentation mode is up over this screen (the review screen says so): no link is drawn."""

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
        self.app.session_changed.subscribe(self, self._push_change)
        self._inbox_stop = threading.Event()
        review = self.review  # the thread asks this review, never the app (which may have closed it)
        if self.inbox is not None:  # a plain daemon thread: it runs for the whole review, never awaited
            threading.Thread(
                target=self.inbox.watch,
                args=(lambda view: self.post_message(InboxRead(view)), self._inbox_stop),
                kwargs={"accepted": lambda: review.session.inbox_accepted, "failed": self._inbox_failed},
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
        self.review.count_pulse(message.view.pulse)
        for item in self.review.show_waiting(message.view)[:3]:
            what = SENT.get(item.kind, "sent something")
            self.app.notify(f"{item.name} {what}. I: inbox", title="From the live page", markup=False)

    def _inbox_failed(self, error: OSError) -> None:
        """From the watching thread: the inbox file cannot be read (a link, a pipe); said once."""
        self.post_message(ShareReport(problem=f"Inbox not read: {error}", title="Inbox"))

    def decide(self, contribution_id: str, outcome: Outcome, text: str = "") -> None:
        """Record the facilitator's decision in the inbox (in a worker: it fsyncs). An accept the
        session took in (its id is in `inbox_accepted`) is marked so (see model/contribution.py);
        any other decision takes the item out of what waits at once."""
        in_session = outcome is Outcome.ACCEPTED and contribution_id in self.review.session.inbox_accepted
        if not in_session:
            self.review.decided_here(contribution_id)
        decision = Decision(
            contribution_id=contribution_id, at=self.app.now(), outcome=outcome, text=text, in_session=in_session
        )
        self._write_decision(decision)

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

        self.app.push_screen(InboxScreen(self.decide))

    # -- serving ------------------------------------------------------------------------

    def action_share(self) -> None:
        if self.review_path is None:
            self.app.notify("Save the session to a file first.", markup=False)
        elif self.live_server is None:
            self._start_server(self.review_path, self.app.live_settings)
        else:
            self._show_links()

    def action_live_settings(self) -> None:
        from facilitator.tui.dialogs.live_settings_form import ask_live_settings

        ask_live_settings(self.app, serving=self.live_server is not None)

    @work(thread=True, exit_on_error=False, group="share", exclusive=True)
    def _start_server(self, path: Path, settings: LiveSettings) -> None:
        from facilitator.web.live_server import LiveServer, PortTaken  # the web stack loads here, off the event loop

        try:
            server = LiveServer(path, self.review.session, self.app.now, settings)
        except PortTaken as taken:
            self.post_message(ShareReport(taken=taken, free_port=free_port_near(settings)))
            return
        except (OSError, ValueError) as error:
            self.post_message(ShareReport(problem=str(error), title="Live page not started"))
            return
        from facilitator.store.user_settings import load_settings
        from facilitator.web.server import read_only_days

        server.ctx.read_only_days = read_only_days(load_settings(self.app.settings_file))
        server.start()
        self.post_message(ShareReport(server))

    @on(ShareReport)
    def _share_report(self, message: ShareReport) -> None:
        if message.taken is not None:
            self._ask_about_taken_port(message.taken, message.free_port)
            return
        if message.server is None:
            self.app.notify(message.problem, title=message.title, severity="error", markup=False)
            return
        self.live_server = message.server
        self.live_server.update(walk_event_id=self.walk)
        self._show_links()

    def _ask_about_taken_port(self, taken: PortTaken, free_port: int) -> None:
        """Say loudly that the port is taken, and let the facilitator choose what happens."""
        from facilitator.tui.dialogs.pick import PickDialog

        settings = self.app.live_settings
        question = (
            f"The live page did not start: port {taken.port} on {taken.host} is taken. Another program "
            f"listens there (`facilitator serve` for this session?). Links already sent name port {taken.port}."
        )
        items = [("settings", "Change the live page settings (O)"), ("cancel", "Cancel: do not start the page")]
        if free_port:
            items.insert(0, ("other", f"Serve on port {free_port} this time (new links; the saved port stays)"))

        def chosen(choice: str | None) -> None:
            path = self.review_path
            if choice == "other" and path is not None:
                self._start_server(path, settings.with_port(free_port))
            elif choice == "settings":
                self.action_live_settings()
            else:
                self.app.notify("The live page was not started.", markup=False)

        self.app.push_screen(PickDialog(question, items), chosen)

    def _show_links(self) -> None:
        """The links, unless the shared screen is presenting: a link drawn there is anyone's."""
        if self.live_server is None:
            return
        if self.presenting:
            self.app.notify(
                "The live page is on. Its links are private: leave presentation mode (F5), then S shows them.",
                title="Live page",
                markup=False,
            )
            return

        from facilitator.tui.screens.share import ShareScreen

        def closed(stop: bool | None) -> None:
            if stop:
                self.stop_sharing()

        self.app.push_screen(ShareScreen(self.live_server), closed)

    def _push_change(self, change: Change) -> None:
        if self.live_server is not None and change.fields - {ARRIVALS}:
            self.live_server.update(session=self.review.session)

    @on(Walked)
    def _push_walk(self, message: Walked) -> None:
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
