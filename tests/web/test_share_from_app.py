"""Sharing from the app, without a browser: the walk and every change reach the served page as they
happen (no poll in between), and x in the share dialog stops serving."""

from __future__ import annotations

import time

import pytest

from facilitator.tui.app import FacilitatorApp
from tests.web.web_sessions import FakeClock, write_session


async def wait_until(pilot, condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the app did not do it in time"
        await pilot.pause(0.05)


@pytest.mark.usefixtures("live_port")
async def test_the_served_page_follows_the_walk_and_the_edits_and_x_stops_it(tmp_path) -> None:
    app = FacilitatorApp(write_session(tmp_path), now=FakeClock(), keymap_file=tmp_path / "no-keymap.toml")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("S")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ShareScreen")
        server = app.screen.server
        await pilot.press("escape")
        timeline = app.active_review.session.timeline

        await pilot.press("2", "w", "down")
        await wait_until(pilot, lambda: server.hub.state.walk_event_id == timeline[1].id)
        await pilot.press("w")
        await wait_until(pilot, lambda: server.hub.state.walk_event_id is None)
        app.active_review.set_details(title="Renamed while shared")
        await wait_until(pilot, lambda: server.hub.state.session.title == "Renamed while shared")

        await pilot.press("S")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ShareScreen")
        await pilot.press("x")
        await wait_until(pilot, lambda: app.screen.live_server is None)
        assert any("The live page is stopped" in n.message for n in app._notifications)
