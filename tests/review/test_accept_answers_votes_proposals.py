"""Accepting what a participant sends across the days of a review: a decision-point answer, a vote
or comment on a proposed action, a proposed action. Each joins the sender's pre-prep answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.checks.async_steps import step_misses
from facilitator.model.contribution import Contribution, ContributionKind, Decision, InboxView, Outcome
from facilitator.model.enums import TimeboxKind
from facilitator.model.layout import Timebox
from facilitator.review import Refused, Review

AT = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)


def from_person(review: Review, kind: ContributionKind, **fields) -> Contribution:
    person = review.session.participants[0]
    return Contribution(at=AT, participant_id=person.id, name=person.name, kind=kind, **fields)


def test_a_decision_point_answer_joins_the_senders_answers_and_the_point_counts_as_answered(review: Review) -> None:
    point = review.session.timeline[0]
    assert not any(e.decision_point for e in review.session.timeline)
    review.toggle_decision(point.id)
    analysis = Timebox(kind=TimeboxKind.ANALYSIS, title="Discuss", minutes=10)
    assert step_misses(review.session, analysis) == ["1 of 1 decision points nobody answered"]
    person = review.session.participants[0]
    answer = from_person(
        review,
        ContributionKind.ANSWER,
        event_id=point.id,
        answers={"knew": "Only the p99 graph", "right": "It worked before"},
    )
    said = review.accept_contribution(answer)
    entry = review.session.prep_of(person.id)
    assert entry is not None and entry.source == "web"
    assert entry.about(point.id).knew == "Only the p99 graph"
    assert entry.about(point.id).looked_right == "It worked before"
    assert "decision point" in said
    assert step_misses(review.session, analysis) == []
    again = from_person(review, ContributionKind.ANSWER, event_id=point.id, answers={"knew": "Also the error log"})
    review.accept_contribution(again)
    entry = review.session.prep_of(person.id)
    assert [d.knew for d in entry.decisions if d.event_id == point.id] == ["Also the error log"]
    review.undo()
    assert review.session.prep_of(person.id).about(point.id).knew == "Only the p99 graph"


def test_a_vote_and_a_comment_on_an_action_join_the_answers_one_per_action(review: Review) -> None:
    action = review.session.actions[0]
    person = review.session.participants[0]
    review.accept_contribution(from_person(review, ContributionKind.VOTE, target_id=action.id, vote=1, text="Yes"))
    review.accept_contribution(
        from_person(review, ContributionKind.VOTE, target_id=action.id, vote=-1, text="too big"),
        "Too big for one sprint",
    )
    votes = review.session.prep_of(person.id).votes
    assert [(v.target_id, v.vote, v.comment) for v in votes] == [(action.id, -1, "Too big for one sprint")]


def test_a_vote_on_an_action_that_is_gone_is_refused(review: Review) -> None:
    with pytest.raises(Refused, match="no action item or proposal"):
        review.accept_contribution(from_person(review, ContributionKind.VOTE, target_id="gone", vote=1))


def test_a_proposed_action_joins_the_senders_proposals_and_can_be_voted_on(review: Review) -> None:
    person = review.session.participants[0]
    review.accept_contribution(
        from_person(review, ContributionKind.PROPOSAL, text="Page the edge team", answers={"comment": "on CPU jumps"})
    )
    (proposal,) = [p for p in review.session.prep_of(person.id).proposals if p.title == "Page the edge team"]
    assert proposal.comment == "on CPU jumps"
    other = review.session.participants[1]
    vote = Contribution(
        at=AT, participant_id=other.id, name=other.name, kind=ContributionKind.VOTE, target_id=proposal.id, vote=1
    )
    review.accept_contribution(vote)
    assert review.session.prep_of(other.id).vote_on(proposal.id).vote == 1


def test_an_empty_answer_or_untitled_proposal_is_refused(review: Review) -> None:
    point = review.session.timeline[0]
    with pytest.raises(Refused, match="empty"):
        review.accept_contribution(from_person(review, ContributionKind.ANSWER, event_id=point.id, answers={}))
    with pytest.raises(Refused, match="no title"):
        review.accept_contribution(from_person(review, ContributionKind.PROPOSAL, text="x"), "  ")
    with pytest.raises(Refused, match="not on the timeline"):
        review.accept_contribution(from_person(review, ContributionKind.ANSWER, event_id="gone", answers={"knew": "x"}))


def test_the_inbox_view_tells_each_sender_what_became_of_what_they_sent() -> None:
    mine = [
        Contribution(
            at=AT + timedelta(minutes=i), participant_id="p1", name="Jo", kind=ContributionKind.NOTE, text=f"n{i}"
        )
        for i in range(3)
    ]
    theirs = Contribution(at=AT, participant_id="p2", name="Ana", kind=ContributionKind.PARKING, text="t")
    view = InboxView.of(
        [*mine, theirs],
        [
            Decision(contribution_id=mine[0].id, at=AT, outcome=Outcome.ACCEPTED),
            Decision(contribution_id=mine[1].id, at=AT, outcome=Outcome.DECLINED),
        ],
    )
    assert [(c.text, outcome) for c, outcome in view.sent_by("p1")] == [
        ("n2", None),
        ("n1", Outcome.DECLINED),
        ("n0", Outcome.ACCEPTED),
    ]
    assert [c.text for c, _ in view.sent_by("p2")] == ["t"]
