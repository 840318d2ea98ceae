"""`facilitator serve`: follows the session file the app saves, streams changes, ends when the review closes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from facilitator.review import Review
from facilitator.store.inbox import inbox_path
from facilitator.store.links import links_path, load_links
from facilitator.store.session_file import load_session, open_session
from facilitator.web.live_server import LiveServer
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
        assert "Raised in the room" in server.hub.body()
        assert written != before and path.stat().st_mtime_ns == written
    finally:
        server.stop()
        review.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = f"import sys; from facilitator.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_serve_revoke_prints_a_new_link_and_the_old_one_is_gone(tmp_path: Path) -> None:
    path = write_session(tmp_path)
    result = run_cli("serve", str(path), "--port", "0", "--revoke", "ravi menon")
    assert result.returncode == 0, result.stderr
    links = load_links(links_path(path))
    ravi = next(p.id for p in load_session(path).participants if p.name == "Ravi Menon")
    assert "The old link of Ravi Menon no longer works" in result.stdout
    first = links.tokens
    again = run_cli("serve", str(path), "--port", "0", "--revoke", "Ravi Menon")
    assert load_links(links_path(path)).tokens[ravi] != first[ravi]
    assert again.returncode == 0
    unknown = run_cli("serve", str(path), "--port", "0", "--revoke", "Nobody")
    assert unknown.returncode == 2 and "no participant named 'Nobody'" in unknown.stderr


def test_serve_shows_a_closed_review_read_only_for_its_days_then_refuses(tmp_path: Path) -> None:
    review = review_with_people()
    review.close_review(FakeClock()())  # closed on 2026-03-22
    path = write_session(tmp_path, review.session)
    result = run_cli("serve", str(path), "--port", "0", "--read-only-days", "30")
    assert result.returncode == 2
    assert "the review is closed; its page showed the outcome until 2026-04-21" in result.stderr
    kept = run_cli("serve", str(path), "--port", "0", "--read-only-days", "3650", "--revoke", "Jo Park")
    assert kept.returncode == 0, kept.stderr
    assert "New link" in kept.stdout


def test_serve_refuses_an_inbox_that_is_a_fifo_or_a_link_in_one_line_without_hanging(tmp_path: Path) -> None:
    path = write_session(tmp_path)
    inbox = inbox_path(path)
    os.mkfifo(inbox)
    fifo = run_cli("serve", str(path), "--port", "0")
    assert (fifo.returncode, fifo.stderr) == (
        2,
        f"facilitator: the live page cannot start: {inbox}: is a pipe (FIFO), not a file; only regular files are read\n",
    )
    inbox.unlink()
    inbox.symlink_to("/dev/zero")
    zero = run_cli("serve", str(path), "--port", "0")
    assert zero.returncode == 2 and zero.stderr.splitlines() == [
        f"facilitator: the live page cannot start: {inbox}: is a symbolic link; facilitator never follows a link here. "
        "Remove the link, then try again"
    ]
