"""Presentation mode and the large walk: what the back of a video call can read."""

from __future__ import annotations

from textual.widgets import Digits

from facilitator.tui.screens.presentation import KNOW_THEN, PresentationScreen
from facilitator.tui.screens.review import ReviewScreen
from tests.tui.pane_sessions import widget_text
from tests.tui.tui_sessions import FakeClock


async def test_f5_shows_the_time_left_in_big_digits_and_the_event_under_discussion(make_app, clock: FakeClock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        clock.advance(seconds=61)
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentationScreen)
        screen.refresh_view()
        assert screen.query_one("#present-time", Digits).value == "3:59"
        assert "Event number 1 happened" in widget_text(app, screen.query_one("#present-event"))
        assert "What did we know then?" in widget_text(app, screen.query_one("#present-question"))
        assert not screen.query("Footer") and not screen.query("AgendaStrip")

        app.active_review.toggle_decision(app.active_review.session.timeline[1].id)
        await pilot.press("down")
        await pilot.pause()
        assert "Event number 2 happened" in widget_text(app, screen.query_one("#present-event"))
        question = widget_text(app, screen.query_one("#present-question"))
        assert "Decision point: what did we know then" in question and KNOW_THEN.split("?")[0] in question

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.current_pane == "framing"  # the panes behind are as they were


async def test_walk_mode_shows_the_current_event_time_large(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "w", "down")
        await pilot.pause()
        digits = app.screen.query_one("#walk-time", Digits)
        assert digits.display and digits.value == "14:23"
        assert digits.region.height == 3
        await pilot.press("w")
        await pilot.pause()
        assert not digits.display or digits.region.height == 0
