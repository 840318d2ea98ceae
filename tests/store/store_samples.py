"""Sample sessions and files for the store tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from facilitator.model.enums import Category, EventKind, FindingKind, TimeboxKind
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.store.session_file import open_session, write_new_session

T0 = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)
LAYOUT = Layout(
    name="short",
    timeboxes=(
        Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),
        Timebox(kind=TimeboxKind.TIMELINE, title="Timeline walkthrough", minutes=20),
        Timebox(kind=TimeboxKind.DEBRIEF, title="Debrief", minutes=5),
    ),
)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def filled_session() -> Session:
    """A session with a little of everything, built through the review commands."""
    review = Review(new_session("Checkout outage", "checkout-outage", LAYOUT, T0))
    review.add_participant("Ana Lima", role="incident commander", tz="America/Sao_Paulo", facilitator=True)
    review.add_participant("Ben Okafor", role="on-call", tz="Europe/London")
    first = review.add_event(at(0), "Deploy 42 rolled out", actor="deploy bot", kind=EventKind.ACTION)
    review.add_event(at(240), "Error rate alert fires: 5xx > 2% [/bold] <b>", actor="monitoring", kind=EventKind.ALERT)
    review.add_note(first.id, "Canary stage was skipped by the pipeline config")
    finding = review.add_finding(
        FindingKind.CONTRIBUTOR, "Deploys skip the canary stage", Category.PROCESS, (first.id,)
    )
    review.add_action("Add a canary stage", date(2026, 4, 1), owner="Ben Okafor", finding_id=finding.id)
    review.park("Should alerts page the database team?")
    review.add_went_well("The rollback was quick once started")
    return review.session


def new_file(folder: Path, session: Session | None = None) -> Path:
    """A session file written by `write_new_session`."""
    session = session or filled_session()
    path = folder / f"{session.slug}.json"
    write_new_session(path, session)
    return path


def saved_twice(folder: Path) -> Path:
    """A session file saved through `open_session`, so that a `.bak` exists next to it."""
    path = new_file(folder)
    file = open_session(path)
    review = Review(file.session, file)
    review.add_event(at(600), "Rollback started", actor="on-call")
    review.save_now(at(700))
    review.close()
    return path
