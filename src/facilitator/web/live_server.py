"""One session's live page, served by uvicorn on its own event loop.

`facilitator serve` runs it in the foreground and follows the session file (read-only: it
re-reads the file when the app saves it). The app runs it on a thread of its own and pushes
every change straight from its change notices, with the event the walk is on. Either way the
server watches the inbox file, so a contribution (or the facilitator's decision on it) shows
on every page within a fraction of a second, and the links file, so a link revoked from the
app or by `serve --revoke` in another process stops working, open pages included, at once.

Where it listens, the address its links use, TLS and proxy trust come from LiveSettings. A
taken port raises PortTaken: the caller asks the user, nothing picks another port silently.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import errno
import socket
import ssl
import threading
from pathlib import Path
from typing import Any

import uvicorn

from facilitator.model.session import Session
from facilitator.store.inbox import Inbox, InboxFollower, inbox_path
from facilitator.store.links import Link, person_links, revoke_link
from facilitator.store.live_settings import LiveSettings
from facilitator.store.pulse_marks import PulseMarks
from facilitator.web.context import WebContext
from facilitator.web.guard import ConnectionGuard
from facilitator.web.hub import LiveHub, Now
from facilitator.web.inbox_writer import InboxWriter
from facilitator.web.links_keeper import LinkKeeper
from facilitator.web.reach import Reach
from facilitator.web.security import log
from facilitator.web.server import build_app
from facilitator.web.view import LiveState

POLL_SECONDS = 0.2
ANY_FREE_PORT = LiveSettings(port=0)
"""Loopback, on whatever port is free: for tests and tools, never the app's or `serve`'s default."""


class PortTaken(OSError):
    """Something already listens on the settings' port."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(errno.EADDRINUSE, f"port {port} on {host} is taken (another program is listening on it)")
        self.host = host
        self.port = port

    def __str__(self) -> str:
        return str(self.strerror)


def open_socket(host: str, port: int) -> socket.socket:
    """A listening socket; PortTaken, or OSError naming the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise PortTaken(host, port) from None
        raise OSError(error.errno, f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    return sock


def check_tls(settings: LiveSettings) -> None:
    """ValueError naming the files if the certificate and key cannot serve HTTPS."""
    if not settings.tls:
        return
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(settings.cert, settings.key)
    except (OSError, ssl.SSLError) as error:
        raise ValueError(
            f"the certificate {settings.cert} and key {settings.key} cannot serve HTTPS ({error})"
        ) from None


class LiveServer:
    def __init__(
        self,
        session_path: Path,
        session: Session,
        now: Now,
        settings: LiveSettings = ANY_FREE_PORT,
        follow_file: bool = False,
        guard: ConnectionGuard | None = None,
    ) -> None:
        self.session_path = session_path
        self.guard = guard or ConnectionGuard()
        """Caps connections in total and per link, and cuts off slow headers (web/guard.py)."""
        self.follow_file = follow_file
        self.settings = settings
        check_tls(settings)
        self.inbox = Inbox(inbox_path(session_path))
        self._stamps = (self.inbox.stamp(), _stamp(session_path))
        """What the inbox and the session file looked like when `session` was read from them."""
        self.follower = InboxFollower(self.inbox)
        """The inbox as read so far: each change costs what was appended, not the whole file."""
        self.follower.refresh()
        self.links = LinkKeeper(session_path)
        self.links.ensure([p.id for p in session.participants])
        self.hub = LiveHub(LiveState(session, None, self.follower.view()), now)
        pulse_marks = PulseMarks(session_path)
        try:
            self.hub.answered.update(pulse_marks.answered())
        except OSError as error:  # the mark is checked again, under its lock, when someone answers
            log.warning("pulse marks not read: %s", error)
        self.socket = open_socket(settings.host, settings.port)
        self.port = self.socket.getsockname()[1]
        self.reach = Reach.of(settings, self.port)
        self.ctx = WebContext(self.hub, self.links, InboxWriter(self.inbox), self.reach, pulse_marks, nudge=self._nudge)
        self.app = build_app(self.ctx)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._wake: asyncio.Event | None = None
        self._ready = threading.Event()

    # -- links ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.reach.base_url

    def links_list(self) -> list[Link]:
        """One personal link per participant, then the watch-only link."""
        participants = self.hub.state.session.participants
        links = self.links.ensure([p.id for p in participants])
        return person_links(self.base_url, participants, links)

    def revoke(self, holder: str) -> None:
        """A new link for `holder` (a participant id or WATCH); the old one stops working, and
        its open pages stop following, at once."""
        revoke_link(self.session_path, holder, [p.id for p in self.hub.state.session.participants])
        self._nudge()

    # -- changes --------------------------------------------------------------------

    def update(self, **changes: Any) -> None:
        """Show a new session and/or walk position (`session=`, `walk_event_id=`); from any thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed() and threading.current_thread() is not self._thread:
            loop.call_soon_threadsafe(self._publish, changes)
        else:
            self._publish(changes)

    def _publish(self, changes: dict[str, Any]) -> None:
        self.hub.publish(dataclasses.replace(self.hub.state, **changes))
        if "session" in changes:
            self.ctx.check_streams()  # a participant removed: their open pages stop following

    def _nudge(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _watch(self) -> None:
        """Re-read the inbox (and, standalone, the session file) whenever it changes."""
        assert self._wake is not None
        stamps = self._stamps
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            self._wake.clear()
            try:
                stamps = await self._look(*stamps)
            except (OSError, ValueError) as error:  # keep showing the last good state; try again soon
                log.warning("live page not updated: %s", error)
            self.ctx.check_streams()  # a link revoked (here, in the app or by `serve --revoke`) stops its pages

    async def _look(
        self, inbox_stamp: tuple[int, int] | None, file_stamp: tuple[int, int] | None
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        changes: dict[str, Any] = {}
        stamp = self.inbox.stamp()
        if stamp != inbox_stamp:
            inbox_stamp = stamp
            if await asyncio.to_thread(self.follower.refresh):
                changes["inbox"] = self.follower.view()
        if self.follow_file and (stamp := _stamp(self.session_path)) != file_stamp:
            file_stamp = stamp
            session = await asyncio.to_thread(_read_session, self.session_path)
            if session is not None:
                changes["session"] = session
                self.links.ensure([p.id for p in session.participants])
        if changes:
            self._publish(changes)
        return inbox_stamp, file_stamp

    # -- running --------------------------------------------------------------------

    async def serve(self) -> None:
        """Run until `stop()` (or Ctrl+C in the foreground)."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        app, guarded = self.guard.install(self.app)
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            proxy_headers=False,  # forwarded headers only when the settings trust a proxy (reach.py)
            server_header=False,
            ssl_certfile=self.settings.cert or None,
            ssl_keyfile=self.settings.key or None,
            **guarded,
        )
        self._server = uvicorn.Server(config)
        watcher = asyncio.create_task(self._watch())
        sweeper = asyncio.create_task(self.guard.sweep_forever())
        self._ready.set()
        try:
            await self._server.serve(sockets=[self.socket])
        finally:
            watcher.cancel()
            sweeper.cancel()
            self.socket.close()

    def start(self) -> None:
        """Serve on a thread of its own (the app's way); returns once it listens."""
        self._thread = threading.Thread(target=lambda: asyncio.run(self.serve()), name="live-page", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True  # open event streams never end by themselves
        if self._thread is not None:
            self._thread.join(5)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _read_session(path: Path) -> Session | None:
    """The session as last saved; None while it cannot be read (a save in progress never shows:
    saves are atomic renames, so this is a broken or removed file)."""
    from facilitator.store.session_file import SessionFileError, load_session

    try:
        return load_session(path)
    except SessionFileError:
        return None
