"""`facilitator serve`: follows the session file the app saves, streams changes, ends when the review closes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from facilitator.review import Review
from facilitator.store.links import links_path, load_links
from facilitator.store.session_file import load_session, open_session
from facilitator.web.hub import LiveHub
from facilitator.web.live_server import LiveServer
from facilitator.web.view import LiveState
from tests.cli_runner import CliRunner
from tests.web.web_sessions import FakeClock, review_with_people, write_session


def test_the_standalone_server_shows_what_the_app_saved_without_writing_the_file(tmp_path: Path) -> None:
    path = write_session(tmp_path)
    file = open_session(path)  # the app: the one writer, holding the lock
    review = Review(file.session, file)
    server = LiveServer(path, review.session, FakeClock(), follow_file=True)
    server.start()
    try:
        before = path.stat().st_mtime_ns
        review.park("Raised in the room")
        review.save_now(FakeClock()())
        written = path.stat().st_mtime_ns
        deadline = time.monotonic() + 3
        while not server.hub.state.session.parking:
            assert time.monotonic() < deadline, "the server did not follow the saved file"
            time.sleep(0.05)
        assert "Raised in the room" in server.hub.live_html()
        assert written != before and path.stat().st_mtime_ns == written
    finally:
        server.stop()
        review.close()


async def test_every_page_gets_each_change_and_the_stream_ends_when_the_review_closes() -> None:
    review = review_with_people()
    hub = LiveHub(LiveState(review.session), FakeClock())
    streams = [hub.stream() for _ in range(3)]
    first = [await anext(stream) for stream in streams]
    assert all("Event number 1 happened" in frame for frame in first)
    review.park("A side topic")
    hub.publish(LiveState(review.session))
    changed = [await anext(stream) for stream in streams]
    assert all("A side topic" in frame for frame in changed)
    review.close_review(FakeClock()())
    hub.publish(LiveState(review.session))
    last = [await anext(stream) for stream in streams]
    assert all("event: closed" in frame for frame in last)
    for stream in streams:
        assert await asyncio.wait_for(anext(stream, None), 1) is None
    assert hub.viewers == 0


def test_serve_revoke_prints_a_new_link_and_the_old_one_is_gone(tmp_path: Path, capsys) -> None:
    path = write_session(tmp_path)
    cli = CliRunner(tmp_path, capsys)
    assert cli("serve", str(path), "--port", "0", "--revoke", "ravi menon") == 0, cli.err
    links = load_links(links_path(path))
    ravi = next(p.id for p in load_session(path).participants if p.name == "Ravi Menon")
    assert "The old link of Ravi Menon no longer works" in cli.out
    first = links.tokens
    assert cli("serve", str(path), "--port", "0", "--revoke", "Ravi Menon") == 0
    assert load_links(links_path(path)).tokens[ravi] != first[ravi]
    assert cli("serve", str(path), "--port", "0", "--revoke", "Nobody") == 2
    assert "no participant named 'Nobody'" in cli.err


def test_serve_refuses_a_closed_review(tmp_path: Path, capsys) -> None:
    review = review_with_people()
    review.close_review(FakeClock()())
    path = write_session(tmp_path, review.session)
    cli = CliRunner(tmp_path, capsys)
    assert cli("serve", str(path), "--port", "0") == 2
    assert "the review is closed" in cli.err
