"""Pre-prep answers: stored per person, replaced on a second form, turned into session items, undoable."""

from __future__ import annotations

import pytest

from facilitator.model.enums import FindingKind
from facilitator.model.prep import (
    ActionProposal,
    ActionVote,
    AnswerRef,
    AnswerSection,
    DecisionAnswer,
    PrepAnswers,
    prep_deadline,
    vote_tally,
)
from facilitator.review import Review
from facilitator.review.prep_commands import AnswerUse
from tests.review.review_samples import TODAY, at


def _person(review: Review, name: str) -> str:
    return next(p.id for p in review.session.participants if p.name == name)


def _answers(review: Review, name: str = "Ben Okafor", **values) -> PrepAnswers:
    values.setdefault("received_at", at(600))
    return PrepAnswers(participant_id=_person(review, name), **values)


def test_answers_are_stored_attributed_and_undoable(review: Review) -> None:
    rollback = review.session.timeline[2].id
    answers = _answers(
        review,
        role="on-call, first responder",
        went_well=("Alert fired within a minute",),
        decisions=(
            DecisionAnswer(event_id=rollback, knew="Only the 5xx graph", looked_right="It was the last deploy"),
        ),
    )
    change = review.record_prep(answers)
    assert change.fields == {"prep"}
    stored = review.session.prep_of(_person(review, "Ben Okafor"))
    assert stored is not None and stored.role == "on-call, first responder"
    assert stored.received_at == at(600)
    about = stored.about(rollback)
    assert about is not None and about.knew == "Only the 5xx graph"
    review.undo()
    assert review.session.prep == ()


def test_a_second_form_replaces_that_persons_answers(review: Review) -> None:
    review.record_prep(_answers(review, went_well=("first",)))
    review.record_prep(_answers(review, "Chen Wei", went_well=("chen",)))
    first_id = review.session.prep[0].id
    review.record_prep(_answers(review, went_well=("second",), received_at=at(700)))
    assert [e.went_well for e in review.session.prep] == [("second",), ("chen",)]
    assert review.session.prep[0].id == first_id
    assert review.session.prep[0].received_at == at(700)


@pytest.mark.parametrize(
    "values, message",
    [
        ({"participant_id": "nobody"}, "no participant"),
        ({"decisions": (DecisionAnswer(event_id="nope", knew="x"),)}, "not on the timeline"),
        ({"votes": (ActionVote(target_id="nope", vote=1),)}, "no action item or proposal"),
    ],
)
def test_answers_that_do_not_fit_the_session_are_refused(
    review: Review, values: dict[str, object], message: str
) -> None:
    data = {"participant_id": _person(review, "Ben Okafor"), "received_at": at(600), **values}
    with pytest.raises(ValueError, match=message):
        review.record_prep(PrepAnswers(**data))
    assert review.session.prep == ()


def test_votes_are_counted_per_action(review: Review) -> None:
    action = review.session.actions[0].id
    review.record_prep(_answers(review, votes=(ActionVote(target_id=action, vote=1, comment="yes"),)))
    review.record_prep(_answers(review, "Chen Wei", votes=(ActionVote(target_id=action, vote=-1),)))
    review.record_prep(_answers(review, "Ana Lima", votes=(ActionVote(target_id=action, vote=1),)))
    assert vote_tally(review.session.prep, action) == (2, 1)


def test_a_vote_on_another_persons_proposal_is_accepted(review: Review) -> None:
    proposal = ActionProposal(title="Page the database team too")
    review.record_prep(_answers(review, proposals=(proposal,)))
    review.record_prep(_answers(review, "Chen Wei", votes=(ActionVote(target_id=proposal.id, vote=1),)))
    assert vote_tally(review.session.prep, proposal.id) == (1, 0)


@pytest.mark.parametrize(
    "use, check",
    [
        (AnswerUse.CONTRIBUTOR, lambda s: s.findings[-1].kind is FindingKind.CONTRIBUTOR),
        (AnswerUse.MITIGATOR, lambda s: s.findings[-1].kind is FindingKind.MITIGATOR),
        (AnswerUse.RISK, lambda s: s.findings[-1].kind is FindingKind.RISK),
        (AnswerUse.ACTION, lambda s: s.actions[-1].title == "No canary [/b]"),
        (AnswerUse.PARKING, lambda s: s.parking[-1].text == "No canary [/b]"),
        (AnswerUse.WENT_WELL, lambda s: s.debrief.went_well[-1] == "No canary [/b]"),
        (AnswerUse.WALK_QUESTION, lambda s: s.walk_questions[-1] == "Ben Okafor: No canary [/b]"),
    ],
)
def test_an_answer_becomes_a_session_item_in_one_undoable_step(review: Review, use: AnswerUse, check) -> None:
    review.record_prep(_answers(review, could_be_better=("No canary [/b]",)))
    before = review.session
    ref = AnswerRef(section=AnswerSection.COULD_BE_BETTER, index=0)
    review.use_answer(_person(review, "Ben Okafor"), ref, use, TODAY)
    assert check(review.session)
    assert review.session.prep[0].taken == ("could_be_better:0",)
    review.undo()
    assert review.session == before


def test_a_decision_answer_as_a_finding_links_its_event(review: Review) -> None:
    rollback = review.session.timeline[2].id
    review.record_prep(_answers(review, decisions=(DecisionAnswer(event_id=rollback, knew="k", looked_right="r"),)))
    ref = AnswerRef(section=AnswerSection.DECISIONS, index=0)
    review.use_answer(_person(review, "Ben Okafor"), ref, AnswerUse.MITIGATOR, TODAY)
    assert review.session.findings[-1].event_ids == (rollback,)
    assert review.session.findings[-1].text == "k / r"


def test_an_accepted_proposal_is_an_action_with_one_owner(review: Review) -> None:
    review.record_prep(_answers(review, proposals=(ActionProposal(title="Canary for all", comment="cheap"),)))
    ref = AnswerRef(section=AnswerSection.PROPOSALS, index=0)
    review.use_answer(_person(review, "Ben Okafor"), ref, AnswerUse.ACTION, TODAY, owner="Chen Wei")
    action = review.session.actions[-1]
    assert (action.title, action.owner) == ("Canary for all", "Chen Wei")
    with pytest.raises(ValueError, match="exactly one owner"):
        review.use_answer(_person(review, "Ben Okafor"), ref, AnswerUse.ACTION, TODAY, owner="Ana and Ben")


def test_taken_marks_survive_an_update_that_keeps_the_answer(review: Review) -> None:
    review.record_prep(_answers(review, went_well=("kept", "changes")))
    person = _person(review, "Ben Okafor")
    for index in (0, 1):
        ref = AnswerRef(section=AnswerSection.WENT_WELL, index=index)
        review.use_answer(person, ref, AnswerUse.WENT_WELL, TODAY)
    review.record_prep(_answers(review, went_well=("kept", "changed")))
    assert review.session.prep[0].taken == ("went_well:0",)


def test_the_meeting_time_sets_the_deadline(review: Review) -> None:
    review.set_meeting_at(at(48 * 60))
    assert prep_deadline(review.session.meeting_at) == at(24 * 60)
    assert prep_deadline(None) is None
