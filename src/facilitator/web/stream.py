"""One page's event stream: the frames the hub queues for it, compressed, and dropped if it stops reading.

A Server-Sent Events response written as a plain ASGI app, so that it can see what Starlette's
streaming response hides: how long one write waits. A page that does not read fills its
connection's buffers; the next write then waits, and past `stall_seconds` the stream is ended
and the page forgotten (its queue was bounded meanwhile, see web/hub.py). A page that reads
again later reconnects by itself and gets a fresh `sync`.

With `Accept-Encoding: gzip` the stream is one gzip member, flushed after every frame, with a
small window (4 KB) so that each open page costs tens of kilobytes of compressor state at most.
"""

from __future__ import annotations

import asyncio
import logging
import zlib

from starlette.types import Receive, Scope, Send

from facilitator.web.hub import HEARTBEAT_SECONDS, LiveHub, Subscriber, sse
from facilitator.web.security import log

STALL_SECONDS = 20.0
"""How long one write may wait on a page that does not read before the page is dropped."""
HEARTBEAT = ": still here\n\n"


class _DroppedPages(logging.Filter):
    """uvicorn calls a stream ended mid-way an error; a page dropped here is logged once, as a warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "ASGI callable returned without completing response."


logging.getLogger("uvicorn.error").addFilter(_DroppedPages())


class Stalled(Exception):
    """The page stopped reading."""


class EventStream:
    def __init__(
        self,
        hub: LiveHub,
        subscriber: Subscriber,
        compress: bool,
        stall_seconds: float = STALL_SECONDS,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
    ) -> None:
        self.hub = hub
        self.subscriber = subscriber
        self.stall_seconds = stall_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self._zip = zlib.compressobj(6, zlib.DEFLATED, 16 + 12, 5) if compress else None
        self.sent_bytes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [
            (b"content-type", b"text/event-stream; charset=utf-8"),
            (b"x-accel-buffering", b"no"),
            (b"vary", b"accept-encoding"),
        ]
        if self._zip is not None:
            headers.append((b"content-encoding", b"gzip"))
        gone = asyncio.Event()
        listener = asyncio.ensure_future(self._listen(receive, gone))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await self._pump(send, gone)
            if not gone.is_set():
                tail = self._zip.flush() if self._zip is not None else b""
                await asyncio.wait_for(send({"type": "http.response.body", "body": tail}), self.stall_seconds)
        except (Stalled, TimeoutError):
            log.warning("dropped a live page that stopped reading (%d frames skipped)", self.subscriber.dropped)
        finally:
            listener.cancel()
            self.hub.leave(self.subscriber)

    async def _listen(self, receive: Receive, gone: asyncio.Event) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                gone.set()
                self.subscriber.wake.set()
                return

    async def _pump(self, send: Send, gone: asyncio.Event) -> None:
        subscriber = self.subscriber
        while not gone.is_set():
            if subscriber.resync and subscriber.last is None:
                subscriber.resync = False
                frame: str | None = self.hub.sync_frame() + sse("clock", self.hub.clock())
            else:
                frame = subscriber.take()
            if frame is not None:
                await self._write(send, frame)
                continue
            if subscriber.last is not None:
                await self._write(send, subscriber.last)
                return
            subscriber.wake.clear()
            try:
                await asyncio.wait_for(subscriber.wake.wait(), self.heartbeat_seconds)
            except TimeoutError:
                await self._write(send, HEARTBEAT)

    async def _write(self, send: Send, frame: str) -> None:
        body = frame.encode("utf-8")
        if self._zip is not None:
            body = self._zip.compress(body) + self._zip.flush(zlib.Z_SYNC_FLUSH)
        self.sent_bytes += len(body)
        try:
            await asyncio.wait_for(
                send({"type": "http.response.body", "body": body, "more_body": True}), self.stall_seconds
            )
        except TimeoutError:
            raise Stalled from None
