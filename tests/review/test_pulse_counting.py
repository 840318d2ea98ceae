"""Counting the anonymous pulse into the session: each answer of the inbox once, by its random id;
never undone, still counted after the close; only by the app that holds the session; none lost
when the session moves without its inbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.model.pulse import Pulse, PulseAnswer
from facilitator.review import Review
from facilitator.store.session_file import open_session, write_new_session
from tests.review.review_samples import at, filled_review

LINES = (
    PulseAnswer(id="9f1c", safe=4, useful=5),
    PulseAnswer(id="03ab", safe=2, useful=5),
    PulseAnswer(id="c7e2", safe=5, useful=3),
)


def test_each_answer_is_counted_once_and_its_id_kept_in_no_order(review: Review) -> None:
    assert review.count_pulse(LINES[:2]) == 2
    assert review.session.pulse == Pulse(safe=(0, 1, 0, 1, 0), useful=(0, 0, 0, 0, 2), answer_ids=("03ab", "9f1c"))
    assert review.count_pulse(LINES[:2]) == 0  # read again: nothing new
    assert review.count_pulse(LINES) == 1
    assert review.session.pulse.safe == (0, 1, 0, 1, 1) and review.session.pulse.answers == 3


def test_a_session_moved_without_its_inbox_still_counts_the_answers_of_its_new_inbox(review: Review) -> None:
    review.count_pulse(LINES[:2])
    assert review.count_pulse([PulseAnswer(id="5d0e", safe=3, useful=3)]) == 1  # a new, shorter inbox
    assert review.session.pulse.answers == 3


def test_counting_is_no_command_to_undo_and_undo_never_takes_a_count_back(review: Review) -> None:
    review.add_lesson("Canaries catch bad deploys")
    review.count_pulse(LINES[:1])
    assert review.undo() is not None  # takes back the lesson, not the count
    assert not review.session.debrief.lessons and review.session.pulse.answers == 1
    review.count_pulse(LINES[:2])
    assert review.redo() is not None  # brings the lesson back, keeps both answers
    assert review.session.debrief.lessons == ("Canaries catch bad deploys",)
    assert review.session.pulse.answers == 2


def test_an_answer_read_after_the_close_is_still_counted(review: Review) -> None:
    review.close_review(at(3600))
    assert review.count_pulse(LINES) == 3
    assert review.session.pulse.answers == 3


def test_a_read_only_review_counts_nothing_and_leaves_it_to_the_app_that_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "checkout-outage.json"
    write_new_session(path, filled_review().session)
    writer = open_session(path)
    reader = open_session(path)
    try:
        review = Review(reader.session, reader)
        assert review.count_pulse(LINES) == 0
        assert review.session.pulse == Pulse()
    finally:
        reader.close()
        writer.close()


def test_the_counts_and_what_they_hold_come_back_from_the_saved_file(tmp_path: Path) -> None:
    path = tmp_path / "checkout-outage.json"
    write_new_session(path, filled_review().session)
    file = open_session(path)
    review = Review(file.session, file)
    try:
        review.count_pulse(LINES[:2])
        review.save_now(at(10))
    finally:
        review.close()
    again = open_session(path)
    try:
        assert again.session.pulse.answer_ids == ("03ab", "9f1c")
        assert Review(again.session, again).count_pulse(LINES) == 1  # a restart counts only the new answer
    finally:
        again.close()


@pytest.mark.parametrize("bad", [{"safe": 0, "useful": 3}, {"safe": 3, "useful": 6}, {"safe": 3}])
def test_an_answer_off_the_scale_is_no_answer(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        PulseAnswer.model_validate(bad)
