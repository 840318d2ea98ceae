"""The live page's defences against floods: connection caps, a deadline for request headers,
a log that cannot flood, so the page's load never reaches the app's own files.

- **In total** at most `Limits.total` connections are open (a third of the process's file
  limit, at most 500), so a flood can never take the file descriptors the app needs to save a
  session. When the cap is reached, the connection that has waited longest without sending a
  request is closed to make room; if every one is busy, the newcomer gets a 503 and is closed.
  So a quick request (a post) still gets in while slow ones hold the rest.
- **Request headers** must arrive within `header_seconds` of connecting, or of the end of the
  previous response on a kept-alive connection: a client that trickles bytes (slowloris) is cut off.
- **Per link** at most `per_person` requests at once on a participant's link and `per_watch`
  on the watch link (an open event stream counts): one leaked link cannot hold the page.
- **The log**: the guard's own lines and uvicorn's (a malformed request each) go through a
  `LogLimit` (web/log_limit.py), as refused requests do: 20 lines per 10 seconds, then one
  line saying how many were not logged.

`install` is the one hook into the server: the options for `uvicorn.Config` (the guarded
protocol, a small accept burst) and the ASGI app wrapped. A request's connection is known to
the app through a context variable set while its bytes are handed on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from facilitator.web.log_limit import LogLimit

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

MAX_TOTAL = 500
ACCEPT_BURST = 64
"""Connections taken from the listening socket at a time (uvicorn would take 2,048 before any is checked)."""
SWEEP_SECONDS = 1.0
_BUSY_TEXT = b"The review page is busy. Try again in a few seconds.\n"
BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\nretry-after: 5\r\n"
    b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT)
)
"""What a connection over the cap gets before it is closed."""
LOGGERS = ("facilitator.web.connections", "uvicorn.error")
"""The loggers whose lines are capped here (refused requests are capped where they are logged)."""

log = logging.getLogger("facilitator.web.connections")
Clock = Callable[[], float]


def file_limit() -> int:
    """How many files this process may have open (its soft limit); 1,024 where it cannot say."""
    if resource is None:
        return 1024
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1 << 16


@dataclass(frozen=True)
class Limits:
    total: int
    per_person: int = 8
    per_watch: int = 100
    header_seconds: float = 10.0

    @classmethod
    def for_this_process(cls) -> Limits:
        total = max(32, min(MAX_TOTAL, file_limit() // 3))
        return cls(total=total, per_watch=total // 2)


def limit_logs() -> None:
    """Cap the lines of uvicorn's logger and the guard's (once: a second server in the process shares the caps)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, LogLimit) for f in logger.filters):
            logger.addFilter(LogLimit())


_CONNECTION: ContextVar[Connection | None] = ContextVar("facilitator_connection", default=None)


class Connection(asyncio.Protocol):
    """One TCP connection: admitted (or refused) by the guard, its bytes handed to uvicorn's protocol."""

    guard: ConnectionGuard
    inner_class: type[asyncio.Protocol]

    def __init__(self, **uvicorn_arguments: Any) -> None:
        self.inner = self.inner_class(**uvicorn_arguments)
        self.transport: asyncio.Transport | None = None
        self.admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        if not self.guard.admit(self):
            transport.write(BUSY)
            transport.close()
            return
        self.admitted = True
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if not self.admitted:
            return
        token = _CONNECTION.set(self)  # the request task uvicorn starts here inherits it
        try:
            self.inner.data_received(data)
        finally:
            _CONNECTION.reset(token)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.admitted else None

    def connection_lost(self, exc: Exception | None) -> None:
        self.guard.forget(self)
        if self.admitted:
            self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.admitted:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.admitted:
            self.inner.resume_writing()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


@dataclass
class ConnectionGuard:
    limits: Limits = field(default_factory=Limits.for_this_process)
    clock: Clock = time.monotonic
    _idle: OrderedDict[Connection, float] = field(default_factory=OrderedDict)
    """Connections waiting for request headers, by when they began to wait (oldest first)."""
    _busy: dict[Connection, int] = field(default_factory=dict)
    """Connections with requests in progress: how many."""
    _links: dict[str, int] = field(default_factory=dict)
    refused = 0
    """Connections refused or cut off so far (for the log and the tests)."""

    @property
    def open(self) -> int:
        return len(self._idle) + len(self._busy)

    # -- connections ------------------------------------------------------------------

    def admit(self, connection: Connection) -> bool:
        if self.open >= self.limits.total:
            if not self._idle:
                self._refuse(f"connection refused: {self.open} open, the most the page takes")
                return False
            oldest, _ = self._idle.popitem(last=False)
            oldest.close()
            self._refuse("waited longest without a request: closed to let a new connection in")
        self._idle[connection] = self.clock()
        return True

    def forget(self, connection: Connection) -> None:
        self._idle.pop(connection, None)
        self._busy.pop(connection, None)

    def _refuse(self, why: str) -> None:
        self.refused += 1
        log.warning("%s", why)

    def started(self, connection: Connection) -> None:
        if self._idle.pop(connection, None) is not None or connection in self._busy:
            self._busy[connection] = self._busy.get(connection, 0) + 1

    def ended(self, connection: Connection) -> None:
        left = self._busy.get(connection, 0) - 1
        if left > 0:
            self._busy[connection] = left
        elif connection in self._busy:
            del self._busy[connection]
            self._idle[connection] = self.clock()

    def sweep(self) -> int:
        """Close the connections that waited more than `header_seconds` for a request; how many."""
        deadline = self.clock() - self.limits.header_seconds
        late = [connection for connection, since in self._idle.items() if since <= deadline]
        for connection in late:
            self._idle.pop(connection, None)
            connection.close()
        if late:
            self._refuse(f"{len(late)} connections sent no request within {self.limits.header_seconds:g} s: closed")
        return len(late)

    async def sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            self.sweep()

    # -- links ------------------------------------------------------------------------

    def enter_link(self, path: str) -> bool:
        """Count a request on the link in `path` (`/p/TOKEN/...`, `/w/TOKEN/...`); False if that link is at its cap."""
        key = _link(path)
        if key is None:
            return True
        cap = self.limits.per_watch if key.startswith("w/") else self.limits.per_person
        if self._links.get(key, 0) >= cap:
            self._refuse("too many requests at once on one link")
            return False
        self._links[key] = self._links.get(key, 0) + 1
        return True

    def leave_link(self, path: str) -> None:
        key = _link(path)
        if key is not None and key in self._links:
            self._links[key] -= 1
            if not self._links[key]:
                del self._links[key]

    # -- the hook ---------------------------------------------------------------------

    def protocol(self) -> type[Connection]:
        """uvicorn's HTTP protocol, each connection guarded."""
        from uvicorn.protocols.http.h11_impl import H11Protocol

        guarded: type[Connection] = type("GuardedH11", (Connection,), {"guard": self, "inner_class": H11Protocol})
        return guarded

    def wrap(self, app: ASGIApp) -> ASGIApp:
        return _Requests(app, self)

    def install(self, app: ASGIApp) -> tuple[ASGIApp, dict[str, Any]]:
        """The app to serve and the options for `uvicorn.Config` that put the guard in place;
        the page's loggers limited."""
        limit_logs()
        return self.wrap(app), {"http": self.protocol(), "backlog": ACCEPT_BURST}


def _link(path: str) -> str | None:
    parts = path.split("/", 3)
    if len(parts) >= 3 and parts[1] in ("p", "w") and parts[2]:
        return f"{parts[1]}/{parts[2]}"
    return None


TOO_MANY = PlainTextResponse(
    "Too many pages are open with this link. Close one, then reload.", status_code=429, headers={"retry-after": "5"}
)


class _Requests:
    """ASGI middleware: each request marks its connection busy, and counts against its link's cap."""

    def __init__(self, app: ASGIApp, guard: ConnectionGuard) -> None:
        self.app, self.guard = app, guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = _CONNECTION.get()
        if connection is not None:
            self.guard.started(connection)
        try:
            if not self.guard.enter_link(scope["path"]):
                await TOO_MANY(scope, receive, send)
                return
            try:
                await self.app(scope, receive, send)
            finally:
                self.guard.leave_link(scope["path"])
        finally:
            if connection is not None:
                self.guard.ended(connection)
