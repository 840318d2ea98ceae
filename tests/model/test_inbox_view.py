"""What the inbox view says waits (the app's "N waiting" and ✉ markers) and what each person sent (the page)."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.model.contribution import ANSWER_KNEW, Contribution, ContributionKind, Decision, InboxView, Outcome

AT = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)


def sent(kind: ContributionKind, who: str = "p1", **fields: object) -> Contribution:
    return Contribution(at=AT, participant_id=who, name=who.upper(), kind=kind, **fields)


def test_every_kind_but_hands_counts_as_waiting_and_only_notes_and_questions_mark_their_event() -> None:
    hand = sent(ContributionKind.HAND, "p2")
    note = sent(ContributionKind.NOTE, text="n", event_id="e1")
    question = sent(ContributionKind.QUESTION, text="q", event_id="e1")
    answer = sent(ContributionKind.ANSWER, event_id="e2", answers={ANSWER_KNEW: "the alert"})
    vote = sent(ContributionKind.VOTE, target_id="a1", vote=1)
    proposal = sent(ContributionKind.PROPOSAL, text="Add a canary")
    view = InboxView.of([note, hand, question, answer, vote, proposal], [])
    assert view.hands == (hand,)
    assert view.others == (note, question, answer, vote, proposal)
    assert view.on_events() == {"e1": 2}  # the decision point's answer is no note waiting on it


def test_what_one_person_sent_keeps_the_decided_items_with_their_outcome_newest_first() -> None:
    note = sent(ContributionKind.NOTE, text="n", event_id="e1")
    vote = sent(ContributionKind.VOTE, target_id="a1", vote=-1)
    theirs = sent(ContributionKind.PARKING, "p2", text="later")
    view = InboxView.of([note, vote, theirs], [Decision(contribution_id=note.id, at=AT, outcome=Outcome.ACCEPTED)])
    assert view.others == (vote, theirs)
    assert view.sent == (note, vote, theirs)
    assert view.sent_by("p1") == ((vote, None), (note, Outcome.ACCEPTED))
