"""Fixtures for the importer tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.importer_support import Cli


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "sessions", capsys)
