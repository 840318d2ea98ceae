"""What particular commands do beyond a plain field change: imports, corrections, triage, clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.model.enums import FindingKind, ParkingOutcome, SessionStatus
from facilitator.model.event import Correction, TimelineEvent, UnplacedLine
from facilitator.review import Review
from facilitator.review.refused import Refused
from tests.review.review_samples import LAYOUT, TODAY, at


def test_import_skips_events_with_the_same_instant_and_text(review: Review) -> None:
    offered = [
        TimelineEvent(at=at(4), text="Error rate alert fires", actor="pager"),  # already there
        TimelineEvent(at=at(5), text="Error rate alert fires"),  # same text, other instant
        TimelineEvent(at=at(6), text="Incident channel opened"),
        TimelineEvent(at=at(6), text="Incident channel opened"),  # twice in one import
    ]
    assert review.import_events(offered, label="import chat") == (2, 2)
    assert [e.text for e in review.session.timeline].count("Error rate alert fires") == 2
    assert len(review.session.timeline) == 5
    undone = review.undo()
    assert undone is not None and undone.label == "undo import chat" and len(review.session.timeline) == 3
    review.redo()
    assert review.import_events(offered) == (0, 4)


def test_import_keeps_new_unplaced_lines_once(review: Review) -> None:
    again = UnplacedLine(source="chat.txt", line=7, text="someone asked about the cache", reason="no time")
    new = UnplacedLine(source="chat.txt", line=9, text="brb", reason="no time")
    review.import_events([], [again, new])
    assert [u.line for u in review.session.unplaced] == [7, 9]


def test_import_fills_only_empty_incident_times(review: Review) -> None:
    review.set_details(started_at=at(0))
    review.import_events([], started_at=at(-5), detected_at=at(4))
    assert review.session.started_at == at(0)
    assert review.session.detected_at == at(4)


def test_a_correction_keeps_the_original_visible(review: Review) -> None:
    event_id = review.session.timeline[1].id
    review.correct_event(event_id, "text", "Latency alert fires", reason="it was the latency alert")
    event = review.session.event(event_id)
    assert event.text == "Latency alert fires"
    assert event.corrections == (
        Correction(
            field="text",
            original="Error rate alert fires",
            corrected="Latency alert fires",
            reason="it was the latency alert",
        ),
    )
    with pytest.raises(ValueError, match="only an event's text or actor"):
        review.correct_event(event_id, "at", "14:05")


def test_deleting_an_event_unlinks_it_from_findings(review: Review) -> None:
    first = review.session.timeline[0].id
    assert review.session.findings[0].event_ids == (first,)
    review.delete_event(first)
    assert not review.session.findings[0].event_ids
    with pytest.raises(KeyError):
        review.session.event(first)


def test_add_finding_refuses_a_link_to_an_unknown_event(review: Review) -> None:
    with pytest.raises(KeyError, match="no event with id 'gone'"):
        review.add_finding(FindingKind.RISK, "Single database host", event_ids=("gone",))


def test_five_whys_go_under_a_contributor_only(review: Review) -> None:
    contributor = review.session.findings[0].id
    review.add_why(contributor, "Canary runs took 40 minutes")
    review.add_why(contributor, "The canary fleet is small")
    review.edit_why(contributor, 0, "Canary runs took 45 minutes")
    review.edit_why(contributor, 1, "  ")
    assert review.session.finding(contributor).whys == ("Canary runs took 45 minutes",)
    mitigator = review.add_finding(FindingKind.MITIGATOR, "Rollback is one command")
    with pytest.raises(Refused, match="five whys go under a contributor"):
        review.add_why(mitigator.id, "why?")


def test_triage_as_action_creates_exactly_one_action_item(review: Review) -> None:
    item_id = review.session.parking[0].id
    before = len(review.session.actions)
    item = review.triage(item_id, ParkingOutcome.ACTION, owner="Chen Wei", today=TODAY)
    assert item.action_id is not None
    action = review.session.action(item.action_id)
    assert action.title == "Should alerts page the database team?"
    assert action.owner == "Chen Wei" and action.created_at == "2026-03-23"
    review.triage(item_id, ParkingOutcome.ACTION, owner="Chen Wei", today=TODAY)
    assert len(review.session.actions) == before + 1


def test_triage_drop_needs_a_reason(review: Review) -> None:
    item_id = review.session.parking[0].id
    with pytest.raises(Refused, match="needs a reason"):
        review.triage(item_id, ParkingOutcome.DROPPED)
    assert review.triage(item_id, ParkingOutcome.DROPPED, reason="already planned").reason == "already planned"


def test_park_records_the_timebox_running_at_the_time(review: Review) -> None:
    assert review.park("Cache warm-up").raised_in == "Framing"
    review.jump_timebox(1, at(60))
    assert review.park("Alert thresholds").raised_in == "Timeline walkthrough"


def test_starting_the_clock_makes_the_session_live_and_is_not_undoable(review: Review) -> None:
    review.add_lesson("Canaries catch bad deploys")
    review.toggle_clock(at(60))
    assert review.session.status is SessionStatus.LIVE
    undone = review.undo()
    assert undone is not None and undone.label == "undo add lesson"
    # Undo never turns back the clock: the meeting is still running, still live.
    assert review.session.debrief.lessons == ()
    assert review.session.clock.running and review.session.status is SessionStatus.LIVE
    review.redo()
    assert review.session.clock.running


def test_clock_commands_drive_the_agenda(review: Review) -> None:
    review.toggle_clock(at(60))
    review.extend_timebox(5)
    assert review.session.clock.remaining(at(61)) == 9 * 60
    review.next_timebox(at(62))
    assert review.session.current_timebox.title == "Timeline walkthrough"
    review.previous_timebox(at(63))
    assert review.session.clock.current == 0
    change = review.toggle_clock(at(64))
    assert change.fields == {"clock"} and not review.session.clock.running


def test_recover_clock_counts_the_closed_time_as_paused(review: Review) -> None:
    review.toggle_clock(at(60))
    assert review.recover_clock(last_alive=at(62), now=at(92)) == timedelta(minutes=30)
    assert review.session.clock.elapsed(at(92)) == 120
    assert review.recover_clock(last_alive=None, now=at(93)) == timedelta(0)


def test_closing_stamps_the_time_and_pauses_the_clock(review: Review) -> None:
    review.toggle_clock(at(60))
    review.close_review(at(90))
    session = review.session
    assert session.status is SessionStatus.CLOSED and session.closed_at == at(90)
    assert not session.clock.running
    assert session.clock.elapsed(at(200)) == 30 * 60
    review.reopen_review()
    assert review.session.status is SessionStatus.LIVE and review.session.closed_at is None


def test_the_layout_cannot_change_once_the_meeting_started(review: Review) -> None:
    review.toggle_clock(at(60))
    review.toggle_clock(at(61))
    with pytest.raises(Refused, match="the meeting has started"):
        review.set_layout(LAYOUT.changed(name="other"))


def test_a_layout_switch_cannot_be_undone_once_the_meeting_started(review: Review) -> None:
    other = LAYOUT.changed(name="other", timeboxes=LAYOUT.timeboxes[:2])
    review.set_layout(other)
    review.toggle_clock(at(60))
    assert review.undo() is None
    assert review.session.layout.name == "other" and review.session.clock.running


def test_a_layout_switch_undone_before_the_start_cannot_be_redone_after_it(review: Review) -> None:
    review.set_layout(LAYOUT.changed(name="other", timeboxes=LAYOUT.timeboxes[:2]))
    review.undo()
    review.toggle_clock(at(60))
    assert review.redo() is None
    assert review.session.layout.name == "short" and review.session.clock.running


def test_placing_a_line_drops_the_time_head_the_importer_could_not_use(review: Review) -> None:
    line = UnplacedLine(source="chat.txt", line=9, text="25:00 PST - Rollback started", reason="no such hour")
    review.import_events([], [line])
    placed = review.place_unplaced(len(review.session.unplaced) - 1, at(31))
    assert placed.text == "Rollback started"
