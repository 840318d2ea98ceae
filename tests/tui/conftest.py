"""Fixtures for the app's Pilot and snapshot tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.session_file import write_new_session
from tests.tui.tui_sessions import FakeClock, build_session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "checkout.json"
    write_new_session(path, build_session())
    return path


@pytest.fixture
def every_form_session():
    """The outcome panes' review with a round under way, a pre-prep form in and an imported line
    still to place: every form of every pane has something to open on."""
    from datetime import timedelta

    from facilitator.model.event import UnplacedLine
    from facilitator.model.prep import DecisionAnswer, PrepAnswers
    from facilitator.review import Review
    from tests.tui.pane_sessions import outcome_session
    from tests.tui.tui_sessions import START

    review = Review(outcome_session())
    ravi = next(p for p in review.session.participants if p.name == "Ravi Menon")
    event = review.session.timeline[3]
    review.set_meeting_at(START + timedelta(hours=30))
    review.record_prep(
        PrepAnswers(
            participant_id=ravi.id,
            received_at=START - timedelta(hours=2),
            source="ravi.md",
            could_be_better=("Pool size changes skip the load test",),
            decisions=(DecisionAnswer(event_id=event.id, knew="Only the p99 graph", looked_right="Last change"),),
        )
    )
    line = UnplacedLine(source="chat.txt", line=4, text="25:00 PST - pool restarted", reason="no time")
    return review.session.changed(unplaced=(line,))


@pytest.fixture
def type_burst():
    """Send `text` to the app as one burst of keys, the way a terminal delivers a paste or a text
    expander: every key is queued before the app acts on the first (`\\t` Tab, `\\r` Enter, `\\b` Backspace)."""
    from textual import events
    from textual.keys import _character_to_key

    names = {"\t": "tab", "\r": "enter", "\b": "backspace", " ": "space"}

    async def send(pilot, text: str) -> None:
        app = pilot.app
        for char in text:
            name = names.get(char) or (char if char.isalnum() else _character_to_key(char))
            key = events.Key(name, None if char in "\t\r\b" else char)
            key.set_sender(app)
            app._driver.send_message(key)
        await pilot.pause()

    return send


@pytest.fixture
def wait_for():
    """Wait (frame by frame, never sleeping a fixed time) until `condition()` holds; fail if it never does."""

    async def wait(pilot, condition, frames: int = 400) -> None:
        for _ in range(frames):
            if condition():
                return
            await pilot.pause(0.01)
        assert condition(), "the screen never got there"

    return wait


@pytest.fixture
def presenting(every_form_session, tmp_path: Path, clock):
    """An app opened on the outcome review at the timebox of `kind` (not started), with the fourth
    event a decision point Ravi wrote about before the meeting, and the second zone Asia/Kolkata."""
    from facilitator.review import Review
    from tests.tui.pane_sessions import make_app

    def app_at(kind: str):
        review = Review(every_form_session)
        review.toggle_decision(review.session.timeline[3].id)
        review.set_details(display_tz="Asia/Kolkata")
        kinds = [box.kind.value for box in review.session.layout.timeboxes]
        review.jump_timebox(kinds.index(kind), clock())
        review.toggle_clock(clock())  # the clock runs: the time left shows
        return make_app(tmp_path, clock, review.session)

    return app_at


@pytest.fixture(autouse=True)
def app_pilot_once_open(pilot_once_open: None) -> None:
    """Every app test here gets its pilot once the session is open (tests/conftest.py)."""
