"""The latest state of the review and every page following it, on the server's event loop.

`publish` works out what changed and sends only that, once rendered, to every open page: the
clock's figures, the walk's step, the one section that changed (the board, the hands, ...), the
one timeline event that got a note. A page that joins, or comes back after a drop, gets one
`sync` frame with every section (the timeline aside: it loads the chunks it shows) and fresh
clock figures. What a page is sent about its own contributions goes to that person's pages only,
and so does whether it offers the anonymous pulse (a `pulse` frame: open at the debrief, and
whether this person has answered; never a count).

Each page's queue is bounded: a page that falls behind loses its queued frames and gets one
`sync` instead when it reads again, so a page that never reads holds a few kilobytes, not
copies of the state (see web/stream.py for how such a page is dropped).

The rendered page body is cached per state version, so a new viewer costs one small render of
its own part, not a render of the whole review.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any

from markupsafe import Markup

from facilitator.model.contribution import Outcome
from facilitator.model.event import TimelineEvent
from facilitator.web.pulse import pulse_open, pulse_state
from facilitator.web.render import render
from facilitator.web.view import (
    CHUNK,
    LiveState,
    chunk_count,
    chunk_events,
    clock_view,
    event_row,
    mine_view,
    sections_view,
)

HEARTBEAT_SECONDS = 15.0
MAX_QUEUED_FRAMES = 64
MAX_QUEUED_BYTES = 256 * 1024
"""What one page may have waiting; past either, its queue is dropped for one `sync` frame."""
MAX_ROWS_IN_A_DELTA = 50
"""More changed events than this at once and pages reload their timeline chunks instead."""
CHUNKS_CACHED = 16
CLOCK_MARK = "<!--clock-->"

Now = Callable[[], datetime]


def sse(event: str, data: dict[str, Any], frame_id: int | None = None) -> str:
    """One Server-Sent Event (its data on one line: JSON never holds a raw newline)."""
    head = f"id: {frame_id}\n" if frame_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"


class Subscriber:
    """One open page: who it is, and the frames waiting for it."""

    def __init__(self, token: str, participant_id: str | None) -> None:
        self.token = token
        self.participant_id = participant_id
        self.frames: deque[str] = deque()
        self.queued = 0
        self.resync = False
        """It fell behind: its next frame is a fresh `sync`, not what it missed."""
        self.last: str | None = None
        """The frame after which the stream ends (the review closed or reopened, the link was refused)."""
        self.dropped = 0
        self.wake = asyncio.Event()

    def put(self, frame: str) -> None:
        if self.last is not None:
            return
        if len(self.frames) >= MAX_QUEUED_FRAMES or self.queued + len(frame) > MAX_QUEUED_BYTES:
            self.frames.clear()
            self.queued = 0
            self.resync = True
            self.dropped += 1
        else:
            self.frames.append(frame)
            self.queued += len(frame)
        self.wake.set()

    def end(self, frame: str) -> None:
        if self.last is None:
            self.frames.clear()
            self.queued = 0
            self.last = frame
            self.wake.set()

    def take(self) -> str | None:
        """The next queued frame, if any."""
        if not self.frames:
            return None
        frame = self.frames.popleft()
        self.queued -= len(frame)
        return frame


class LiveHub:
    def __init__(self, state: LiveState, now: Now) -> None:
        self.now = now
        self.state = state
        self.version = 1
        self.timeline_stamp = 1
        self.subscribers: set[Subscriber] = set()
        self._sections = self._render_sections(state)
        self._mine_keys: dict[str, tuple[tuple[str, Outcome | None], ...]] = {}
        self._mine_keys = self._mine_signatures(state)
        self._bodies: dict[int, str] = {}
        self._sync: str | None = None
        self._chunks: dict[int, tuple[tuple[TimelineEvent, ...], str]] = {}
        self.answered: set[str] = set()
        """The participants who answered the anonymous pulse (store/pulse_marks.py keeps the marks)."""

    @property
    def viewers(self) -> int:
        return len(self.subscribers)

    # -- what changed ----------------------------------------------------------------

    def publish(self, state: LiveState) -> None:
        """Show `state`: every page gets what differs from the last state, nothing if nothing does."""
        old, self.state = self.state, state
        if old.closed != state.closed:
            self._reload_all(state)
            return
        delta = self._delta(old, state)
        if delta:
            self._bump()
            frame = sse("delta", {"v": self.version, **delta}, self.version)
            for subscriber in self.subscribers:
                subscriber.put(frame)
        if state.inbox is not old.inbox:
            self._send_mine(state)
        if pulse_open(state.session) != pulse_open(old.session):
            for subscriber in self.subscribers:
                if subscriber.participant_id is not None:
                    subscriber.put(self.pulse_frame(subscriber.participant_id))

    def _reload_all(self, state: LiveState) -> None:
        """The review closed or opened again: every page loads anew."""
        self._bump()
        for subscriber in list(self.subscribers):
            subscriber.end(sse("reload", {"closed": state.closed}))
        self._sections = self._render_sections(state)

    def _delta(self, old: LiveState, state: LiveState) -> dict[str, Any]:
        """What the shared page shows differently in `state` than in `old`: clock, sections, rows, walk."""
        delta: dict[str, Any] = {}
        session, before = state.session, old.session
        if session.clock != before.clock or session.layout is not before.layout:
            delta["clock"] = clock_view(session, self.now())
        sections = self._render_sections(state)
        changed = {name: html for name, html in sections.items() if self._sections.get(name) != html}
        self._sections = sections
        if changed:
            delta["sections"] = changed
        if session.timeline is not before.timeline:
            delta.update(self._timeline_delta(before.timeline, session.timeline))
        if state.walk_event_id != old.walk_event_id or "timeline" in delta:
            delta["walk"] = self._walk()
        return delta

    def _bump(self) -> None:
        self.version += 1
        self._bodies.clear()
        self._sync = None

    def _walk(self) -> dict[str, Any]:
        return {"id": self.state.walk_event_id or "", "chunk": self.state.walk_chunk()}

    def _timeline_delta(self, before: tuple[TimelineEvent, ...], after: tuple[TimelineEvent, ...]) -> dict[str, Any]:
        """The events that changed, as rows; or, when events came, went or moved, a new stamp to reload by."""
        same_order = len(before) == len(after) and all(
            a is b or a.id == b.id for a, b in zip(before, after, strict=True)
        )
        if same_order:
            changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a is not b and a != b]
            if len(changed) <= MAX_ROWS_IN_A_DELTA:
                return {"rows": {after[i].id: self._row(after, i) for i in changed}} if changed else {}
        self.timeline_stamp += 1
        return {"timeline": self.timeline_info()}

    def timeline_info(self) -> dict[str, int]:
        session = self.state.session
        return {"stamp": self.timeline_stamp, "count": len(session.timeline), "chunks": chunk_count(session)}

    def _row(self, events: tuple[TimelineEvent, ...], index: int) -> str:
        event = event_row(events[index])
        first = index % CHUNK == 0 or events[index - 1].at.date() != events[index].at.date()
        return render("row.html", event=event, chunk=index // CHUNK, first=first)

    def _render_sections(self, state: LiveState) -> dict[str, str]:
        return {
            name: render(f"sections/{name}.html", **values) for name, values in sections_view(state, self.now()).items()
        }

    # -- one person's own contributions ------------------------------------------------

    def _mine_signatures(self, state: LiveState) -> dict[str, tuple[tuple[str, Outcome | None], ...]]:
        grouped: dict[str, list[tuple[str, Outcome | None]]] = {}
        for item in state.inbox.sent:
            grouped.setdefault(item.participant_id, []).append((item.id, state.inbox.outcomes.get(item.id)))
        return {pid: tuple(items) for pid, items in grouped.items()}

    def _send_mine(self, state: LiveState) -> None:
        keys = self._mine_signatures(state)
        changed = {pid for pid in keys.keys() | self._mine_keys.keys() if keys.get(pid) != self._mine_keys.get(pid)}
        self._mine_keys = keys
        if not changed:
            return
        frames: dict[str, str] = {}
        for subscriber in self.subscribers:
            pid = subscriber.participant_id
            if pid in changed:
                if pid not in frames:
                    frames[pid] = sse("mine", {"html": self.mine_html(pid)})
                subscriber.put(frames[pid])

    def mine_html(self, participant_id: str) -> str:
        return render("sections/mine.html", mine=mine_view(self.state, participant_id))

    # -- the anonymous pulse: offered or not, answered or not; one person's pages only ---------

    def pulse_frame(self, participant_id: str) -> str:
        return sse("pulse", pulse_state(self.state.session, participant_id in self.answered))

    def pulse_answered(self, participant_id: str) -> None:
        """`participant_id` answered the pulse: their open pages show the thanks instead of the form."""
        self.answered.add(participant_id)
        frame = self.pulse_frame(participant_id)
        for subscriber in self.subscribers:
            if subscriber.participant_id == participant_id:
                subscriber.put(frame)

    # -- what a page loads ---------------------------------------------------------------

    def clock(self) -> dict[str, Any]:
        return clock_view(self.state.session, self.now())

    def clock_html(self) -> str:
        return render("sections/clock.html", clock=self.clock())

    def body(self, chunk: int | None = None) -> str:
        """The shared part of the page at this version (its clock filled in now), showing timeline chunk `chunk`."""
        session = self.state.session
        first = self.state.walk_chunk() if chunk is None else max(0, min(chunk, chunk_count(session) - 1))
        if first not in self._bodies:
            self._bodies[first] = render(
                "body.html",
                version=self.version,
                walk_id=self.state.walk_event_id or "",
                sections={name: Markup(html) for name, html in self._sections.items()},
                clock_mark=Markup(CLOCK_MARK),
                rows=Markup(self.chunk_html(first)),
                chunk=first,
                count=len(session.timeline),
                chunks=chunk_count(session),
                stamp=self.timeline_stamp,
            )
        return self._bodies[first].replace(CLOCK_MARK, self.clock_html(), 1)

    def chunk_html(self, chunk: int) -> str:
        """The rows of timeline chunk `chunk`, rendered once while its events stay the same."""
        events = chunk_events(self.state.session, chunk)
        cached = self._chunks.pop(chunk, None)
        if (
            cached is None
            or len(cached[0]) != len(events)
            or any(a is not b and a != b for a, b in zip(cached[0], events, strict=True))
        ):
            html = render("chunk.html", events=[event_row(e) for e in events], chunk=chunk)
            cached = (events, html)
        self._chunks[chunk] = cached  # most recently used last
        while len(self._chunks) > CHUNKS_CACHED:
            del self._chunks[next(iter(self._chunks))]
        return cached[1]

    def sync_frame(self) -> str:
        """Everything but the timeline's rows and the clock, for a page that joins or fell behind."""
        if self._sync is None:
            data = {
                "v": self.version,
                "sections": self._sections,
                "walk": self._walk(),
                "timeline": self.timeline_info(),
            }
            self._sync = sse("sync", data, self.version)
        return self._sync

    # -- pages following -------------------------------------------------------------------

    def subscribe(self, token: str, participant_id: str | None, since: int | None) -> Subscriber:
        """A new page following from version `since` (what it already shows), None for nothing yet."""
        subscriber = Subscriber(token, participant_id)
        if since != self.version:
            subscriber.put(self.sync_frame())
        subscriber.put(sse("clock", self.clock()))
        if participant_id is not None:
            subscriber.put(sse("mine", {"html": self.mine_html(participant_id)}))
            subscriber.put(self.pulse_frame(participant_id))
        self.subscribers.add(subscriber)
        return subscriber

    def leave(self, subscriber: Subscriber) -> None:
        self.subscribers.discard(subscriber)

    def refuse(self, why: Callable[[Subscriber], str | None]) -> None:
        """End the stream of every page `why` names a reason for (a revoked link, a removed person)."""
        for subscriber in list(self.subscribers):
            message = why(subscriber)
            if message:
                subscriber.end(sse("refused", {"message": message}))
