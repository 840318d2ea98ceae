"""The debrief by keyboard: went well, thanks, lessons, the read-back, and closing the review."""

from __future__ import annotations

from facilitator.model.debrief import Affirmation
from facilitator.model.enums import ParkingOutcome, SessionStatus
from facilitator.review import Review
from facilitator.tui.dialogs.pick import ConfirmDialog
from tests.tui.pane_sessions import HOSTILE, HOSTILE_SHOWN, open_pane, outcome_session, paste, widget_text
from tests.tui.screen_text import screen_text


def seen(app, selector: str) -> str:
    return widget_text(app, app.screen.query_one(selector))


async def test_entries_and_the_read_back_of_actions_and_owners(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "debrief")
        assert seen(app, "#debrief-entries") == (
            "What went well (w adds) • The rollback took under five minutes Thanks (t adds) ★ Ravi Menon — "
            "spotted the pool change in the deploy log Lessons (l adds) • Config is code and needs the same checks"
        )
        readback = seen(app, "#debrief-readback")
        assert (
            "P1 Make load tests required for pool changes — Ravi Menon · due 2026-04-03 · open "
            "P2 Name an owner for pool defaults — no owner · no due date · open"
        ) in readback
        assert "⚠ 1 parked topic is not triaged ⚠ 1 open action has no owner" in readback
        assert "Blameless check: no blaming phrasing found" in readback
        talk = seen(app, "#debrief-talk")
        assert "Talk time Ana Lima 1:35" in talk and "Never spoke: Ravi Menon, Jo Park" in talk
        assert seen(app, "#debrief-status").startswith("Review prep · c closes it")


async def test_add_thanks_lessons_and_remove_an_entry(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "debrief")
        await pilot.press("t", "space")  # Space opens the list of participants
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # pick Jo Park
        await pilot.press("tab", "tab")
        await paste(pilot, "kept the status page current")
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.debrief.affirmations[-1] == Affirmation(
            person="Jo Park", what="kept the status page current"
        )
        await pilot.press("t", "tab")  # or type someone who is not in the list
        await paste(pilot, "The payments vendor")
        await pilot.press("tab")
        await paste(pilot, "answered within minutes")
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.debrief.affirmations[-1].person == "The payments vendor"
        assert "★ The payments vendor — answered within minutes" in seen(app, "#debrief-entries")

        await pilot.press("w")
        await paste(pilot, "Ravi forgot the load test but we caught it")
        assert "blaming?" in screen_text(app)  # hinted, never blocking
        await pilot.press("enter")
        await pilot.pause()
        assert "Blameless check: 1 phrase flagged" in seen(app, "#debrief-readback")

        await pilot.press("l")
        await paste(pilot, "Dashboards should show pool use")
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.debrief.lessons[-1] == "Dashboards should show pool use"

        await pilot.press("home", "x")  # the first entry: the first thing that went well
        await pilot.pause()
        assert app.active_review.session.debrief.went_well == ("Ravi forgot the load test but we caught it",)


async def test_closing_warns_about_loose_ends_first(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "debrief")
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert widget_text(app, app.screen.query_one("Static")) == (
            "Before closing: 1 parked topic is not triaged; 1 open action has no owner. "
            "Close the review anyway? [y] yes [n] no"
        )
        await pilot.press("n")
        await pilot.pause()
        assert app.active_review.session.status is SessionStatus.PREP

        await pilot.press("c", "y")
        await pilot.pause()
        closed = app.active_review.session
        assert closed.status is SessionStatus.CLOSED and closed.closed_at == clock()
        assert seen(app, "#debrief-status") == "✓ Review closed at 2026-03-22 15:00 UTC · o reopens"
        await pilot.press("o")
        await pilot.pause()
        reopened = app.active_review.session
        assert reopened.status is SessionStatus.LIVE and reopened.closed_at is None


async def test_closing_with_nothing_loose_needs_no_confirmation(make_app) -> None:
    review = Review(outcome_session())
    review.triage(review.session.parking[0].id, ParkingOutcome.DROPPED, reason="covered by the first action")
    review.edit_action(review.session.actions[1].id, owner="Jo Park")
    app = make_app(review.session)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "debrief")
        await pilot.press("c")
        await pilot.pause()
        assert app.active_review.session.status is SessionStatus.CLOSED
        assert not isinstance(app.screen, ConfirmDialog)


async def test_hostile_text_shows_literally_in_the_debrief(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "debrief")
        await pilot.press("t", "tab")
        await paste(pilot, HOSTILE[1])
        await pilot.press("tab")
        await paste(pilot, " ".join(HOSTILE))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("l")
        await paste(pilot, HOSTILE[2])
        await pilot.press("enter")
        await pilot.pause()
        entries = seen(app, "#debrief-entries")
        assert f"★ {HOSTILE_SHOWN[1]} — {' '.join(HOSTILE_SHOWN)}" in entries
        assert f"• {HOSTILE_SHOWN[2]}" in entries
        assert app.is_running
