"""Fixtures for the live page: a served session (Starlette's TestClient, no socket), and a running
server with a richer review for browser tests (127.0.0.1 only, a fake clock the test moves)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.model.enums import FindingKind
from facilitator.review import Review
from facilitator.web.live_server import LiveServer
from tests.web.web_browser import need_chromium
from tests.web.web_sessions import FakeClock, Served, review_with_people, write_session


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    served = Served(tmp_path, review_with_people())
    yield served
    served.server.socket.close()


@dataclass
class LivePage:
    """A running live page for a review the test drives: `show()` pushes the review as the app does."""

    review: Review
    server: LiveServer
    clock: FakeClock

    def url(self, name: str) -> str:
        return next(link.url for link in self.server.links_list() if link.name == name)

    def show(self, **changes) -> None:
        self.server.update(session=self.review.session, **changes)

    def walk(self, index: int) -> str:
        event = self.review.session.timeline[index]
        self.server.update(walk_event_id=event.id)
        return event.id

    def walk_while_pages_are_away(self, index: int) -> str:
        """End every open page's stream (as a dropped network does), then walk on: pages learn of it on reconnecting."""
        hub = self.server.hub
        loop = self.server._loop
        assert loop is not None
        loop.call_soon_threadsafe(lambda: [page.end(": gone\n\n") for page in list(hub.subscribers)])
        return self.walk(index)


@pytest.fixture
def live_page(tmp_path: Path) -> Iterator[LivePage]:
    """A review running its meeting: 450 events (three chunks), two decision points, an action with
    its owner and due date, a finding, the clock running, a round robin with Ravi up next."""
    need_chromium()
    clock = FakeClock()
    review = review_with_people(events=450)
    timeline = review.session.timeline
    review.toggle_decision(timeline[4].id)
    review.toggle_decision(timeline[9].id)
    review.add_note(timeline[3].id, "Ravi Menon: the dashboard showed p99 only")
    review.add_participant("Marcus Oyelaran", "database", "Europe/Berlin")
    review.add_action(
        "Cap the pool size in the config schema",
        clock().date(),
        owner="Marcus Oyelaran",
        due=clock().date() + timedelta(days=30),
    )
    review.add_finding(FindingKind.CONTRIBUTOR, "The pool size had no upper bound in the schema")
    review.toggle_clock(clock())
    review.start_round(clock(), "What surprised you?")
    path = write_session(tmp_path, review.session)
    server = LiveServer(path, review.session, clock)
    server.start()
    page = LivePage(review, server, clock)
    page.walk(4)
    yield page
    server.stop()


@pytest.fixture(autouse=True)
def app_pilot_once_open(pilot_once_open: None) -> None:
    """The tests that drive the app beside the page get its pilot once the session is open (tests/conftest.py)."""
