"""Fixtures for the live page: a served session (no socket traffic: Starlette's TestClient)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from web_sessions import FakeClock, review_with_people, write_session

from facilitator.review import Review
from facilitator.web.live_server import LiveServer

ORIGIN = "http://testserver"


class Served:
    """A live server for a session, a test client, and helpers to act as a participant."""

    def __init__(self, folder: Path, review: Review) -> None:
        self.review = review
        self.path = write_session(folder, review.session)
        self.server = LiveServer(self.path, review.session, FakeClock())
        self.client = TestClient(self.server.app, base_url=ORIGIN)
        self.links = {link.name: link for link in self.server.links_list()}

    def path_of(self, name: str) -> str:
        return self.links[name].url.removeprefix(self.server.base_url)

    def csrf(self, name: str) -> str:
        return self.server.links.current().csrf(self.path_of(name).rsplit("/", 1)[1])

    def send(self, name: str, headers: dict[str, str] | None = None, **form: str):
        data = {"csrf": self.csrf(name), **form}
        merged = {"Origin": ORIGIN, "Accept": "application/json", **(headers or {})}
        return self.client.post(self.path_of(name) + "/send", data=data, headers=merged)

    def refresh(self) -> None:
        """What the server's inbox watcher does: show the inbox as it now is."""
        self.server.update(inbox=self.server.inbox.read().view, session=self.review.session)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    served = Served(tmp_path, review_with_people())
    yield served
    served.server.socket.close()
