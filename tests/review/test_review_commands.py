"""Every command changes what it should, says which fields it changed, and undoes and redoes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from facilitator.model.enums import (
    ActionStatus,
    Category,
    FindingKind,
    ParkingOutcome,
    Priority,
    SessionStatus,
    TimeboxKind,
    TurnOutcome,
)
from facilitator.model.event import TimelineEvent
from facilitator.model.layout import Layout, Timebox
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.review.refused import Refused
from tests.review.review_samples import TODAY, at

Command = Callable[[Review], object]
Check = Callable[[Session], bool]


def _started(review: Review) -> Review:
    review.start_round(at(60), include_facilitator=True)
    return review


ONE_BOX = Layout(name="one", timeboxes=(Timebox(kind=TimeboxKind.CUSTOM, title="Chat", minutes=30),))

COMMANDS: list[tuple[str, Command, set[str], Check]] = [
    (
        "set title",
        lambda r: r.set_details(title="Checkout outage, March"),
        {"title"},
        lambda s: s.title == "Checkout outage, March",
    ),
    (
        "set times",
        lambda r: r.set_details(started_at=at(0), resolved_at=at(45)),
        {"started_at", "resolved_at"},
        lambda s: s.resolved_at - s.started_at == timedelta(minutes=45),
    ),
    (
        "add participant",
        lambda r: r.add_participant("Dee Singh", tz="Asia/Kolkata"),
        {"participants"},
        lambda s: s.participants[-1].name == "Dee Singh",
    ),
    (
        "new facilitator",
        lambda r: r.add_participant("Eve", facilitator=True),
        {"participants"},
        lambda s: s.facilitator.name == "Eve" and sum(p.facilitator for p in s.participants) == 1,
    ),
    (
        "edit participant",
        lambda r: r.edit_participant(r.session.participants[1].id, role="SRE"),
        {"participants"},
        lambda s: s.participants[1].role == "SRE",
    ),
    (
        "remove participant",
        lambda r: r.remove_participant(r.session.participants[2].id),
        {"participants"},
        lambda s: [p.name for p in s.participants] == ["Ana Lima", "Ben Okafor"],
    ),
    (
        "add event",
        lambda r: r.add_event(at(10), "Status page updated"),
        {"timeline"},
        lambda s: [e.text for e in s.timeline][2] == "Status page updated",
    ),
    (
        "edit event text",
        lambda r: r.edit_event(r.session.timeline[0].id, text="Deploy 43"),
        {"timeline"},
        lambda s: s.timeline[0].text == "Deploy 43",
    ),
    (
        "edit event time",
        lambda r: r.edit_event(r.session.timeline[0].id, at=at(50)),
        {"timeline"},
        lambda s: s.timeline[-1].text == "Deploy 42 rolled out",
    ),
    (
        "correct event",
        lambda r: r.correct_event(r.session.timeline[1].id, "actor", "pager", "wrong source"),
        {"timeline"},
        lambda s: s.timeline[1].actor == "pager",
    ),
    (
        "flag decision",
        lambda r: r.toggle_decision(r.session.timeline[2].id),
        {"timeline"},
        lambda s: s.timeline[2].decision_point,
    ),
    (
        "add note",
        lambda r: r.add_note(r.session.timeline[2].id, "took 10 min to find the runbook"),
        {"timeline"},
        lambda s: s.timeline[2].notes == ("took 10 min to find the runbook",),
    ),
    ("delete event", lambda r: r.delete_event(r.session.timeline[1].id), {"timeline"}, lambda s: len(s.timeline) == 2),
    (
        "import",
        lambda r: r.import_events([TimelineEvent(at=at(2), text="Canary skipped")]),
        {"timeline"},
        lambda s: s.timeline[1].text == "Canary skipped",
    ),
    (
        "place unplaced",
        lambda r: r.place_unplaced(0, at(20)),
        {"timeline", "unplaced"},
        lambda s: s.timeline[2].text == "someone asked about the cache" and not s.unplaced,
    ),
    (
        "add finding",
        lambda r: r.add_finding(FindingKind.MITIGATOR, "Rollback is one command"),
        {"findings"},
        lambda s: s.findings[-1].kind is FindingKind.MITIGATOR,
    ),
    (
        "edit finding",
        lambda r: r.edit_finding(r.session.findings[0].id, category=Category.TECHNICAL),
        {"findings"},
        lambda s: s.findings[0].category is Category.TECHNICAL,
    ),
    (
        "delete finding",
        lambda r: r.delete_finding(r.session.findings[0].id),
        {"findings", "actions"},
        lambda s: not s.findings and s.actions[0].finding_id is None,
    ),
    (
        "link events",
        lambda r: r.link_events(r.session.findings[0].id, {r.session.timeline[2].id, r.session.timeline[0].id}),
        {"findings"},
        lambda s: len(s.findings[0].event_ids) == 2,
    ),
    (
        "unlink events",
        lambda r: r.link_events(r.session.findings[0].id, ()),
        {"findings"},
        lambda s: s.findings[0].event_ids == (),
    ),
    (
        "add why",
        lambda r: r.add_why(r.session.findings[0].id, "The canary stage was slow"),
        {"findings"},
        lambda s: s.findings[0].whys == ("The canary stage was slow",),
    ),
    (
        "add action",
        lambda r: r.add_action("Page the DB team", TODAY, owner="Chen Wei", priority=Priority.P1),
        {"actions"},
        lambda s: s.actions[-1].created_at == "2026-03-23" and s.actions[-1].priority is Priority.P1,
    ),
    (
        "finish action",
        lambda r: r.edit_action(r.session.actions[0].id, TODAY, status=ActionStatus.DONE),
        {"actions"},
        lambda s: s.actions[0].done_at == "2026-03-23",
    ),
    ("delete action", lambda r: r.delete_action(r.session.actions[0].id), {"actions"}, lambda s: not s.actions),
    ("park", lambda r: r.park("Cache warm-up"), {"parking"}, lambda s: s.parking[-1].text == "Cache warm-up"),
    (
        "triage follow-up",
        lambda r: r.triage(r.session.parking[0].id, ParkingOutcome.FOLLOW_UP, owner="Chen Wei"),
        {"parking"},
        lambda s: s.parking[0].owner == "Chen Wei",
    ),
    (
        "triage action",
        lambda r: r.triage(r.session.parking[0].id, ParkingOutcome.ACTION, owner="Ana Lima"),
        {"parking", "actions"},
        lambda s: s.actions[-1].id == s.parking[0].action_id,
    ),
    ("delete parked", lambda r: r.delete_parked(r.session.parking[0].id), {"parking"}, lambda s: not s.parking),
    (
        "start round",
        lambda r: r.start_round(at(60), "What surprised you?", include_facilitator=True),
        {"round_robin"},
        lambda s: s.round_robin.current.speaker == s.participants[0].id,
    ),
    (
        "next speaker",
        lambda r: _started(r).next_speaker(at(61)),
        {"round_robin"},
        lambda s: s.round_robin.current.turns[0].seconds == 60,
    ),
    (
        "pass",
        lambda r: _started(r).pass_speaker(at(61)),
        {"round_robin"},
        lambda s: s.round_robin.current.turns[0].outcome is TurnOutcome.PASSED,
    ),
    (
        "absent",
        lambda r: _started(r).mark_absent(at(61), proxy="Ben Okafor"),
        {"round_robin"},
        lambda s: s.round_robin.current.turns[0].proxy == "Ben Okafor",
    ),
    (
        "round note",
        lambda r: _started(r).round_note("the alert was noisy"),
        {"round_robin"},
        lambda s: s.round_robin.current.notes[0].text == "the alert was noisy",
    ),
    (
        "shuffle",
        lambda r: _started(r).shuffle_round(seed=3),
        {"round_robin"},
        lambda s: s.round_robin.current.order[0] == s.participants[0].id,
    ),
    (
        "speaker limit",
        lambda r: r.set_speaker_limit(90),
        {"round_robin"},
        lambda s: s.round_robin.speaker_limit_seconds == 90,
    ),
    (
        "went well",
        lambda r: r.add_went_well("Clear status updates"),
        {"debrief"},
        lambda s: len(s.debrief.went_well) == 2,
    ),
    (
        "lesson",
        lambda r: r.add_lesson("Canaries catch bad deploys"),
        {"debrief"},
        lambda s: s.debrief.lessons == ("Canaries catch bad deploys",),
    ),
    (
        "affirmation",
        lambda r: r.add_affirmation("Ben Okafor", "rolled back without waiting"),
        {"debrief"},
        lambda s: s.debrief.affirmations[0].person == "Ben Okafor",
    ),
    (
        "remove debrief entry",
        lambda r: r.remove_debrief_entry("went_well", 0),
        {"debrief"},
        lambda s: s.debrief.went_well == (),
    ),
    (
        "set layout",
        lambda r: r.set_layout(ONE_BOX),
        {"layout", "clock"},
        lambda s: s.layout.name == "one" and len(s.clock.boxes) == 1,
    ),
    (
        "close",
        lambda r: r.close_review(at(90)),
        {"status", "closed_at", "clock"},
        lambda s: s.status is SessionStatus.CLOSED and s.closed_at == at(90) and s.clock.finished,
    ),
]


@pytest.mark.parametrize(("command", "fields", "check"), [c[1:] for c in COMMANDS], ids=[c[0] for c in COMMANDS])
def test_command_applies_undoes_and_redoes(review: Review, command: Command, fields: set[str], check: Check) -> None:
    notices = []
    review.subscribe(notices.append)
    before = review.session
    command(review)
    after = review.session
    assert check(after)
    assert after != before
    assert set().union(*(n.fields for n in notices)) == fields
    assert review.dirty

    while review.undo() is not None:  # some commands here take two steps
        pass
    assert review.session == before

    while review.redo() is not None:
        pass
    assert review.session == after


def test_undo_and_redo_follow_the_stacks(review: Review) -> None:
    assert review.undo() is None
    review.add_lesson("Canaries catch bad deploys")
    change = review.undo()
    assert change.label == "undo add lesson" and change.fields == {"debrief"}
    assert review.redo().label == "redo add lesson"
    review.undo()
    review.add_went_well("Calm handover")
    assert review.redo() is None  # a new command forgets what was undone


def test_a_change_notice_lists_only_the_fields_changed(review: Review) -> None:
    change = review.set_details(title="Checkout outage, March", impact="12% of orders failed")
    assert change.label == "edit details"
    assert change.fields == {"title", "impact"}


def test_set_details_refuses_a_field_that_is_not_a_detail(review: Review) -> None:
    with pytest.raises(ValueError, match="not a session detail: status"):
        review.set_details(status=SessionStatus.CLOSED)


def test_a_rejected_command_changes_nothing(review: Review) -> None:
    before = review.session
    with pytest.raises(ValueError):
        review.add_participant("Zed", tz="Nowhere/Land")
    with pytest.raises(Refused, match="follow-up needs an owner"):
        review.triage(review.session.parking[0].id, ParkingOutcome.FOLLOW_UP)
    assert review.session is before
    assert not review.dirty and review.undo() is None


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (lambda r: r.add_went_well("  "), "type what went well first"),
        (lambda r: r.add_lesson(""), "type the lesson first"),
        (lambda r: r.add_affirmation("", "stayed calm"), "type the person you are thanking first"),
        (lambda r: r.add_affirmation("Ana Lima", " "), "type what they did that helped first"),
    ],
)
def test_an_empty_debrief_entry_is_refused_with_what_to_type(review: Review, command: Command, message: str) -> None:
    before = review.session
    with pytest.raises(Refused, match=message):
        command(review)
    assert review.session is before
