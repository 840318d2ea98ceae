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
        # The hub renders on the server's own thread: wait for what a page would be sent, not for its state.
        while "Raised in the room" not in server.hub.body():
            assert time.monotonic() < deadline, "the server did not follow the saved file"
            time.sleep(0.05)
        assert written != before and path.stat().st_mtime_ns == written
    finally:
        server.stop()
        review.close()


def test_serve_revoke_prints_a_new_link_and_the_old_one_is_gone(tmp_path: Path, capsys) -> None:
    path = write_session(tmp_path)
    cli = CliRunner(tmp_path, capsys)  # in-process: these runs end before a server would start
    assert cli("serve", str(path), "--port", "0", "--revoke", "ravi menon") == 0, cli.err
    links = load_links(links_path(path))
    ravi = next(p.id for p in load_session(path).participants if p.name == "Ravi Menon")
    assert "The old link of Ravi Menon no longer works" in cli.out
    first = links.tokens
    assert cli("serve", str(path), "--port", "0", "--revoke", "Ravi Menon") == 0
    assert load_links(links_path(path)).tokens[ravi] != first[ravi]
    assert cli("serve", str(path), "--port", "0", "--revoke", "Nobody") == 2
    assert "no participant named 'Nobody'" in cli.err


def test_serve_shows_a_closed_review_read_only_for_its_days_then_refuses(tmp_path: Path, capsys) -> None:
    review = review_with_people()
    review.close_review(FakeClock()())  # closed on 2026-03-22
    path = write_session(tmp_path, review.session)
    cli = CliRunner(tmp_path, capsys)
    assert cli("serve", str(path), "--port", "0", "--read-only-days", "30") == 2
    assert "the review is closed; its page showed the outcome until 2026-04-21" in cli.err
    assert cli("serve", str(path), "--port", "0", "--read-only-days", "3650", "--revoke", "Jo Park") == 0, cli.err
    assert "New link" in cli.out


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own: a read that hung would be stopped by the timeout."""
    code = f"import sys; from facilitator.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


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
