"""Closing the terminal (SIGHUP) or SIGTERM saves before the app exits."""

from __future__ import annotations

import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.store.session_file import load_session, write_new_session
from tests.tui.tui_sessions import build_session

DRIVER = Path(__file__).with_name("signal_driver.py")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_signal_saves_the_last_edit(tmp_path: Path, sig: signal.Signals) -> None:
    session = tmp_path / "checkout.json"
    write_new_session(session, build_session())
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(session)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)  # its first line, or its end
    if not ready or process.stdout.readline() != b"ready\n":
        process.kill()
        pytest.fail(f"the app did not start: {process.communicate()[1].decode()}")
    process.send_signal(sig)
    process.wait(timeout=30)
    assert [item.text for item in load_session(session).parking] == ["parked just before the signal"]
    assert not session.with_name(session.name + ".lock").exists()
