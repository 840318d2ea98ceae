"""Snapshots of the main screens at 80x24 and at a wide 200x50."""

from __future__ import annotations

import pytest

from tests.tui.tui_sessions import build_session

SIZES = [(80, 24), (200, 50)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_framing_screen(snap_compare, make_app, size) -> None:
    assert snap_compare(make_app(build_session()), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_with_timeline_walk(snap_compare, make_app, size) -> None:
    press = ["space", "right_square_bracket", "w", "down", "down", "d"]
    assert snap_compare(make_app(build_session()), terminal_size=size, press=press)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, make_app, size) -> None:
    assert snap_compare(make_app(build_session()), terminal_size=size, press=["2", "f1"])
