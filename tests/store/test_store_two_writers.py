"""One writer at a time: a second process gets the session read-only and cannot write."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.review import Review
from facilitator.review.refused import Refused
from facilitator.store.lock import lock_path
from facilitator.store.session_file import open_session
from tests.store.store_samples import at, new_file

WORKER = Path(__file__).with_name("kill_worker.py")


@pytest.fixture
def held_elsewhere(tmp_path: Path):
    """A session file held open for writing by another process; yields (path, its pid)."""
    path = new_file(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, str(WORKER), "hold", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding False"
    yield path, holder.pid
    holder.communicate("")
    assert holder.returncode == 0


def test_second_process_gets_read_only_with_a_reason_naming_the_holder(held_elsewhere) -> None:
    path, pid = held_elsewhere
    file = open_session(path)
    assert file.read_only
    assert file.holder is not None and file.holder.pid == pid
    assert file.read_only_reason.startswith(f"{path.name} is open in process {pid} on ")
    assert file.read_only_reason.endswith("this window is read-only")
    file.close()


def test_writing_through_a_read_only_session_is_refused_and_changes_nothing(held_elsewhere) -> None:
    path, _ = held_elsewhere
    before = path.read_bytes()
    file = open_session(path)
    with pytest.raises(PermissionError, match="this window is read-only"):
        file.save(file.session.changed(summary="changed"), at(900))
    review = Review(file.session, file)
    with pytest.raises(Refused, match="is open in process"):
        review.add_event(at(900), "an edit")
    assert review.save_now(at(901)) is False
    file.close()
    assert path.read_bytes() == before
    assert lock_path(path).exists()  # closing the read-only copy leaves the holder's lock alone


def test_after_a_clean_exit_the_next_opener_writes_and_finds_no_stale_lock(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, str(WORKER), "hold", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding False"
    holder.communicate("")
    assert not lock_path(path).exists()
    file = open_session(path)
    assert not file.read_only and file.stale_lock is None
    file.close()


def test_the_same_process_opening_twice_also_gets_read_only(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    first = open_session(path)
    second = open_session(path)
    assert not first.read_only and second.read_only
    second.close()
    first.close()
    assert not lock_path(path).exists()


def test_without_flock_a_dead_holder_is_taken_over_and_a_live_one_is_respected(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("facilitator.store.lock.fcntl", None)  # as on Windows
    path = new_file(tmp_path)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    lock_path(path).write_text(json.dumps({"pid": dead_pid, "host": socket.gethostname()}), encoding="utf-8")
    file = open_session(path)
    assert not file.read_only and file.stale_lock is not None and file.stale_lock.pid == dead_pid
    second = open_session(path)
    assert second.read_only and second.holder is not None and second.holder.pid == os.getpid()
    file.close()
    assert not lock_path(path).exists()
