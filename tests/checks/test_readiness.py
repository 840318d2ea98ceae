"""Readiness: what a review is missing before the meeting, and what is loose during or after."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.checks.readiness import readiness
from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, EventKind, ParkingOutcome, Priority
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.parking import ParkingItem
from facilitator.model.participant import Participant
from facilitator.store.layouts import find_layout

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def ready_session(**values):
    """A session with nothing missing; `values` take something away or add to it."""
    base = new_session("Edge outage", "edge-outage", find_layout("standard"), NOW).changed(
        timeline=(TimelineEvent(at=NOW, text="Alert fired", kind=EventKind.ALERT),),
        detected_at=NOW,
        resolved_at=NOW,
        summary="What happened.",
        impact="Who was hurt.",
        participants=(Participant(name="Ana", tz="Europe/Lisbon", facilitator=True), Participant(name="Bo")),
    )
    return base.changed(**values)


def messages(session) -> list[tuple[str, str, str]]:
    return [(f.heading, f.kind, f.message) for f in readiness(session).findings]


def test_a_complete_session_is_ready() -> None:
    result = readiness(ready_session())
    assert result.passed and result.findings == ()


def test_an_empty_session_lists_every_gap_before_the_meeting() -> None:
    session = new_session("Edge outage", "edge-outage", find_layout("standard"), NOW)
    assert messages(session) == [
        ("Timeline and times", "gap", "the timeline is empty: import one or add events"),
        ("Timeline and times", "gap", "the detection time is not set"),
        ("Timeline and times", "gap", "the resolution time is not set"),
        ("People", "gap", "no participants yet"),
        ("Write-up", "gap", "no summary written"),
        ("Write-up", "gap", "no impact written"),
    ]


def test_no_facilitator_and_everyone_on_utc() -> None:
    session = ready_session(participants=(Participant(name="Ana"), Participant(name="Bo")))
    assert messages(session) == [
        ("People", "gap", "no facilitator named"),
        (
            "People",
            "note",
            "every participant is on UTC, the default: set the zone each joins from if they are elsewhere",
        ),
    ]


def test_loose_actions_and_untriaged_parking() -> None:
    actions = (
        ActionItem(title="Fix alerts", owner="Ana", due=date(2026, 4, 1), done_definition="fires in 2 min"),
        ActionItem(title="Runbook"),
        ActionItem(title="Vendor", owner="Cy", due=date(2026, 4, 1), done_definition="signed"),
        ActionItem(title="Old", status=ActionStatus.DONE),
    )
    parking = (ParkingItem(text="Budget"), ParkingItem(text="Rename", outcome=ParkingOutcome.DROPPED, reason="no"))
    session = ready_session(actions=actions, parking=parking)
    assert messages(session) == [
        ("Action items", "gap", "'Runbook': no owner, no due date, no definition of done"),
        ("Action items", "note", "'Vendor': owner 'Cy' is not a participant"),
        ("Parking lot", "gap", "'Budget' is not triaged (action, follow-up or dropped)"),
    ]
    assert not readiness(session).passed


def test_more_than_five_high_priority_actions_is_the_action_item_trap() -> None:
    def urgent(n: int) -> tuple[ActionItem, ...]:
        return tuple(
            ActionItem(title=f"a{i}", owner="Ana", due=date(2026, 4, 1), done_definition="d", priority=Priority.P1)
            for i in range(n)
        )

    assert readiness(ready_session(actions=urgent(5))).passed
    result = readiness(ready_session(actions=urgent(6)))
    assert [f.message for f in result.gaps] == [
        "6 open P0/P1 actions: more than 5 high-priority items and none get done; lower some to P2"
    ]


def test_only_notes_still_pass() -> None:
    session = ready_session(actions=(ActionItem(title="x", owner="Zed", due=date(2026, 4, 1), done_definition="d"),))
    result = readiness(session)
    assert result.passed and len(result.notes) == 1
    findings = result.to_dict()["findings"]
    assert isinstance(findings, list) and findings[0]["kind"] == "note"


def test_times_out_of_order_are_a_note_in_the_check() -> None:
    session = ready_session(acknowledged_at=datetime(2000, 1, 1, tzinfo=UTC))
    result = readiness(session)
    assert any(f.kind == "note" and f.message.startswith("times out of order: acknowledged") for f in result.findings)
