"""Fixtures for the app's Pilot and snapshot tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.session_file import write_new_session
from tests.tui.tui_sessions import FakeClock, build_session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "checkout.json"
    write_new_session(path, build_session())
    return path


@pytest.fixture(autouse=True)
def app_pilot_once_open(pilot_once_open: None) -> None:
    """Every app test here gets its pilot once the session is open (tests/conftest.py)."""
