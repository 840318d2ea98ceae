"""The inbox in the app: hands in order under the title, accept / edit / decline with one key."""

from __future__ import annotations

import time

from facilitator.model.contribution import Contribution, ContributionKind, Outcome
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.tui.live_share import InboxRead
from facilitator.tui.screens.inbox import InboxScreen
from tests.tui.live_sessions import HOSTILE_NOTE, inbox_app
from tests.tui.screen_text import screen_lines
from tests.tui.tui_sessions import START, build_session


async def settle(pilot, condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not shown in time"
        await pilot.pause(0.05)


async def test_raised_hands_show_in_order_under_the_title(tmp_path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, lambda: app.screen.query_one("#hands").display)
        assert any("✋ 2 Ravi Menon, Jo Park  (I: inbox)" in line for line in screen_lines(app))


async def test_accept_edit_and_decline_each_take_one_key(tmp_path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: bool(app.active_review.waiting.pending))
        await pilot.press("I")
        assert isinstance(app.screen, InboxScreen)
        assert [c.name for c in app.screen.items] == ["Ravi Menon", "Jo Park", "Jo Park", "Jo Park"]
        lines = "\n".join(screen_lines(app))
        assert HOSTILE_NOTE.replace("\x1b", "") in lines.replace("\n  ", " ") or "[bold]not bold[/bold]" in lines

        await pilot.press("a")  # Ravi's hand: he has the floor, nothing enters the session
        await pilot.press("d")  # Jo's hand: declined
        await pilot.press("e")  # the note: edit, then accept
        await pilot.press("ctrl+a", "ctrl+k")
        await pilot.press(*"Seen on the dashboard too")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, InboxScreen) and len(app.screen.items) == 1)
        event = app.active_review.session.timeline[2]
        assert event.notes[-1] == "Jo Park: Seen on the dashboard too"
        await pilot.press("a")  # the parking topic
        assert app.active_review.session.parking[-1].text == "Who owns the pool size defaults? (from Jo Park)"

        inbox = Inbox(inbox_path(app.active_review.file.path))
        await settle(pilot, lambda: len(inbox.read().decisions) == 4)
        outcomes = [d.outcome for d in inbox.read().decisions]
        assert outcomes.count(Outcome.ACCEPTED) == 3 and outcomes.count(Outcome.DECLINED) == 1
        await pilot.press("escape")
        await settle(pilot, lambda: not app.screen.query_one("#hands").display)

        await pilot.press("ctrl+z")
        assert app.active_review.session.parking == ()
        # taken back out of the session, the topic waits in the inbox again
        await settle(
            pilot, lambda: [c.text for c in app.active_review.waiting.pending] == ["Who owns the pool size defaults?"]
        )


async def test_a_note_whose_event_was_deleted_is_refused_not_lost(tmp_path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: bool(app.active_review.waiting.pending))
        app.active_review.delete_event(app.active_review.session.timeline[2].id)
        await pilot.press("I", "down", "down", "a")
        assert [c.kind.value for c in app.screen.items][2] == "note"
        assert len(app.screen.items) == 4


async def test_accepting_in_bursts_takes_each_item_in_once(tmp_path) -> None:
    app = inbox_app(tmp_path)
    path = app.session_path
    jo = next(p for p in build_session().participants if p.name == "Jo Park")
    topics = [f"Topic {n}" for n in range(12)]
    Inbox(inbox_path(path)).append_all(
        [
            Contribution(at=START, participant_id=jo.id, name=jo.name, kind=ContributionKind.PARKING, text=t)
            for t in topics
        ]
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: len(app.active_review.waiting.pending) == 16)
        owner = app.screen
        await pilot.press("I")
        for _ in range(4):  # four bursts of four presses: sixteen items
            before = app.active_review.waiting  # a read of the file that started before this burst's decisions landed
            await pilot.press("a", "a", "a", "a")
            owner.post_message(InboxRead(before))
            await pilot.pause()
        assert app.screen.items == []
        session = app.active_review.session
        parked = [item.text for item in session.parking]
        assert sorted(parked) == sorted(f"{t} (from Jo Park)" for t in [*topics, "Who owns the pool size defaults?"])
        assert sum(note.startswith("Jo Park:") for note in session.timeline[2].notes) == 1
        assert len(session.inbox_accepted) == len(set(session.inbox_accepted)) == 14
