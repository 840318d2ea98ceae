"""A whole live review driven by keyboard: clock, walk, edits, overrun, next stage, reopen."""

from __future__ import annotations

from facilitator.model.clock import ClockState
from facilitator.store.session_file import load_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.agenda import AgendaStrip
from facilitator.tui.widgets.timeline_view import TimelineView


def agenda_text(app) -> str:
    return app.screen.query_one(AgendaStrip).render().plain


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char if char != " " else "space")


async def test_a_review_runs_through_its_stages_and_survives_a_restart(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert "5:00" in agenda_text(app) and "not started" in agenda_text(app)

        await pilot.press("space")  # start the clock in Framing
        clock.advance(seconds=65)
        app.screen.tick()
        assert "3:55" in agenda_text(app) and "running" in agenda_text(app)

        await pilot.press("right_square_bracket")  # to the timeline walkthrough
        await pilot.pause()
        assert app.screen.current_pane == "timeline"
        assert "20:00" in agenda_text(app)

        await pilot.press("w")  # walk mode, five events
        for _ in range(4):
            await pilot.press("down")
        await pilot.pause()
        view = app.screen.query_one(TimelineView)
        assert view.cursor == 4 and view.rows.walk_index == 4
        detail = app.screen.query_one("#detail").render()
        assert "Event number 5 happened" in str(detail)

        await pilot.press("d")  # flag a decision point
        assert app.review.session.timeline[4].decision_point

        await pilot.press("a")  # add an event
        await type_text(pilot, "14:33")
        await pilot.press("tab")
        await type_text(pilot, "incident commander")
        await pilot.press("tab", "tab")
        await type_text(pilot, "Rollback chosen over a forward fix")
        await pilot.press("enter")
        await pilot.pause()
        texts = [e.text for e in app.review.session.timeline]
        assert "Rollback chosen over a forward fix" in texts

        await pilot.press("c")  # correct the selected (new) event
        await pilot.pause()
        value = app.screen.query_one("#f-value")
        value.value = "Rollback chosen: the forward fix needed a deploy"
        await pilot.press("enter")
        await pilot.pause()
        corrected = next(e for e in app.review.session.timeline if e.corrections)
        assert corrected.corrections[0].original == "Rollback chosen over a forward fix"
        assert "was Rollback chosen over a forward fix" in str(app.screen.query_one("#detail").render())

        await pilot.press("plus")  # extend by five minutes
        assert "25:00" in agenda_text(app)
        clock.advance(minutes=26)
        app.screen.tick()
        assert app.review.session.clock.state(clock()) is ClockState.OVERRUN
        assert "-1:00" in agenda_text(app) and "over by" not in agenda_text(app)

        await pilot.press("right_square_bracket")  # analysis
        await pilot.pause()
        assert app.review.session.clock.current == 2
        await pilot.press("ctrl+q")
    saved = load_session(session_file)
    assert saved.clock.current == 2 and saved.clock.running
    assert any(e.corrections for e in saved.timeline)

    clock.advance(minutes=10)  # the app stays closed for ten minutes
    reopened = FacilitatorApp(session_path=session_file, now=clock)
    async with reopened.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        clock_state = reopened.review.session.clock
        assert clock_state.running and clock_state.current == 2
        assert clock_state.elapsed(clock()) < 5, "time while closed must count as paused"
        assert any("paused for the 10m" in n.message for n in reopened._notifications)
        await pilot.press("ctrl+q")


async def test_two_minute_warning_and_time_up_are_announced(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("space")
        clock.advance(minutes=3, seconds=30)
        app.screen.tick()
        await pilot.pause()
        assert any("Two minutes left in Framing" in n.message for n in app._notifications)
        clock.advance(minutes=2)
        app.screen.tick()
        await pilot.pause()
        assert any("Time is up for Framing" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")


async def test_pause_stops_the_countdown(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("space")
        clock.advance(seconds=30)
        await pilot.press("space")
        clock.advance(minutes=10)
        app.screen.tick()
        assert "4:30" in agenda_text(app) and "paused" in agenda_text(app)
        await pilot.press("ctrl+q")


async def test_undo_restores_a_deleted_event(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2", "down", "x")
        assert len(app.review.session.timeline) == 7
        await pilot.press("ctrl+z")
        assert len(app.review.session.timeline) == 8
        await pilot.press("ctrl+y")
        assert len(app.review.session.timeline) == 7
        await pilot.press("ctrl+q")


async def test_parking_a_topic_from_any_pane_records_the_timebox(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2", "p")
        await type_text(pilot, "Pool sizing docs")
        await pilot.press("enter")
        await pilot.pause()
        (item,) = app.review.session.parking
        assert item.text == "Pool sizing docs" and item.raised_in == "Framing"
        await pilot.press("ctrl+q")


async def test_the_walk_jumps_between_decision_points(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2")
        await pilot.pause()
        view = app.screen.query_one(TimelineView)
        for index in (2, 5):
            view.move_to(index)
            await pilot.press("d")
        view.move_to(0)
        await pilot.press("greater_than_sign")
        assert view.cursor == 2
        await pilot.press("greater_than_sign")
        assert view.cursor == 5
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert view.cursor == 5 and any("No more decision points" in n.message for n in app._notifications)
        await pilot.press("less_than_sign")
        assert view.cursor == 2


async def test_after_the_last_timebox_the_meeting_shows_as_finished(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        for minutes in (5, 20, 20, 10, 7):  # the debrief runs two minutes over
            clock.advance(minutes=minutes)
            await pilot.press("right_square_bracket")
        await pilot.pause()
        text = agenda_text(app)
        assert "Meeting finished" in text and "took 1:02:00 of 1:00:00 planned (2:00 over)" in text


async def test_at_80_columns_the_agenda_strip_names_every_timebox(session_file, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        boxes = agenda_text(app).splitlines()[0]
        assert boxes == "▶ 1 Framing 5m │ 2 Timeline │ 3 Analysis │ 4 Actions │ 5 Debrief"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        boxes = agenda_text(app).splitlines()[0]
        assert boxes == "1 Framing │ ▶ 2 Timeline walkthrough 20m │ 3 Analysis │ 4 Actions │ 5 Debrief"
