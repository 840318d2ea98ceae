"""Fixtures for the live page: a served session (no socket traffic: Starlette's TestClient)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.web_sessions import Served, review_with_people


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    served = Served(tmp_path, review_with_people())
    yield served
    served.server.socket.close()


@pytest.fixture(autouse=True)
def app_pilot_once_open(pilot_once_open: None) -> None:
    """The tests that drive the app beside the page get its pilot once the session is open (tests/conftest.py)."""
