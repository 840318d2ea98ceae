"""The model's invariants, and the messages a user sees when one is broken."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from facilitator.model.action import ActionItem
from facilitator.model.clock import AgendaClock, BoxTime
from facilitator.model.enums import ParkingOutcome, Priority, TimeboxKind
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout, Timebox
from facilitator.model.parking import ParkingItem
from facilitator.model.participant import Participant
from facilitator.model.session import Session

NOW = datetime(2026, 3, 22, 14, 23, tzinfo=UTC)
LAYOUT = Layout(
    name="two",
    timeboxes=(
        Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),
        Timebox(kind=TimeboxKind.TIMELINE, title="Timeline", minutes=20),
    ),
)


def make_session(**values) -> Session:
    return new_session("Checkout outage", "checkout-outage", LAYOUT, NOW).changed(**values)


def test_a_naive_datetime_is_refused_with_a_hint_about_time_zones() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        TimelineEvent(at=datetime(2026, 3, 22, 14, 23), text="deploy")


def test_an_instant_with_an_offset_is_stored_in_utc() -> None:
    plus_five_thirty = timezone(timedelta(hours=5, minutes=30))
    event = TimelineEvent(at=datetime(2026, 3, 22, 19, 53, tzinfo=plus_five_thirty), text="deploy")
    assert event.at == NOW
    assert event.at.utcoffset() == timedelta(0)
    assert event.at.hour == 14


def test_session_incident_times_are_normalised_to_utc() -> None:
    berlin = timezone(timedelta(hours=1))
    session = make_session(started_at=datetime(2026, 3, 22, 15, 0, tzinfo=berlin))
    assert session.started_at is not None and session.started_at.isoformat() == "2026-03-22T14:00:00+00:00"


@pytest.mark.parametrize("owners", [["Ana", "Ben"], ("Ana",), {"Ana"}])
def test_an_action_refuses_a_list_of_owners(owners) -> None:
    with pytest.raises(ValidationError, match="exactly one owner"):
        ActionItem(title="Add a CPU guard", owner=owners)


@pytest.mark.parametrize("owners", ["Ana, Ben", "Ana and Ben", "Ana & Ben", "Ana/Ben", "Ana; Ben"])
def test_an_action_refuses_an_owner_text_naming_several_people(owners: str) -> None:
    with pytest.raises(ValidationError, match="names several"):
        ActionItem(title="Add a CPU guard", owner=owners)


@pytest.mark.parametrize("owner", ["Ana Lima", "Alexandra Anderson", ""])
def test_an_action_accepts_one_owner_or_none_yet(owner: str) -> None:
    assert ActionItem(title="Add a CPU guard", owner=owner).owner == owner


def test_priorities_are_p0_to_p2_only() -> None:
    assert [ActionItem(title="t", priority=p).priority for p in ("P0", "P1", "P2")] == list(Priority)
    with pytest.raises(ValidationError, match="priority"):
        ActionItem(title="t", priority="P3")


def test_an_unknown_time_zone_is_refused_with_its_name() -> None:
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        Participant(name="Ana", tz="Mars/Olympus")
    with pytest.raises(ValidationError, match="unknown time zone"):
        make_session(display_tz="Europe/Atlantis")
    assert Participant(name="Ana", tz="Asia/Kolkata").tz == "Asia/Kolkata"


def test_a_follow_up_needs_an_owner_and_dropping_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="follow-up needs an owner"):
        ParkingItem(text="Review paging policy", outcome=ParkingOutcome.FOLLOW_UP)
    with pytest.raises(ValidationError, match="needs a reason"):
        ParkingItem(text="Review paging policy", outcome=ParkingOutcome.DROPPED)
    follow_up = ParkingItem(text="Review paging policy", outcome=ParkingOutcome.FOLLOW_UP, owner="Ana")
    dropped = ParkingItem(text="Review paging policy", outcome=ParkingOutcome.DROPPED, reason="covered elsewhere")
    assert follow_up.triaged and dropped.triaged
    assert not ParkingItem(text="Review paging policy").triaged


@pytest.mark.parametrize("slug", ["../etc/passwd", "Checkout Outage", "con", "", "a/b"])
def test_a_session_slug_must_be_safe(slug: str) -> None:
    with pytest.raises(ValidationError, match="not a safe slug"):
        make_session(slug=slug)


def test_the_timeline_is_kept_sorted() -> None:
    late = TimelineEvent(at=NOW + timedelta(minutes=5), text="rollback")
    early = TimelineEvent(at=NOW, text="deploy")
    session = make_session(timeline=(late, early))
    assert [e.text for e in session.timeline] == ["deploy", "rollback"]


def test_the_clock_must_match_the_layout() -> None:
    three_boxes = AgendaClock(boxes=(BoxTime(planned_seconds=60),) * 3)
    with pytest.raises(ValidationError, match="does not match the layout"):
        make_session(clock=three_boxes)


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="colour"):
        make_session(colour="red")
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        TimelineEvent(at=NOW, text="deploy", sevrity="high")  # type: ignore[call-arg]  # the misspelt field under test


def test_models_are_immutable_and_changed_validates() -> None:
    event = TimelineEvent(at=NOW, text="deploy")
    with pytest.raises(ValidationError):
        event.text = "rollback"  # type: ignore[misc]  # the assignment a frozen model must refuse
    with pytest.raises(ValidationError, match="time zone"):
        event.changed(at=datetime(2026, 3, 22, 14, 23))
    assert event.changed(text="rollback").text == "rollback"
    assert event.text == "deploy"


def test_lookups_name_what_is_missing() -> None:
    with pytest.raises(KeyError, match="no event with id 'nope'"):
        make_session().event("nope")
