"""The anonymous pulse in the app: answers the live page appended to the inbox are counted into the
session by themselves; the screen says only how many answered, never waits for an accept, never
names anyone, and shows no figure a single answer could be read from."""

from __future__ import annotations

from pathlib import Path

from facilitator.model.pulse import PulseAnswer
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import load_session
from tests.tui.pane_sessions import open_pane, outcome_session, widget_text
from tests.tui.screen_text import notices, screen_text, wait_until


async def test_pulse_answers_are_counted_without_an_accept_and_the_screen_shows_only_how_many(
    make_app, tmp_path: Path
) -> None:
    path = tmp_path / "outcomes.json"
    app = make_app(outcome_session(), path)
    inbox = Inbox(inbox_path(path))
    inbox.append_all([PulseAnswer(id="a1", safe=1, useful=2), PulseAnswer(id="b2", safe=5, useful=4)])
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "debrief")
        await wait_until(pilot, lambda: app.active_review.session.pulse.answers == 2, "two answers counted")
        await wait_until(pilot, lambda: "2 answered" in widget_text(app, app.screen.query_one("#debrief-pulse")))
        pulse = widget_text(app, app.screen.query_one("#debrief-pulse"))
        assert pulse.startswith("Anonymous pulse: 2 answered")
        assert app.active_review.session.pulse.safe == (1, 0, 0, 0, 1)
        assert app.active_review.waiting.pending == ()  # nothing waits for the facilitator
        assert not app.screen.query_one("#hands").display

        inbox.append_all([PulseAnswer(id="c3", safe=3, useful=3)])  # one more arrives while the screen is shared
        await wait_until(pilot, lambda: app.active_review.session.pulse.answers == 3, "the third answer counted")
        await wait_for_pulse(pilot, app, "3 answered")
        shown = screen_text(app)
        assert "safe" not in shown.lower() and "useful" not in shown.lower()
        assert not any("pulse" in n.lower() or "answer" in n.lower() for n in notices(app))
        assert notices(app) == []  # no toast at all: its moment would say who just answered

        await pilot.press("ctrl+z")  # nothing to undo: the count is no command
        assert app.active_review.session.pulse.answers == 3
        await wait_until(pilot, lambda: not app.active_review.dirty, "the counts saved")
    saved = load_session(path).pulse
    assert (saved.safe, saved.useful, saved.answer_ids) == ((1, 0, 1, 0, 1), (0, 1, 1, 1, 0), ("a1", "b2", "c3"))


async def wait_for_pulse(pilot, app, wanted: str) -> None:
    await wait_until(pilot, lambda: wanted in widget_text(app, app.screen.query_one("#debrief-pulse")), wanted)
