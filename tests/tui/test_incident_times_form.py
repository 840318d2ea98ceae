"""`t` on the Framing pane: a bare time takes the incident's date; out-of-order times warn first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.review import Review
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.form import FormDialog
from tests.tui.pane_sessions import paste
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import INCIDENT, FakeClock, build_session


def app_detected_two_days_after_the_first_event(tmp_path: Path, clock: FakeClock) -> FacilitatorApp:
    review = Review(build_session())
    later = INCIDENT + timedelta(days=2)
    review.set_details(
        started_at=None,
        detected_at=later + timedelta(minutes=3),
        acknowledged_at=None,
        mitigated_at=later + timedelta(minutes=9),
        resolved_at=later + timedelta(minutes=12),
    )
    path = tmp_path / "late.json"
    write_new_session(path, review.session)
    return FacilitatorApp(session_path=path, now=clock, keymap_file=tmp_path / "none.toml")


async def test_a_bare_acknowledged_time_takes_the_detection_date(tmp_path: Path, clock: FakeClock) -> None:
    app = app_detected_two_days_after_the_first_event(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#f-acknowledged_at").focus()
        await pilot.pause()
        await paste(pilot, "14:25")
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.acknowledged_at == datetime(2026, 3, 24, 14, 25, tzinfo=UTC)


async def test_times_out_of_order_warn_in_the_form_then_save_as_typed(tmp_path: Path, clock: FakeClock) -> None:
    app = app_detected_two_days_after_the_first_event(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#f-acknowledged_at").focus()
        await pilot.pause()
        await paste(pilot, "14:00")  # before the detection at 14:23 that day
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "acknowledged 2026-03-24 14:00 is before detected" in " ".join(screen_text(app).split())
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormDialog)
        assert app.review.session.acknowledged_at == datetime(2026, 3, 24, 14, 0, tzinfo=UTC)
