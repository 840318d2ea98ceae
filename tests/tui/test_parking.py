"""The parking lot by keyboard: triage into actions, follow-ups and drops; reopen; hostile text."""

from __future__ import annotations

from facilitator.model.enums import ParkingOutcome
from tests.tui.pane_sessions import HOSTILE, HOSTILE_SHOWN, open_pane, paste, toasts_text, widget_text
from tests.tui.screen_text import screen_text


def seen(app, selector: str) -> str:
    return widget_text(app, app.screen.query_one(selector))


async def test_triage_turns_a_parked_topic_into_an_action_and_back(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "parking")
        assert seen(app, "#parking-summary").startswith("2 parked · 1 untriaged")
        assert seen(app, "#parked") == (
            "○ Should config pushes have their own change window? raised in Framing · "
            "untriaged ✓ Upgrade the connection pool library raised in Framing · "
            "follow-up with Jo Park"
        )
        await pilot.press("a")
        await paste(pilot, "Ravi Menon")
        await pilot.press("enter")
        await pilot.pause()
        item = app.active_review.session.parking[0]
        assert item.action_id is not None
        action = app.active_review.session.action(item.action_id)
        assert item.outcome is ParkingOutcome.ACTION
        assert (action.title, action.owner) == ("Should config pushes have their own change window?", "Ravi Menon")
        assert "· → action (owner Ravi Menon)" in seen(app, "#parked")
        assert seen(app, "#parking-summary").startswith("2 parked · 0 untriaged")

        await pilot.press("o")  # reopen: untriaged again, the action stays
        await pilot.pause()
        assert app.active_review.session.parking[0].outcome is None
        assert seen(app, "#parking-summary").startswith("2 parked · 1 untriaged")


async def test_follow_up_needs_an_owner_and_drop_a_reason(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_pane(pilot, "parking")
        await pilot.press("f", "enter")
        await pilot.pause()
        assert "a follow-up needs an owner" in screen_text(app)  # the form stays open
        await paste(pilot, "Jo Park")
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.parking[0].outcome is ParkingOutcome.FOLLOW_UP

        await pilot.press("down", "d")
        await paste(pilot, "The library upgrade is already planned")
        await pilot.press("enter")
        await pilot.pause()
        dropped = app.active_review.session.parking[1]
        assert (dropped.outcome, dropped.reason) == (ParkingOutcome.DROPPED, "The library upgrade is already planned")
        assert "dropped: The library upgrade is already planned" in seen(app, "#parked")

        await pilot.press("x")
        await pilot.pause()
        assert len(app.active_review.session.parking) == 1
        assert "Ctrl+Z to undo" in toasts_text(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(app.active_review.session.parking) == 2


async def test_hostile_text_shows_literally_in_the_parking_lot(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "parking")
        await pilot.press("p")  # park from anywhere
        await paste(pilot, " ".join(HOSTILE))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("end", "d")
        await paste(pilot, HOSTILE[2])
        await pilot.press("enter")
        await pilot.pause()
        assert app.active_review.session.parking[-1].text == " ".join(
            HOSTILE_SHOWN
        )  # stored clean: the model keeps no ESC
        assert f"✓ {' '.join(HOSTILE_SHOWN)} raised in Framing · dropped: {HOSTILE_SHOWN[2]}" in seen(app, "#parked")
        assert app.is_running
