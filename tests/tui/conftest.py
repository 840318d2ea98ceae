"""Fixtures for the app's Pilot and snapshot tests: the test's clock, an app on a session written
into the test's own folder, and snapshots taken of a settled screen."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

import pytest
from textual.app import App
from textual.pilot import Pilot

from facilitator.model.session import Session
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.pane_sessions import outcome_session
from tests.tui.screen_text import settle
from tests.tui.tui_sessions import START, FakeClock, build_session, write_inbox_session

RunBefore = Callable[[Pilot[Any]], Awaitable[None] | None]


class MakeApp(Protocol):
    def __call__(self, session: Session | None = None, path: Path | None = None) -> FacilitatorApp: ...


class SnapCompare(Protocol):
    def __call__(
        self,
        app: App[Any],
        press: Iterable[str] = (),
        terminal_size: tuple[int, int] = (80, 24),
        run_before: RunBefore | None = None,
    ) -> bool: ...


STAY = 3600.0
"""Seconds a notification stays up in tests: until the test is over."""


@pytest.fixture(autouse=True)
def notifications_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A notification stays up until the test is over. Its 5 to 12 s timeout runs on the wall
    clock, which a loaded machine can spend before the test has read it or taken its picture."""
    notify = App.notify

    def staying(self: App[Any], message: str, **options: Any) -> None:
        notify(self, message, **{**options, "timeout": STAY})

    monkeypatch.setattr(App, "notify", staying)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "checkout.json"
    write_new_session(path, build_session())
    return path


@pytest.fixture
def make_app(tmp_path: Path, clock: FakeClock) -> MakeApp:
    """The app on `session` (the outcome session unless given), written to `path` (outcomes.json
    in the test's folder unless given), on the test's clock."""

    def make(session: Session | None = None, path: Path | None = None) -> FacilitatorApp:
        where = path if path is not None else tmp_path / "outcomes.json"
        where.parent.mkdir(parents=True, exist_ok=True)
        write_new_session(where, session if session is not None else outcome_session())
        return FacilitatorApp(session_path=where, now=clock)

    return make


@pytest.fixture
def inbox_app(tmp_path: Path, clock: FakeClock) -> FacilitatorApp:
    """The checkout session with two hands, a note on the third event and a parking topic waiting."""
    return FacilitatorApp(session_path=write_inbox_session(tmp_path), now=clock)


@pytest.fixture
def snap_compare(snap_compare: SnapCompare) -> SnapCompare:
    """pytest-textual-snapshot's `snap_compare`, taken of a settled screen: each key is pressed
    once the screen has settled from the one before, and the picture waits until workers and
    animations are done and two frames in a row are alike (with text cursors drawn steadily)."""

    def compare(
        app: App[Any],
        press: Iterable[str] = (),
        terminal_size: tuple[int, int] = (80, 24),
        run_before: RunBefore | None = None,
    ) -> bool:
        async def settled(pilot: Pilot[Any]) -> None:
            await settle(pilot)
            if run_before is not None:
                ran = run_before(pilot)
                if inspect.isawaitable(ran):
                    await ran
            for key in press:
                await settle(pilot)
                await pilot.press(key)
            await settle(pilot)

        return snap_compare(app, terminal_size=terminal_size, run_before=settled)

    return compare


@pytest.fixture
def every_form_session():
    """The outcome panes' review with a round under way, a pre-prep form in and an imported line
    still to place: every form of every pane has something to open on."""

    from facilitator.model.event import UnplacedLine
    from facilitator.model.prep import DecisionAnswer, PrepAnswers
    from facilitator.review import Review
    from tests.tui.pane_sessions import outcome_session

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
def presenting(every_form_session, make_app: MakeApp, clock: FakeClock):
    """An app opened on the outcome review at the timebox of `kind` (not started), with the fourth
    event a decision point Ravi wrote about before the meeting, and the second zone Asia/Kolkata."""
    from facilitator.review import Review

    def app_at(kind: str):
        review = Review(every_form_session)
        review.toggle_decision(review.session.timeline[3].id)
        review.set_details(display_tz="Asia/Kolkata")
        kinds = [box.kind.value for box in review.session.layout.timeboxes]
        review.jump_timebox(kinds.index(kind), clock())
        review.toggle_clock(clock())  # the clock runs: the time left shows
        return make_app(review.session)

    return app_at


@pytest.fixture(autouse=True)
def app_pilot_once_open(pilot_once_open: None) -> None:
    """Every app test here gets its pilot once the session is open (tests/conftest.py)."""
