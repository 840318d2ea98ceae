"""One page's event stream: compressed frame by frame, and a page that stops reading is dropped
(issue 25, item 5: what is queued per stream is bounded)."""

from __future__ import annotations

import asyncio
import socket
import time
import zlib
from pathlib import Path

from facilitator.web.hub import MAX_QUEUED_BYTES, LiveHub
from facilitator.web.live_server import LiveServer
from facilitator.web.stream import EventStream
from facilitator.web.view import LiveState
from tests.web.web_sessions import FakeClock, review_with_people, write_session


async def test_a_gzip_stream_decodes_frame_by_frame_as_it_arrives() -> None:
    review = review_with_people()
    hub = LiveHub(LiveState(review.session), FakeClock())
    subscriber = hub.subscribe("t", None, None)
    stream = EventStream(hub, subscriber, compress=True)
    sent: list[dict] = []
    disconnect = asyncio.Event()

    async def receive() -> dict:
        await disconnect.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    task = asyncio.create_task(stream({"type": "http"}, receive, send))
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)

    async def text_until(marker: str) -> str:
        seen = ""
        deadline = time.monotonic() + 5
        while marker not in seen:
            assert time.monotonic() < deadline, f"{marker!r} never came"
            await asyncio.sleep(0)
            while len(sent) > 1 and sent[1:]:
                seen += unzip.decompress(sent.pop(1)["body"]).decode()
        return seen

    first = await text_until("event: clock")
    assert "event: sync" in first
    headers = dict(sent[0]["headers"])
    assert headers[b"content-encoding"] == b"gzip"
    review.park("A side topic")
    hub.publish(LiveState(review.session))
    assert "A side topic" in await text_until("A side topic")
    disconnect.set()
    await asyncio.wait_for(task, 5)
    assert hub.viewers == 0


def test_a_page_that_never_reads_is_dropped_and_its_queue_stays_small(tmp_path: Path) -> None:
    review = review_with_people()
    path = write_session(tmp_path, review.session)
    server = LiveServer(path, review.session, FakeClock())
    server.ctx.stall_seconds = 0.5
    server.start()
    watch = next(link for link in server.links_list() if link.holder == "watch")
    stuck = socket.socket()
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    try:
        stuck.connect(("127.0.0.1", server.port))
        path_part = watch.url.removeprefix(server.base_url)
        stuck.sendall(f"GET {path_part}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        deadline = time.monotonic() + 5
        while server.hub.viewers == 0:
            assert time.monotonic() < deadline, "the stream never opened"
            time.sleep(0.02)
        deadline = time.monotonic() + 20
        changes = 0
        while server.hub.viewers:  # frames growing by 20 KB a change, until the page is dropped
            assert time.monotonic() < deadline, "the page that does not read was never dropped"
            review.park(f"Topic {changes}: " + "x" * 20_000)
            version = server.hub.version
            server.update(session=review.session)
            while server.hub.version == version and server.hub.viewers:  # one change at a time: no backlog
                assert time.monotonic() < deadline, "the server did not take the change"
                time.sleep(0.002)
            changes += 1
            assert sum(s.queued for s in list(server.hub.subscribers)) <= MAX_QUEUED_BYTES
        answer = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        answer.sendall(f"GET {path_part}/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        assert answer.recv(100).startswith(b"HTTP/1.1 200")
        answer.close()
    finally:
        stuck.close()
        server.stop()
