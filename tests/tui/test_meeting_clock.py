"""The clock tells the truth about the meeting: one overrun figure, going back is not done,
`+` says when the meeting ends, closing finishes the meeting and locks the review."""

from __future__ import annotations

from textual.widgets import OptionList

from facilitator.model.enums import SessionStatus
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.review import ReviewScreen
from facilitator.tui.widgets.agenda import AgendaStrip
from tests.tui.pane_sessions import toasts_text
from tests.tui.screen_text import on_top
from tests.tui.tui_sessions import FakeClock


def agenda_text(app: FacilitatorApp) -> str:
    return app.screen.query_one(AgendaStrip).render().plain


async def test_an_overrun_shows_one_figure(session_file, clock: FakeClock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        clock.advance(minutes=5, seconds=7.5)
        on_top(app, ReviewScreen).tick()
        line = agenda_text(app).splitlines()[1]
        assert "-0:07" in line and "0:08" not in line and "over by" not in line


async def test_going_back_from_a_box_with_time_left_leaves_it_unticked(session_file, clock: FakeClock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("space", "right_square_bracket")
        clock.advance(minutes=2)
        await pilot.press("left_square_bracket")
        on_top(app, ReviewScreen).tick()
        boxes = agenda_text(app).splitlines()[0]
        assert "▶ 1 Framing" in boxes
        assert "✓2" not in boxes, boxes


async def test_extending_says_when_the_meeting_ends_and_later_boxes_can_pay(session_file, clock: FakeClock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("space", "plus")
        await pilot.pause()
        assert "ends 16:05, 5 min past the slot" in toasts_text(app)
        assert "Press - to take them from the later timeboxes" in toasts_text(app)
        app.clear_notifications()
        await pilot.press("minus")
        await pilot.pause()
        assert "ends 16:00, on time for the slot" in toasts_text(app)
        assert app.active_review.session.clock.boxes[0].budget_seconds == 10 * 60


async def test_go_to_timebox_lists_the_extended_minutes(session_file, clock: FakeClock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("plus", "g")
        await pilot.pause()
        assert "1. Framing (10 min)" in str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)


async def test_closing_finishes_the_meeting_warns_first_and_locks_the_review(tmp_path, clock: FakeClock) -> None:
    from facilitator.review import Review
    from facilitator.store.session_file import write_new_session
    from tests.tui.tui_sessions import build_session

    review = Review(build_session())
    review.set_details(summary="", detected_at=None)
    path = tmp_path / "bare.json"
    write_new_session(path, review.session)
    app = FacilitatorApp(session_path=path, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("space")
        clock.advance(minutes=3)
        await pilot.press("7", "c")
        await pilot.pause()
        dialog = app.screen
        assert "no summary or detection time yet" in str(dialog.query_one("Static").render())
        await pilot.press("y")
        await pilot.pause()
        session = app.active_review.session
        assert session.status is SessionStatus.CLOSED and not session.clock.running
        clock.advance(minutes=10)
        on_top(app, ReviewScreen).tick()
        assert "Meeting finished" in agenda_text(app) and "took 3:00" in agenda_text(app)
        app.clear_notifications()
        await pilot.press("w")
        await pilot.pause()
        assert "review is closed" in toasts_text(app)
        assert not session.debrief.went_well
