"""Snapshots of the pre-prep pane and its dialogs at 80x24 and 200x50, over a fixed round."""

from __future__ import annotations

import pytest

from tests.tui.pane_sessions import make_app
from tests.tui.prep_pane_session import async_session, blaming_session, prep_session
from tests.tui.tui_sessions import FakeClock

SIZES = [(80, 24), (200, 50)]
ON_RAVI = ["8", "down", "enter"]
"""Open the pane, move to Ravi (who sent a form) and into his answers."""


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_prep_pane(snap_compare, tmp_path, size) -> None:
    assert snap_compare(make_app(tmp_path, FakeClock(), prep_session()), terminal_size=size, press=ON_RAVI)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_use_answer_dialog(snap_compare, tmp_path, size) -> None:
    press = [*ON_RAVI, "down", "down", "enter"]
    assert snap_compare(make_app(tmp_path, FakeClock(), prep_session()), terminal_size=size, press=press)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_meeting_time_dialog(snap_compare, tmp_path, size) -> None:
    async def fair_times_shown(pilot) -> None:
        await pilot.app.session_loaded.wait()
        await pilot.pause()
        await pilot.press("8", "M")
        await pilot.app.workers.wait_for_complete()  # the fair meeting times are worked out in a worker
        await pilot.pause()

    assert snap_compare(
        make_app(tmp_path, FakeClock(), prep_session()), terminal_size=size, run_before=fair_times_shown
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_async_agenda_strip_on_day_two(snap_compare, tmp_path, size) -> None:
    clock = FakeClock()
    clock.advance(days=1, hours=2)
    assert snap_compare(make_app(tmp_path, clock, async_session()), terminal_size=size, press=["8"])


ON_JO_HELD = ["8", "down", "down", "enter"]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_prep_pane_marks_a_held_back_answer(snap_compare, tmp_path, size) -> None:
    assert snap_compare(make_app(tmp_path, FakeClock(), blaming_session()), terminal_size=size, press=ON_JO_HELD)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "200x50"])
def test_reword_dialog(snap_compare, tmp_path, size) -> None:
    press = [*ON_JO_HELD, "r"]
    assert snap_compare(make_app(tmp_path, FakeClock(), blaming_session()), terminal_size=size, press=press)
