"""The inbox shows and accepts what participants send across the days of a review: an answer
about a decision point, a vote or comment on an action, a proposed action."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.review import Review
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.inbox import InboxScreen
from tests.tui.screen_text import screen_lines
from tests.tui.tui_sessions import START, FakeClock, build_session


@pytest.fixture
def new_kinds_app(tmp_path: Path) -> FacilitatorApp:
    """A session with a decision point and an action; Jo's answer, vote and proposal wait in the inbox."""
    review = Review(build_session())
    point = review.session.timeline[2]
    review.toggle_decision(point.id)
    review.add_action("Cap the pool size in the schema", START.date(), owner="Ravi Menon")
    session = review.session
    path = tmp_path / "checkout.json"
    write_new_session(path, session)
    jo = next(p for p in session.participants if p.name == "Jo Park")

    def sent(seconds: int, kind: ContributionKind, **fields) -> Contribution:
        at = START + timedelta(seconds=seconds)
        return Contribution(id=f"c{seconds}", at=at, participant_id=jo.id, name=jo.name, kind=kind, **fields)

    Inbox(inbox_path(path)).append_all(
        [
            sent(
                1, ContributionKind.ANSWER, event_id=point.id, answers={"knew": "Only p99", "right": "It worked before"}
            ),
            sent(2, ContributionKind.VOTE, target_id=session.actions[0].id, vote=1, text="[bold]yes[/bold]"),
            sent(3, ContributionKind.PROPOSAL, text="Page the edge team", answers={"comment": "on CPU jumps"}),
        ]
    )
    return FacilitatorApp(session_path=path, now=FakeClock(), keymap_file=tmp_path / "no-keymap.toml")


async def settle(pilot, condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not shown in time"
        await pilot.pause(0.05)


async def open_inbox(pilot, app: FacilitatorApp) -> None:
    """Wait for the three contributions, then press I."""
    await settle(pilot, lambda: bool(app.active_review.waiting.pending))
    await pilot.press("I")
    await settle(pilot, lambda: isinstance(app.screen, InboxScreen) and len(app.screen.items) == 3)


async def test_each_new_kind_shows_what_it_is_about(new_kinds_app: FacilitatorApp) -> None:
    app = new_kinds_app
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(pilot, app)
        shown = "\n".join(screen_lines(app))
        assert "◆ answer   Jo Park" in shown and "on 14:26 Event number 3 happened" in shown
        assert "knew: Only p99" in shown and "why it looked right: It worked before" in shown
        assert "± vote" in shown and "+1 on Cap the pool size in the schema" in shown
        assert "[bold]yes[/bold]" in shown
        assert "+ action" in shown and "Page the edge team" in shown and "why: on CPU jumps" in shown


async def test_accepting_each_new_kind_puts_it_in_the_senders_answers(new_kinds_app: FacilitatorApp) -> None:
    app = new_kinds_app
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(pilot, app)
        session = app.active_review.session
        jo = next(p for p in session.participants if p.name == "Jo Park")
        point = session.timeline[2]

        await pilot.press("e")  # an answer is taken as sent
        await settle(pilot, lambda: len(app.screen.items) == 2)
        assert app.active_review.session.prep_of(jo.id).about(point.id).knew == "Only p99"

        await pilot.press("e")  # the vote's comment is edited first
        await pilot.press("ctrl+a", "ctrl+k", *"Yes, before the next freeze", "enter")
        await settle(pilot, lambda: isinstance(app.screen, InboxScreen) and len(app.screen.items) == 1)
        (vote,) = app.active_review.session.prep_of(jo.id).votes
        assert (vote.vote, vote.comment) == (1, "Yes, before the next freeze")

        await pilot.press("a")
        await settle(pilot, lambda: not app.screen.items)
        (proposal,) = app.active_review.session.prep_of(jo.id).proposals
        assert (proposal.title, proposal.comment) == ("Page the edge team", "on CPU jumps")

        await pilot.press("escape")
        await pilot.press("ctrl+z")
        assert app.active_review.session.prep_of(jo.id).proposals == ()
