"""Accept, then a crash before the second of the two writes (the session's save, the inbox's
record): the item ends in exactly one place, the session or the inbox, never in neither."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.store.inbox import Inbox, InboxFollower, inbox_path
from facilitator.store.session_file import load_session

CHECKOUT = Path(__file__).parents[2]
"""The top of the source checkout, where `tests` is a package."""
TOPIC = "Who owns the pool size defaults?"

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@pytest.mark.parametrize("order", ["decision-first", "session-first"])
def test_a_kill_between_the_two_writes_of_an_accept_leaves_the_item_in_one_place(tmp_path: Path, order: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.tui.accept_crash_worker", order, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=CHECKOUT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "accepted"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    session = load_session(tmp_path / "checkout.json")
    in_session = [item.text for item in session.parking if TOPIC in item.text]
    follower = InboxFollower(Inbox(inbox_path(tmp_path / "checkout.json")))
    follower.refresh()
    waiting = [c.text for c in follower.view(set(session.inbox_accepted)).pending if c.text == TOPIC]
    assert len(in_session) + len(waiting) == 1, (in_session, waiting)
    if order == "decision-first":
        assert waiting == [TOPIC]  # the session never got it: it waits in the inbox again
    else:
        assert in_session == [f"{TOPIC} (from Jo Park)"]  # the session has it: the inbox does not offer it again
