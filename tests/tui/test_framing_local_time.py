"""Participants' local time on Framing moves on with the minute, even when a tick lands late."""

from __future__ import annotations

from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.review import ReviewScreen
from tests.tui.screen_text import on_top, screen_text


async def test_local_times_refresh_when_the_minute_turns_between_ticks(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        clock.advance(seconds=59.5)
        on_top(app, ReviewScreen).tick()
        await pilot.pause()
        assert "12:00 Sao_Paulo" in screen_text(app)
        clock.advance(seconds=1.5)  # a busy second: the tick lands at :01, never at :00
        on_top(app, ReviewScreen).tick()
        await pilot.pause()
        text = screen_text(app)
        assert "12:01 Sao_Paulo" in text and "20:31 Kolkata" in text
        clock.advance(minutes=7)
        on_top(app, ReviewScreen).tick()
        await pilot.pause()
        assert "12:08 Sao_Paulo" in screen_text(app)
