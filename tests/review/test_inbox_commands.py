"""Accepting a participant's contribution: attributed, on the right event, undoable."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.review import Refused, Review

AT = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)


def sent(kind: ContributionKind, text: str = "", event_id: str | None = None) -> Contribution:
    return Contribution(at=AT, participant_id="p1", name="Jo Park", kind=kind, text=text, event_id=event_id)


def test_a_note_lands_on_its_event_attributed(review: Review) -> None:
    event = review.session.timeline[0]
    said = review.accept_contribution(sent(ContributionKind.NOTE, "I saw it too", event.id))
    assert review.session.event(event.id).notes[-1] == "Jo Park: I saw it too"
    assert "Note from Jo Park" in said


def test_an_edited_question_lands_as_edited(review: Review) -> None:
    event = review.session.timeline[1]
    review.accept_contribution(sent(ContributionKind.QUESTION, "why tho", event.id), "Why did the alert wait?")
    assert review.session.event(event.id).notes[-1] == "Question from Jo Park: Why did the alert wait?"


def test_a_parking_topic_is_parked_in_the_current_timebox_and_undo_takes_it_back(review: Review) -> None:
    before = review.session.parking
    review.accept_contribution(sent(ContributionKind.PARKING, "[bold]Pager rota[/bold]"))
    item = review.session.parking[-1]
    assert item.text == "[bold]Pager rota[/bold] (from Jo Park)"
    assert item.raised_in == review.session.current_timebox.title
    review.undo()
    assert review.session.parking == before


def test_a_hand_changes_nothing_in_the_session(review: Review) -> None:
    version = review.version
    assert review.accept_contribution(sent(ContributionKind.HAND)) == "Jo Park has the floor"
    assert review.version == version


def test_a_note_on_a_deleted_event_or_with_no_text_is_refused(review: Review) -> None:
    with pytest.raises(Refused, match="no longer on the timeline"):
        review.accept_contribution(sent(ContributionKind.NOTE, "x", "gone"))
    with pytest.raises(Refused, match="no text"):
        review.accept_contribution(sent(ContributionKind.NOTE, "x", review.session.timeline[0].id), "  ")


def test_a_pre_prep_form_from_the_page_becomes_that_persons_answers(review: Review) -> None:
    person = review.session.participants[0]
    decision = review.session.timeline[0]
    form = Contribution(
        at=AT,
        participant_id=person.id,
        name=person.name,
        kind=ContributionKind.PREP,
        answers={
            "role": "on call",
            "went_well": "Rollback was fast\n\nThe alert fired",
            "questions": "Why no load test?",
            "proposals": "Cap the pool size",
            f"knew:{decision.id}": "Only p99",
            f"right:{decision.id}": "It had worked before",
        },
    )
    said = review.accept_contribution(form)
    answers = review.session.prep_of(person.id)
    assert answers is not None and answers.source == "web"
    assert answers.role == "on call"
    assert answers.went_well == ("Rollback was fast", "The alert fired")
    assert answers.questions == ("Why no load test?",)
    assert [p.title for p in answers.proposals] == ["Cap the pool size"]
    about = answers.about(decision.id)
    assert about is not None and (about.knew, about.looked_right) == ("Only p99", "It had worked before")
    assert "Pre-prep" in said
    review.undo()
    assert review.session.prep_of(person.id) is None
