"""Crash safety: a writer killed with SIGKILL at random moments never loses a saved edit.

Each round has `kill_worker.py serve` fork a writer, lets it save a random number of edits,
kills it, then checks that the file loads and holds every edit the writer reported as
saved, and that the next opener took over the dead writer's lock.
FACILITATOR_KILL_ROUNDS=200 for a long run by hand (default 20).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.model.factory import new_session
from facilitator.store.lock import lock_path, read_holder
from facilitator.store.session_file import load_session, open_session, write_new_session
from tests.store.store_samples import LAYOUT, T0

WORKER = Path(__file__).with_name("kill_worker.py")
ROUNDS = int(os.environ.get("FACILITATOR_KILL_ROUNDS", "20"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


def one_round(server: subprocess.Popen[str], saves: int) -> tuple[int, int, int]:
    """Fork a writer, kill it after `saves` saves: (its pid, the stale pid it took over, edits saved)."""
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("go\n")
    server.stdin.flush()
    opened = server.stdout.readline().split()
    assert opened[:1] == ["opened"], opened
    pid, stale_pid = int(opened[1]), int(opened[2])
    saved = 0
    for _ in range(saves):
        saved = int(server.stdout.readline().split()[1])
    os.kill(pid, signal.SIGKILL)
    for line in server.stdout:  # what the writer printed before it died, then the server's notice
        if line.startswith("ended "):
            break
        saved = max(saved, int(line.split()[1]))
    return pid, stale_pid, saved


def test_killed_writer_never_loses_a_saved_edit_and_its_lock_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "outage.json"
    write_new_session(path, new_session("Outage", "outage", LAYOUT, T0))
    rng = random.Random(int(os.environ.get("FACILITATOR_KILL_SEED", "7")))
    server = subprocess.Popen(
        [sys.executable, str(WORKER), "serve", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    saved, previous_pid = 0, 0
    try:
        for round_ in range(ROUNDS):
            pid, stale_pid, now_saved = one_round(server, rng.randint(0, 6))
            assert stale_pid == previous_pid, f"round {round_}: the dead writer's lock was not taken over"
            texts = [event.text for event in load_session(path).timeline]  # loads and validates
            saved = max(saved, now_saved)
            assert texts[:saved] == [f"edit {n}" for n in range(saved)], f"round {round_}: a saved edit was lost"
            holder = read_holder(lock_path(path))
            assert holder is not None and holder.pid == pid  # the dead writer's lock file is still there
            previous_pid = pid
    finally:
        server.communicate("")

    file = open_session(path)
    try:
        assert not file.read_only
        assert file.stale_lock is not None and file.stale_lock.pid == previous_pid
        holder = read_holder(lock_path(path))
        assert holder is not None and holder.pid == os.getpid()
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    finally:
        file.close()
    assert not lock_path(path).exists()
    assert saved > 0


def test_a_killed_export_leaves_the_earlier_export_or_the_new_one_never_a_broken_file(tmp_path: Path) -> None:
    from facilitator.export.markdown import to_markdown

    path = tmp_path / "outage.json"
    session = new_session("Outage", "outage", LAYOUT, T0)
    write_new_session(path, session)
    whole = {to_markdown(session, zone) for zone in ("Asia/Tokyo", "America/Lima")}
    out = tmp_path / "postmortem.md"
    rng = random.Random(int(os.environ.get("FACILITATOR_KILL_SEED", "7")))
    server = subprocess.Popen(
        [sys.executable, str(WORKER), "export", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    exported = 0
    try:
        for round_ in range(ROUNDS):
            _, _, done = one_round(server, rng.randint(0, 4))
            exported += done
            if out.exists():
                assert out.read_text(encoding="utf-8") in whole, f"round {round_}: a broken export was left"
    finally:
        server.communicate("")
    assert exported > 0 and out.read_text(encoding="utf-8") in whole
