"""A fake clock and a fixed session for the app's Pilot and snapshot tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.model.enums import EventKind
from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import write_new_session

START = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
INCIDENT = datetime(2026, 3, 22, 14, 20, tzinfo=UTC)
HOSTILE_NOTE = "[bold]not bold[/bold] <script>x</script> \x1b[31mred"
"""A note sent from the live page that would style or act if it were read as markup."""


@dataclass
class FakeClock:
    """The app's `now`: tests move it forward instead of sleeping."""

    current: datetime = START

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def build_session(with_events: int = 8, title: str = "Checkout latency after a config push"):
    """A session in prep with participants and `with_events` events, fixed instants."""
    review = Review(new_session(title, "checkout", find_layout("standard"), START))
    review.set_details(
        summary="Checkout slowed for 12 minutes after a pool size change.",
        impact="About 8% of checkouts timed out.",
        started_at=INCIDENT,
        detected_at=INCIDENT + timedelta(minutes=3),
        mitigated_at=INCIDENT + timedelta(minutes=9),
        resolved_at=INCIDENT + timedelta(minutes=12),
    )
    review.add_participant("Ana Lima", "facilitator", "America/Sao_Paulo", facilitator=True)
    review.add_participant("Ravi Menon", "on-call SRE", "Asia/Kolkata")
    review.add_participant("Jo Park", "payments dev", "Asia/Seoul")
    kinds = list(EventKind)
    for i in range(with_events):
        review.add_event(
            INCIDENT + timedelta(minutes=i * (3 if i < 6 else 20)),
            f"Event number {i + 1} happened",
            actor="on-call",
            kind=kinds[i % len(kinds)],
        )
    return review.session


def write_inbox_session(folder: Path) -> Path:
    """The checkout session in FOLDER/checkout.json, with two hands, a note on the third event and a
    parking topic waiting in its inbox."""
    session = build_session()
    path = folder / "checkout.json"
    write_new_session(path, session)
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

    Inbox(inbox_path(path)).append_all(
        [
            sent("Jo Park", 5, ContributionKind.NOTE, HOSTILE_NOTE, event.id),
            sent("Ravi Menon", 10, ContributionKind.HAND),
            sent("Jo Park", 20, ContributionKind.PARKING, "Who owns the pool size defaults?"),
            sent("Jo Park", 30, ContributionKind.HAND),
        ]
    )
    return path
