"""Whose voice is heard, by region: what each person sent from the live page and how much of it the
facilitator accepted, counted from each review's inbox file into `facilitator report`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from facilitator.checks.voices import voices
from facilitator.cli import main
from facilitator.model.contribution import Contribution, ContributionKind, Decision, Outcome
from facilitator.model.pulse import PulseAnswer
from facilitator.model.session import Session
from facilitator.model.summary import summarise
from facilitator.review import Review
from facilitator.store.catalogue import readable, refresh_catalogue
from facilitator.store.inbox import Inbox, inbox_path
from tests.store.store_samples import filled_session, new_file

AT = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)


def session_with_kenji() -> Session:
    review = Review(filled_session())
    review.add_participant("Kenji Watanabe", tz="Asia/Tokyo")
    return review.session


def sent(session: Session, name: str, kind: ContributionKind, text: str = "", **fields: object) -> Contribution:
    person = next(p for p in session.participants if p.name == name)
    return Contribution(at=AT, participant_id=person.id, name=name, kind=kind, text=text, **fields)


def test_each_person_counts_what_they_sent_and_what_was_accepted_hands_aside() -> None:
    session = session_with_kenji()
    event = session.timeline[0].id
    note = sent(session, "Kenji Watanabe", ContributionKind.NOTE, "saw it in Tokyo", event_id=event)
    topic = sent(session, "Kenji Watanabe", ContributionKind.PARKING, "pager rota")
    declined = sent(session, "Kenji Watanabe", ContributionKind.QUESTION, "why?", event_id=event)
    hand = sent(session, "Ben Okafor", ContributionKind.HAND)
    old_accept = sent(session, "Ben Okafor", ContributionKind.NOTE, "an older plain accept", event_id=event)
    review = Review(session)
    review.accept_contribution(note)
    decisions = [
        Decision(contribution_id=note.id, at=AT, outcome=Outcome.ACCEPTED, in_session=True),
        Decision(contribution_id=declined.id, at=AT, outcome=Outcome.DECLINED),
        Decision(contribution_id=hand.id, at=AT, outcome=Outcome.ACCEPTED),
        Decision(contribution_id=old_accept.id, at=AT, outcome=Outcome.ACCEPTED),
    ]
    people = {
        p.name: (p.page_sent, p.page_accepted)
        for p in summarise(review.session, [note, topic, declined, hand, old_accept], decisions).people
    }
    assert people == {"Ana Lima": (0, 0), "Ben Okafor": (1, 1), "Kenji Watanabe": (3, 1)}
    review.undo()  # the note taken back out of the session: no longer accepted
    undone = summarise(review.session, [note, topic, declined], decisions[:2]).people
    assert [(p.page_sent, p.page_accepted) for p in undone if p.name == "Kenji Watanabe"] == [(3, 0)]


def test_the_report_counts_page_contributions_by_region_from_the_inbox_files(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    session = session_with_kenji()
    path = new_file(folder, session)
    event = session.timeline[0].id
    note = sent(session, "Kenji Watanabe", ContributionKind.NOTE, "saw it in Tokyo", event_id=event)
    inbox = Inbox(inbox_path(path))
    inbox.append_all(
        [
            note,
            sent(session, "Kenji Watanabe", ContributionKind.PARKING, "pager rota"),
            sent(session, "Ben Okafor", ContributionKind.HAND),
            PulseAnswer(id="d4", safe=4, useful=4),
            Decision(contribution_id=note.id, at=AT, outcome=Outcome.ACCEPTED),
        ]
    )
    summaries, _ = readable(refresh_catalogue(folder))
    regions = {v.region: (v.page_sent, v.page_accepted) for v in voices(summaries).regions}
    assert regions == {"America": (0, 0), "Europe": (0, 0), "Asia": (2, 1)}

    inbox.add(sent(session, "Ben Okafor", ContributionKind.QUESTION, "who owns it?", event_id=event))
    summaries, _ = readable(refresh_catalogue(folder))  # the inbox changed: the summary is read again
    assert {v.region: v.page_sent for v in voices(summaries).regions}["Europe"] == 1

    assert main(["report", "--dir", str(folder)]) == 0
    report = capsys.readouterr().out
    assert "| Page: sent / accepted |" in report
    assert "| Asia | 1 |" in report and "| 2 / 1 |" in report
    assert "how many the facilitator accepted" in report
