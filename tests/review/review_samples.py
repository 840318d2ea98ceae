"""Sample data for the review-layer tests: a review with a little of everything in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from facilitator.model.enums import Category, FindingKind, TimeboxKind
from facilitator.model.event import TimelineEvent, UnplacedLine
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox
from facilitator.review import Review

T0 = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)
TODAY = date(2026, 3, 23)
LAYOUT = Layout(
    name="short",
    timeboxes=(
        Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),
        Timebox(kind=TimeboxKind.TIMELINE, title="Timeline walkthrough", minutes=20, prompts=("What surprised you?",)),
        Timebox(kind=TimeboxKind.DEBRIEF, title="Debrief", minutes=5),
    ),
)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def filled_review() -> Review:
    """A fresh Review (empty undo stack) over a session with people, events and outcomes."""
    review = Review(new_session("Checkout outage", "checkout-outage", LAYOUT, T0))
    review.add_participant("Ana Lima", role="incident commander", tz="America/Sao_Paulo", facilitator=True)
    review.add_participant("Ben Okafor", role="on-call", tz="Europe/London")
    review.add_participant("Chen Wei", role="database", tz="Asia/Shanghai", proxy_for="APAC storage")
    review.import_events(
        [
            TimelineEvent(at=at(0), text="Deploy 42 rolled out", actor="deploy bot"),
            TimelineEvent(at=at(4), text="Error rate alert fires", actor="monitoring"),
            TimelineEvent(at=at(30), text="Rollback started", actor="on-call"),
        ],
        [UnplacedLine(source="chat.txt", line=7, text="someone asked about the cache", reason="no time")],
    )
    first = review.session.timeline[0]
    finding = review.add_finding(
        FindingKind.CONTRIBUTOR, "Deploys skip the canary stage", Category.PROCESS, (first.id,)
    )
    review.add_action("Add a canary stage", TODAY, owner="Ben Okafor", finding_id=finding.id)
    review.park("Should alerts page the database team?")
    review.add_went_well("The rollback was quick once started")
    return Review(review.session)
