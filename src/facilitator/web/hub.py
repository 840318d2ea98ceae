"""The latest state of the review and every page watching it, on the server's event loop.

`publish` renders the live part of the page once and hands the same Server-Sent Event to
every open page. Each page has a one-slot mailbox: a slow page skips to the newest state
instead of queueing old ones, so one stalled phone never holds the others back.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from facilitator.web.render import render
from facilitator.web.view import LiveState, page_view

HEARTBEAT_SECONDS = 15.0
CLOSED = "event: closed\ndata: {}\n\n"
"""The last event a page gets: the review closed, its links stop working."""

Now = Callable[[], datetime]


class LiveHub:
    def __init__(self, state: LiveState, now: Now) -> None:
        self.now = now
        self.state = state
        self.version = 0
        self.frame = ""
        self._mailboxes: set[asyncio.Queue[str]] = set()
        self._render()

    @property
    def viewers(self) -> int:
        return len(self._mailboxes)

    def publish(self, state: LiveState) -> None:
        self.state = state
        self._render()
        for mailbox in self._mailboxes:
            _put_newest(mailbox, self.frame)

    def _render(self) -> None:
        self.version += 1
        self.frame = self._frame()

    def _frame(self) -> str:
        """The current state as an event; the clock figures are as of now."""
        html = self.live_html()
        data = json.dumps({"version": self.version, "html": html}, ensure_ascii=False)
        frame = f"id: {self.version}\nevent: live\ndata: {data}\n\n"
        return frame + CLOSED if self.state.closed else frame

    def live_html(self) -> str:
        return render("live.html", version=self.version, **page_view(self.state, self.now()))

    async def stream(self) -> AsyncIterator[str]:
        """The frames one page receives: the current state first, then every change."""
        mailbox: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
        self._mailboxes.add(mailbox)
        try:
            frame = self._frame()  # fresh clock figures for a page that joins late
            while True:
                yield frame
                if frame.endswith(CLOSED):
                    return
                try:
                    frame = await asyncio.wait_for(mailbox.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    frame = ": still here\n\n"
        finally:
            self._mailboxes.discard(mailbox)


def _put_newest(mailbox: asyncio.Queue[str], frame: str) -> None:
    if mailbox.full():
        mailbox.get_nowait()
    mailbox.put_nowait(frame)
