"""Presentation mode, one view per kind of timebox, and the large walk: what the back of a video
call can read. Its keys are in help and the palette; no live-page link is ever drawn on it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Digits

from facilitator.tui.presentation_text import DECISION_QUESTION, KNOW_THEN
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.screens.presentation import PresentationScreen
from facilitator.tui.screens.review import ReviewScreen
from facilitator.tui.screens.share import ShareScreen
from tests.tui.pane_sessions import make_app, toasts_text, widget_text
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import FakeClock


def shown(app) -> str:
    screen = app.screen
    assert isinstance(screen, PresentationScreen)
    screen.refresh_view()
    return " ".join(widget_text(app, screen.query_one(f"#present-{part}")) for part in ("body", "foot"))


async def present(pilot) -> None:
    await pilot.press("f5")
    await pilot.pause()


async def test_framing_shows_the_incident_summary_impact_and_ground_rules_not_the_timeline(presenting) -> None:
    app = presenting("framing")
    async with app.run_test(size=(200, 50)) as pilot:
        await present(pilot)
        seen = screen_text(app)  # on a wide screen the ground rules stand beside the story
        for part in (
            "Checkout latency after a config push",
            "Summary",
            "Checkout slowed for 12 minutes after a pool size",
            "Impact",
            "About 8% of checkouts timed out.",
            "Ground rules",
            "• One voice at a time; let people finish.",
            "• Side topics go to the parking lot.",
            "Does everyone have the same picture of the impact?",
        ):
            assert part in seen
        assert "What did we know then" not in seen and "Event number" not in seen
        assert app.screen.query_one("#present-time", Digits).value == "5:00"


async def test_the_walk_shows_the_event_its_question_and_what_people_wrote_before(presenting) -> None:
    app = presenting("timeline")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "down")  # the fourth event, a decision point
        await present(pilot)
        seen = shown(app)
        assert "14:29 UTC · 19:59 IST · on-call · communication" in seen
        assert "Event number 4 happened" in seen
        assert DECISION_QUESTION in seen and KNOW_THEN in seen
        assert "Before the meeting they wrote: ❝ Ravi Menon knew: Only the p99 graph" in seen
        await pilot.press("up")
        await pilot.pause()
        seen = shown(app)
        assert "Event number 3 happened" in seen and DECISION_QUESTION not in seen and KNOW_THEN in seen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.query_one("#events").current.text == "Event number 3 happened"  # the walk moved


async def test_analysis_shows_the_finding_in_focus_down_to_the_systemic_factor(presenting) -> None:
    app = presenting("analysis")
    async with app.run_test(size=(80, 24)) as pilot:
        await present(pilot)
        seen = shown(app)
        assert "contributor · process Pool size change skipped the load test" in seen
        assert "why? The load test is optional for config pushes" in seen
        assert "why? Config pushes were thought to be low risk" in seen
        assert "⇒ Risk checks depend on the kind of change, not its effect" in seen
        await pilot.press("down")
        await pilot.pause()
        assert "mitigator · technical Latency alert fired within three minutes" in shown(app)


async def test_actions_show_the_action_being_agreed_with_its_owner_and_date(presenting) -> None:
    app = presenting("actions")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down")  # the one highlighted on Actions is the one being agreed
        await present(pilot)
        seen = shown(app)
        assert "P1 Write the config push runbook" in seen
        assert "Owner Sam Guest" in seen and "Due Fri 10 Apr 2026" in seen
        assert "Done when Runbook reviewed by on-call" in seen
        await pilot.press("up")
        await pilot.pause()
        seen = shown(app)
        assert "P2 Name an owner for pool defaults" in seen
        assert "Owner not agreed yet" in seen and "Due not agreed yet" in seen


async def test_debrief_reads_back_the_actions_and_the_thanks(presenting) -> None:
    app = presenting("debrief")
    async with app.run_test(size=(80, 24)) as pilot:
        await present(pilot)
        seen = shown(app)
        assert "What we agreed P1 Make load tests required for pool changes — Ravi Menon · 03 Apr" in seen
        assert "P2 Name an owner for pool defaults — owner? · due date?" in seen
        assert "Thank you ★ Ravi Menon — spotted the pool change in the deploy log" in seen
        assert "What did we know then" not in seen


async def test_help_and_the_palette_in_presentation_mode_list_its_own_keys(presenting) -> None:
    app = presenting("timeline")
    async with app.run_test(size=(80, 24)) as pilot:
        await present(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Start or pause the clock (space)" in titles
        assert "Next event, finding or action (or scroll down) (↓)" in titles
        assert "Back to the panes (f5, esc)" in titles
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Presentation mode (here)" in text and "Next timebox" in text
        assert text.index("Presentation mode") < text.index("Everywhere")


async def test_the_live_page_links_never_show_in_presentation_mode(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        review_screen = app.screen
        await present(pilot)
        review_screen.live_server = object()  # a page is being served; its links would be private
        review_screen._show_links()
        await pilot.pause()
        assert isinstance(app.screen, PresentationScreen)
        assert not any(isinstance(screen, ShareScreen) for screen in app.screen_stack)
        assert "leave presentation mode" in toasts_text(app) and "http" not in toasts_text(app)
        review_screen.live_server = None


async def test_walk_mode_shows_the_current_event_time_large(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "w", "down")
        await pilot.pause()
        digits = app.screen.query_one("#walk-time", Digits)
        assert digits.display and digits.value == "14:23"
        assert digits.region.height == 3
        await pilot.press("w")
        await pilot.pause()
        assert not digits.display or digits.region.height == 0
