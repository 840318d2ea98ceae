"""What the write-up does with a pre-prep answer: reword, leave out, keep as written; each one
undoable step, each surviving a resend of the same answer, and each reaching the export."""

from __future__ import annotations

import pytest

from facilitator.checks.blame_session import held_answers, session_flags
from facilitator.checks.readiness import readiness
from facilitator.export.markdown import to_markdown
from facilitator.model.prep import AnswerRef, AnswerSection, PrepAnswers, WriteUp
from facilitator.review import Refused, Review
from tests.review.review_samples import at

BLAMING = "chen forgot to failover the replica"
CLEAN = "The failover runbook had no step for the replica"
SECOND = AnswerRef(section=AnswerSection.COULD_BE_BETTER, index=0)


def _ben(review: Review) -> str:
    return next(p.id for p in review.session.participants if p.name == "Ben Okafor")


@pytest.fixture
def answered(review: Review) -> Review:
    review.record_prep(
        PrepAnswers(participant_id=_ben(review), received_at=at(600), went_well=(CLEAN,), could_be_better=(BLAMING,))
    )
    return review


def _export(review: Review) -> str:
    return to_markdown(review.session)


def test_a_flagged_answer_is_held_back_from_the_export_without_its_words_or_author(answered: Review) -> None:
    text = _export(answered)
    assert BLAMING not in text
    assert "an answer held back" in text
    assert f"{CLEAN} (Ben Okafor)" in text
    assert "1 pre-prep answer is held back from this write-up" in text
    (held,) = held_answers(answered.session)
    assert held.item == f"{_ben(answered)}|could_be_better:0"


def test_rewording_puts_the_new_words_in_the_export_in_one_undoable_step(answered: Review) -> None:
    answered.reword_answer(_ben(answered), SECOND, "Failing over the replica is a manual step that is easy to miss")
    text = _export(answered)
    assert (
        "Failing over the replica is a manual step that is easy to miss (Ben Okafor; reworded by the facilitator)"
        in text
    )
    assert BLAMING not in text and "held back" not in text
    answered.undo()
    assert "an answer held back" in _export(answered)
    answered.redo()
    assert answered.session.prep[0].choice(SECOND).choice is WriteUp.REWORDED


def test_rewording_back_to_the_words_as_sent_takes_the_reword_back(answered: Review) -> None:
    answered.reword_answer(_ben(answered), SECOND, "The replica failover is manual")
    answered.reword_answer(_ben(answered), SECOND, BLAMING)
    assert answered.session.prep[0].write_up == ()
    with pytest.raises(Refused, match="type the words"):
        answered.reword_answer(_ben(answered), SECOND, "  ")


def test_leaving_out_removes_the_answer_and_giving_it_again_puts_it_back(answered: Review) -> None:
    answered.leave_out_answer(_ben(answered), SECOND)
    text = _export(answered)
    assert BLAMING not in text and "held back" not in text
    assert held_answers(answered.session) == []
    answered.leave_out_answer(_ben(answered), SECOND)
    assert "an answer held back" in _export(answered)


def test_keeping_publishes_the_answer_as_written_and_check_notes_it(answered: Review) -> None:
    assert any("held back from the export" in f.message for f in readiness(answered.session).gaps)
    answered.keep_answer(_ben(answered), SECOND)
    text = _export(answered)
    assert f"{BLAMING} (Ben Okafor)" in text
    assert "Where: Before the meeting › What could be better (item 1)." in text
    result = readiness(answered.session)
    assert not any("pre-prep answer" in f.message for f in result.gaps)
    (note,) = [f for f in result.notes if "kept as written" in f.message]
    assert note.message.startswith("pre-prep answer of Ben Okafor (could be better 1, kept as written): “chen forgot”")


def test_a_reworded_answer_that_still_blames_is_a_gap_in_check(answered: Review) -> None:
    answered.reword_answer(_ben(answered), SECOND, "Chen should have failed over sooner")
    (gap,) = [f for f in readiness(answered.session).gaps if "pre-prep answer" in f.message]
    assert "(could be better 1, reworded): “Chen should have failed”" in gap.message
    assert [p.place.state for p in session_flags(answered.session)] == ["reworded"]


def test_a_choice_survives_a_resend_of_the_same_answer_and_lapses_when_it_changes(answered: Review) -> None:
    answered.leave_out_answer(_ben(answered), SECOND)
    same = PrepAnswers(
        participant_id=_ben(answered), received_at=at(700), went_well=(CLEAN,), could_be_better=(BLAMING,)
    )
    answered.record_prep(same)
    assert answered.session.prep[0].choice(SECOND) is not None
    answered.record_prep(same.changed(could_be_better=("chen skipped the failover drill",)))
    assert answered.session.prep[0].choice(SECOND) is None


def test_a_choice_on_an_answer_that_is_not_there_is_refused(answered: Review) -> None:
    with pytest.raises(Refused, match="has no answer"):
        answered.keep_answer(_ben(answered), AnswerRef(section=AnswerSection.QUESTIONS, index=3))
    with pytest.raises(Refused, match="no pre-prep answers"):
        answered.leave_out_answer("nobody", SECOND)
