"""Open event streams by link, so a revoked link's pages stop following at once.

The stream of a page is the hub's frames, passed through `follow`: when the link's token stops
working (revoked, its holder removed), `close_invalid` ends every stream opened with it after one
last `revoked` event, instead of letting it run until the browser goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

REVOKED = "event: revoked\ndata: {}\n\n"
"""The last event a page gets when its link stops working while it is open."""


class LinkStreams:
    def __init__(self) -> None:
        self._open: dict[str, set[asyncio.Event]] = {}

    def count(self, token: str) -> int:
        return len(self._open.get(token, ()))

    def close_invalid(self, valid: Callable[[str], bool]) -> int:
        """End the streams of every token `valid` no longer accepts; how many were ended."""
        ended = 0
        for token, gone in list(self._open.items()):
            if not valid(token):
                for event in gone:
                    event.set()
                ended += len(gone)
        return ended

    async def follow(self, token: str, frames: AsyncIterator[str]) -> AsyncIterator[str]:
        """`frames` as they come, until they end or the link `token` stops working."""
        gone = asyncio.Event()
        self._open.setdefault(token, set()).add(gone)
        revoked = asyncio.ensure_future(gone.wait())
        step: asyncio.Future[str] | None = None
        try:
            while True:
                step = asyncio.ensure_future(anext(frames))
                await asyncio.wait({step, revoked}, return_when=asyncio.FIRST_COMPLETED)
                if not step.done():
                    yield REVOKED
                    return
                try:
                    frame = step.result()
                except StopAsyncIteration:
                    return
                yield frame
        finally:
            revoked.cancel()
            streams = self._open.get(token, set())
            streams.discard(gone)
            if not streams:
                self._open.pop(token, None)
            if step is not None and not step.done():  # the page went away, or its link died
                step.cancel()
                with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                    await step
            aclose = getattr(frames, "aclose", None)
            if aclose is not None:
                await aclose()
