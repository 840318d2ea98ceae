"""Helpers for the pre-prep tests: the Cloudflare example, a hand-filled form, an in-process CLI."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.model.session import Session
from facilitator.store.paths import session_path
from facilitator.store.session_file import load_session
from tests.cli_runner import CliRunner

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sessions" / "cloudflare-2019-07-02.json"
SLUG = "cloudflare-2019-07-02"
FORMS = Path(__file__).with_name("forms")
FILLED = FORMS / "cloudflare-jonas-filled.md"
"""Jonas Lindqvist's form, written by `facilitator prep` and filled in by hand."""
RECEIVED = datetime(2019, 7, 8, 9, 30, tzinfo=UTC)


def example() -> Session:
    return load_session(EXAMPLE)


def filled_text() -> str:
    return FILLED.read_text(encoding="utf-8")


class Cli(CliRunner):
    """The in-process CLI over a copy of the example."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLE, session_path(folder, SLUG))
        super().__init__(folder, capsys)

    def session(self) -> Session:
        return load_session(session_path(self.folder, SLUG))

    def raw(self) -> bytes:
        return session_path(self.folder, SLUG).read_bytes()
