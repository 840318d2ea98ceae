"""Snapshots of the main screens at 80x24 and at a wide 200x50."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.tui_sessions import FakeClock, build_session

SIZES = [(80, 24), (200, 50)]


def make_app(tmp_path: Path) -> FacilitatorApp:
    path = tmp_path / "checkout.json"
    write_new_session(path, build_session())
    return FacilitatorApp(session_path=path, now=FakeClock(), keymap_file=tmp_path / "no-keymap.toml")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_framing_screen(snap_compare, tmp_path, size) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_with_timeline_walk(snap_compare, tmp_path, size) -> None:
    assert snap_compare(
        make_app(tmp_path), terminal_size=size, press=["space", "right_square_bracket", "w", "down", "down", "d"]
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, tmp_path, size) -> None:
    assert snap_compare(make_app(tmp_path), terminal_size=size, press=["2", "f1"])
