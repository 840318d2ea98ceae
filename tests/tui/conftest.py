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

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.model.session import Session
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.pane_sessions import outcome_session
from tests.tui.screen_text import settle
from tests.tui.tui_sessions import HOSTILE_NOTE, START, FakeClock, build_session

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
def inbox_app(make_app: MakeApp) -> FacilitatorApp:
    """The checkout session with two hands, a note on the third event and a parking topic waiting."""
    session = build_session()
    app = make_app(session)
    assert app.session_path is not None
    people = {p.name: p for p in session.participants}
    event = session.timeline[2]

    def sent(
        name: str, seconds: int, kind: ContributionKind, text: str = "", event_id: str | None = None
    ) -> Contribution:
        person = people[name]
        return Contribution(
            id=f"c{seconds:03d}",
            at=START + timedelta(seconds=seconds),
            participant_id=person.id,
            name=person.name,
            kind=kind,
            text=text,
            event_id=event_id,
        )

    Inbox(inbox_path(app.session_path)).append_all(
        [
            sent("Jo Park", 5, ContributionKind.NOTE, HOSTILE_NOTE, event.id),
            sent("Ravi Menon", 10, ContributionKind.HAND),
            sent("Jo Park", 20, ContributionKind.PARKING, "Who owns the pool size defaults?"),
            sent("Jo Park", 30, ContributionKind.HAND),
        ]
    )
    return app


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
