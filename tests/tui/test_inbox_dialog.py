"""The inbox in the app: hands in order under the title, accept / edit / decline with one key."""

from __future__ import annotations

from facilitator.model.contribution import Outcome
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.tui.screens.inbox import InboxScreen
from facilitator.tui.screens.review import ReviewScreen
from tests.tui.screen_text import on_top, screen_lines, wait_until
from tests.tui.tui_sessions import HOSTILE_NOTE


async def test_raised_hands_show_in_order_under_the_title(inbox_app) -> None:
    app = inbox_app
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.screen.query_one("#hands").display)
        assert any("✋ 2 Ravi Menon, Jo Park  (I: inbox)" in line for line in screen_lines(app))


async def test_accept_edit_and_decline_each_take_one_key(inbox_app) -> None:
    app = inbox_app
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: bool(on_top(app, ReviewScreen).inbox_records.contributions))
        await pilot.press("I")
        assert isinstance(app.screen, InboxScreen)
        assert [c.name for c in on_top(app, InboxScreen).items] == ["Ravi Menon", "Jo Park", "Jo Park", "Jo Park"]
        lines = "\n".join(screen_lines(app))
        assert HOSTILE_NOTE.replace("\x1b", "") in lines.replace("\n  ", " ") or "[bold]not bold[/bold]" in lines

        await pilot.press("a")  # Ravi's hand: he has the floor, nothing enters the session
        await pilot.press("d")  # Jo's hand: declined
        await pilot.press("e")  # the note: edit, then accept
        await pilot.press("ctrl+a", "ctrl+k")
        await pilot.press(*"Seen on the dashboard too")
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: isinstance(app.screen, InboxScreen) and len(on_top(app, InboxScreen).items) == 1
        )
        event = app.active_review.session.timeline[2]
        assert event.notes[-1] == "Jo Park: Seen on the dashboard too"
        await pilot.press("a")  # the parking topic
        assert app.active_review.session.parking[-1].text == "Who owns the pool size defaults? (from Jo Park)"

        assert app.session_path is not None
        inbox = Inbox(inbox_path(app.session_path))
        await wait_until(pilot, lambda: len(inbox.read().decisions) == 4)
        outcomes = [d.outcome for d in inbox.read().decisions]
        assert outcomes.count(Outcome.ACCEPTED) == 3 and outcomes.count(Outcome.DECLINED) == 1
        await pilot.press("escape")
        await wait_until(pilot, lambda: not app.screen.query_one("#hands").display)

        await pilot.press("ctrl+z")
        assert app.active_review.session.parking == ()


async def test_a_note_whose_event_was_deleted_is_refused_not_lost(inbox_app) -> None:
    app = inbox_app
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: bool(on_top(app, ReviewScreen).inbox_records.contributions))
        app.active_review.delete_event(app.active_review.session.timeline[2].id)
        await pilot.press("I", "down", "down", "a")
        assert [c.kind.value for c in on_top(app, InboxScreen).items][2] == "note"
        assert len(on_top(app, InboxScreen).items) == 4
