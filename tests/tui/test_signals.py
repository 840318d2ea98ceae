"""Closing the terminal (SIGHUP) or SIGTERM saves before the app exits."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.store.session_file import load_session, write_new_session
from tests.tui.tui_sessions import build_session

DRIVER = Path(__file__).with_name("signal_driver.py")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_signal_saves_the_last_edit(tmp_path: Path, sig: signal.Signals) -> None:
    session = tmp_path / "checkout.json"
    write_new_session(session, build_session())
    ready = tmp_path / "ready"
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(session), str(ready)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    assert process.stderr is not None
    while not ready.exists():
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    process.send_signal(sig)
    process.wait(timeout=30)
    assert [item.text for item in load_session(session).parking] == ["parked just before the signal"]
    assert not session.with_name(session.name + ".lock").exists()
