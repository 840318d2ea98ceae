"""A session with participants and events for the live page's tests, a served copy of it, and
the frames an open page is sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from facilitator.model.factory import new_session
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.store.layouts import find_layout
from facilitator.store.live_settings import LiveSettings
from facilitator.store.session_file import write_new_session
from facilitator.web.hub import Subscriber
from facilitator.web.live_server import ANY_FREE_PORT, LiveServer

START = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
INCIDENT = datetime(2026, 3, 22, 14, 20, tzinfo=UTC)
HOSTILE = (
    '<script>alert(1)</script> [bold]x[/bold] [@click=app.quit]q[/] \x1b[31mred <a href="javascript:alert(2)">j</a>'
)


@dataclass
class FakeClock:
    current: datetime = START

    def __call__(self) -> datetime:
        return self.current


def review_with_people(events: int = 5) -> Review:
    review = Review(new_session("Checkout latency after a config push", "checkout", find_layout("standard"), START))
    review.add_participant("Ana Lima", "facilitator", "America/Sao_Paulo", facilitator=True)
    review.add_participant("Ravi Menon", "on-call SRE", "Asia/Kolkata")
    review.add_participant("Jo Park", "payments dev", "Asia/Seoul")
    for i in range(events):
        review.add_event(INCIDENT + timedelta(minutes=3 * i), f"Event number {i + 1} happened", actor="on-call")
    return review


def write_session(folder: Path, session: Session | None = None) -> Path:
    path = folder / "checkout.json"
    write_new_session(path, session or review_with_people().session)
    return path


class Served:
    """A live server for a session, a test client, and helpers to act as a participant."""

    def __init__(self, folder: Path, review: Review, settings: LiveSettings = ANY_FREE_PORT) -> None:
        self.review = review
        self.path = write_session(folder, review.session)
        self.server = LiveServer(self.path, review.session, FakeClock(), settings)
        self.origin = self.server.base_url
        """Where the page is reached: requests go there (Host header) and forms come from there."""
        self.client = TestClient(self.server.app, base_url=self.origin)
        self.links = {link.name: link for link in self.server.links_list()}

    def path_of(self, name: str) -> str:
        return self.links[name].url.removeprefix(self.server.base_url)

    def csrf(self, name: str) -> str:
        return self.server.links.current().csrf(self.path_of(name).rsplit("/", 1)[1])

    def send(self, name: str, headers: dict[str, str] | None = None, **form: str):
        data = {"csrf": self.csrf(name), **form}
        merged = {"Origin": self.origin, "Accept": "application/json", **(headers or {})}
        return self.client.post(self.path_of(name) + "/send", data=data, headers=merged)

    def refresh(self) -> None:
        """What the server's inbox watcher does: show the inbox as it now is."""
        self.server.update(inbox=self.server.inbox.read().view, session=self.review.session)


def frames(subscriber: Subscriber) -> list[tuple[str, dict[str, Any]]]:
    """(event, data) of every frame waiting for `subscriber`."""
    found = []
    while (frame := subscriber.take()) is not None:
        lines = dict(line.split(": ", 1) for line in frame.strip().split("\n") if not line.startswith(":"))
        found.append((lines["event"], json.loads(lines["data"])))
    return found
