"""Reopening a session puts the facilitator back where they left it: pane, walk mode, cursor."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.view_state import ViewState, load_view
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.panes.timeline import TimelinePane
from tests.tui.tui_sessions import FakeClock


async def test_walk_mode_and_the_cursor_come_back_when_the_session_is_reopened(
    session_file: Path, clock: FakeClock
) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test() as pilot:
        await pilot.press("2", "down", "down", "w")
        await pilot.pause()
        timeline = app.screen.query_one(TimelinePane)
        left_on = timeline.view.current
        assert left_on is not None and timeline.walking
        await pilot.press("ctrl+q")
    assert load_view(session_file) == ViewState("timeline", True, left_on.id)

    again = FacilitatorApp(session_path=session_file, now=clock)
    async with again.run_test() as pilot:
        await pilot.pause()
        timeline = again.screen.query_one(TimelinePane)
        assert timeline.display and timeline.walking
        assert timeline.view.current is not None and timeline.view.current.id == left_on.id
        assert timeline.has_class("walking")


async def test_a_pane_or_event_that_no_longer_exists_is_ignored(session_file: Path, clock: FakeClock) -> None:
    from facilitator.store.view_state import save_view
    from facilitator.tui.screens.review import ReviewScreen

    save_view(session_file, ViewState("no-such-pane", True, "gone-event"))
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_pane == "framing"
        timeline = screen.query_one(TimelinePane)
        assert timeline.walking and timeline.view.cursor == 0  # the walk is back, from the first event


def test_a_damaged_views_file_is_no_view(tmp_path: Path) -> None:
    from facilitator.store.view_state import views_path

    views_path().parent.mkdir(parents=True, exist_ok=True)
    views_path().write_text("{not json")
    assert load_view(tmp_path / "x.json") is None


async def test_the_place_is_kept_as_it_changes_so_a_crash_keeps_it(session_file: Path, clock: FakeClock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test() as pilot:
        await pilot.press("3")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert load_view(session_file) == ViewState("board")  # no quit: the app could die right now
        await pilot.press("2", "w", "down", "down")
        await pilot.pause()
        await app.workers.wait_for_complete()
        current = app.screen.query_one(TimelinePane).view.current
        assert load_view(session_file) == ViewState("timeline", True, current.id)
