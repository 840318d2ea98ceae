"""The page under a flood, against a real server on 127.0.0.1 (a few dozen sockets, seconds):
connections capped in total and per link, slow headers cut off, posts still answered, the log bounded."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.tui.screens.share import ShareScreen
from facilitator.web.guard import ConnectionGuard, Limits
from facilitator.web.live_server import LiveServer
from facilitator.web.log_limit import LogLimit
from tests.tui.screen_text import on_top, wait_until
from tests.web.web_sessions import FakeClock, review_with_people, write_session


@dataclass
class Ticking:
    """The guard's monotonic clock, moved by the test."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Page:
    server: LiveServer
    clock: Ticking

    @property
    def guard(self) -> ConnectionGuard:
        return self.server.guard

    def url(self, name: str) -> str:
        return next(link.url for link in self.server.links_list() if link.name == name)

    def post(self, name: str, text: str) -> tuple[int, dict[str, object]]:
        url = self.url(name)
        token = url.rsplit("/", 1)[1]
        body = urllib.parse.urlencode(
            {"csrf": self.server.links.current().csrf(token), "kind": "parking", "text": text}
        )
        request = urllib.request.Request(
            url + "/send",
            data=body.encode(),
            headers={"Origin": self.server.base_url, "Accept": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())

    def slow(self, count: int, path: str = "/w/x") -> list[socket.socket]:
        """`count` connections that send half their request headers, then nothing."""
        sockets = []
        for _ in range(count):
            sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=5)
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
            sockets.append(sock)
        return sockets

    def stream(self, url: str) -> socket.socket:
        """An open event stream on `url`, its response head read."""
        parts = urllib.parse.urlsplit(url + "/events")
        sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=5)
        sock.sendall(f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 200"), "the stream did not open"
        return sock


def until(condition: Callable[[], bool], seconds: float = 8.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not in time"
        time.sleep(0.05)


def closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(0.01)
    try:
        data = sock.recv(4096)
    except TimeoutError:
        return False
    except OSError:
        return True
    return data == b"" or data.startswith(b"HTTP/1.1 503")


@pytest.fixture
def page(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Page]:
    limits = getattr(request, "param", Limits(total=20, per_person=3, per_watch=4, header_seconds=10))
    clock = Ticking()
    review = review_with_people()
    server = LiveServer(
        write_session(tmp_path, review.session), review.session, FakeClock(), guard=ConnectionGuard(limits, clock)
    )
    server.start()
    try:
        yield Page(server, clock)
    finally:
        server.stop()


def test_slow_headers_hold_no_more_than_the_cap_a_post_still_answers_and_they_are_cut_off(
    page: Page, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    held = page.slow(60)
    until(lambda: page.guard.open <= 20 and sum(closed_by_server(s) for s in held[:40]) == 40)
    assert page.guard.open <= 20

    status, said = page.post("Jo Park", "Sent during the flood")
    assert (status, said["ok"]) == (200, True)
    assert page.server.follower.inbox.read().contributions[-1].text == "Sent during the flood"

    page.clock.now += 11  # the header deadline passes
    until(lambda: all(closed_by_server(s) for s in held))
    until(lambda: page.guard.open == 0)
    page_lines = [r for r in caplog.records if r.name == "facilitator.web.connections"]
    assert len(page_lines) <= LogLimit().lines  # each of the 40 closed would be a line
    for sock in held:
        sock.close()


@pytest.mark.parametrize("page", [Limits(total=6, per_person=3, per_watch=10)], indirect=True)
def test_when_every_connection_is_busy_a_newcomer_gets_503_at_once(page: Page) -> None:
    streams = [page.stream(page.url("watch only")) for _ in range(6)]
    late = socket.create_connection(("127.0.0.1", page.server.port), timeout=5)
    assert late.recv(4096).startswith(b"HTTP/1.1 503 Service Unavailable")
    assert page.guard.open == 6
    for sock in [*streams, late]:
        sock.close()


def test_one_link_holds_at_most_its_cap_of_pages_and_others_still_get_in(page: Page) -> None:
    jo = [page.stream(page.url("Jo Park")) for _ in range(3)]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(page.url("Jo Park") + "/events", timeout=5)
    assert refused.value.code == 429
    ravi = page.stream(page.url("Ravi Menon"))
    watchers = [page.stream(page.url("watch only")) for _ in range(4)]
    with pytest.raises(urllib.error.HTTPError) as full:
        urllib.request.urlopen(page.url("watch only") + "/events", timeout=5)
    assert full.value.code == 429
    for sock in [*jo, ravi, *watchers]:
        sock.close()


def test_the_log_limit_as_a_filter_lets_a_burst_through_then_says_how_many_it_held_back() -> None:
    clock = Ticking()
    limit = LogLimit(lines=3, window=10, clock=clock)
    records = [logging.LogRecord("uvicorn.error", logging.WARNING, "", 0, "refused %d", (n,), None) for n in range(9)]
    passed = [record.getMessage() for record in records[:8] if limit.filter(record)]
    assert passed == ["refused 0", "refused 1", "refused 2"]
    clock.now += 10
    assert limit.filter(records[8])
    assert records[8].getMessage() == "refused 8 (5 more lines were not logged in 10 s)"


FLOOD = """
import resource, socket, sys
resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
held = []
for _ in range(int(sys.argv[2])):
    try:
        sock = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
        sock.sendall(b"GET /w/x HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\n")
        held.append(sock)
    except OSError:
        pass
print("flooding", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def few_files() -> Iterator[None]:
    """This process may open only 400 files more than it has open now, as under a low `ulimit -n`."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    spare = len(os.listdir("/proc/self/fd")) + 400 if os.path.isdir("/proc/self/fd") else None
    if spare is None or spare > soft:
        pytest.skip("cannot count or lower this process's open files here")
    resource.setrlimit(resource.RLIMIT_NOFILE, (spare, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.usefixtures("few_files")
async def test_a_flood_on_the_page_never_stops_the_app_from_saving(tmp_path: Path) -> None:
    from facilitator.tui.app import FacilitatorApp

    path = write_session(tmp_path)
    app = FacilitatorApp(path, now=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S")
        await wait_until(pilot, lambda: isinstance(app.screen, ShareScreen), "the share dialog")
        server = on_top(app, ShareScreen).server
        await pilot.press("escape")
        flood = subprocess.Popen(
            [sys.executable, "-c", FLOOD, str(server.port), str(2 * server.guard.limits.total)],  # twice the cap
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert flood.stdout is not None and flood.stdout.readline().strip() == "flooding"
            assert server.guard.open <= server.guard.limits.total
            await pilot.press("p", *"Parked while the page was flooded", "enter")

            def saved() -> bool:
                return "Parked while the page was flooded" in path.read_text(encoding="utf-8")

            await wait_until(pilot, lambda: saved() or app.save_error is not None, "the autosave")
            assert app.save_error is None and saved()
        finally:
            flood.kill()
            flood.wait(10)
