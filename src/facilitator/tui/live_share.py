"""The review screen's side of the live page: share it, follow the inbox, show what waits.

A mixin for ReviewScreen. `S` starts the web server for the open session on a thread of its
own (the web stack is imported then, not before), where the live-page settings say (`O` changes
them; a taken port is asked about, never swapped silently), and shows the links, masked; every
change notice and every step of the walk is pushed to the pages at once. The inbox file beside
the session is watched whether the page is served from here or by `facilitator serve`: each
reading goes to the review (`show_waiting`), and the line under the title bar shows the raised
hands in order and how many other things wait; `I` opens the inbox to accept, edit or decline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import getters, on, work
from textual.binding import Binding
from textual.events import Mount, Unmount
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from facilitator.model.contribution import ContributionKind, Decision, InboxView, Outcome
from facilitator.review import Review
from facilitator.review.inbox_commands import ARRIVALS
from facilitator.store.inbox import Inbox, InboxRecords, inbox_path
from facilitator.store.live_settings import LiveSettings
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.messages import SessionChanged
from facilitator.tui.text import one_line

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer, PortTaken

INBOX_POLL = 0.3
WALK_POLL = 0.1


SENT = {
    ContributionKind.HAND: "raised a hand ✋",
    ContributionKind.NOTE: "sent a note",
    ContributionKind.QUESTION: "sent a question",
    ContributionKind.PARKING: "sent a parking-lot topic",
    ContributionKind.PREP: "sent a pre-prep form",
}


def hands_text(view: InboxView) -> Text:
    """The raised hands in order, then how many notes, questions, topics and forms wait."""
    hands, sent = view.hands, view.sent
    text = Text(no_wrap=True, overflow="ellipsis")
    if sent:
        text.append(f"✉ {len(sent)} waiting", style="bold yellow")
        text.append("  ")
    if hands:
        text.append(f"✋ {len(hands)} ", style="bold")
        text.append(", ".join(one_line(h.name) for h in hands))
        text.append("  ")
    if hands or sent:
        text.append("(I: inbox)", style="dim")
    return text


class InboxRead(Message):
    def __init__(self, records: InboxRecords) -> None:
        super().__init__()
        self.records = records


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
    """Keys and state for sharing the review with participants' browsers."""

    app = getters.app(FacilitatorApp)

    BINDINGS = [
        Binding("S", "share", "Share", show=False, id="share", tooltip="Serve the live page and show every link"),
        Binding("I", "inbox", "Inbox", show=False, id="inbox", tooltip="What participants sent: accept or decline"),
        Binding(
            "O",
            "live_settings",
            "Live page settings",
            show=False,
            id="live.settings",
            tooltip="Host, port, public URL, TLS, proxy (remembered)",
        ),
    ]

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
        self.review.show_waiting(records.view)
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

    def _show_waiting(self) -> None:
        """The line under the title bar: hands in order, and how many other things wait."""
        view = self.review.waiting
        line = self.query_one("#hands", Static)
        line.update(hands_text(view))
        line.display = bool(view.pending)

    # -- serving ------------------------------------------------------------------------

    def action_share(self) -> None:
        if self.review_path is None:
            self.app.notify("Save the session to a file first.", markup=False)
        elif self.live_server is None:
            self._start_server(self.review_path, self.app.live_settings)
        else:
            self._show_links()

    def action_live_settings(self) -> None:
        from facilitator.tui.live_settings_form import ask_live_settings

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
        self.set_interval(WALK_POLL, self._push_walk)
        self._push_walk()
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
        from facilitator.tui.screens.share import ShareScreen

        if self.live_server is not None:
            self.app.push_screen(ShareScreen(self.live_server))

    @on(SessionChanged)
    def _push_change(self, change: SessionChanged) -> None:
        if ARRIVALS in change.fields:
            self._show_waiting()
        if self.live_server is not None and change.fields - {ARRIVALS}:
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
