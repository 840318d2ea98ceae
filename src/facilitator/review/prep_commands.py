"""Commands of the pre-prep round: store a person's answers, set the meeting time, and turn an
answer into a session item (a finding, an action, a parking-lot topic, ...), all undoable."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from facilitator.model.action import ActionItem
from facilitator.model.enums import FindingKind
from facilitator.model.finding import Finding
from facilitator.model.parking import ParkingItem
from facilitator.model.prep import AnswerRef, AnswerSection, PrepAnswers, WriteUpChoice
from facilitator.review.core import Change, ReviewCore
from facilitator.review.refused import Refused


class AnswerUse(StrEnum):
    """What the facilitator can make of one pre-prep answer."""

    CONTRIBUTOR = "contributor"
    MITIGATOR = "mitigator"
    RISK = "risk"
    ACTION = "action"
    PARKING = "parking"
    WENT_WELL = "went_well"
    WALK_QUESTION = "walk_question"


FINDING_USES = {
    AnswerUse.CONTRIBUTOR: FindingKind.CONTRIBUTOR,
    AnswerUse.MITIGATOR: FindingKind.MITIGATOR,
    AnswerUse.RISK: FindingKind.RISK,
}


class PrepCommands(ReviewCore):
    def record_prep(self, answers: PrepAnswers) -> Change:
        """Store one participant's answers, replacing any they sent before.

        Refuses (`Refused`) answers from someone who is not a participant, about an event
        that is not on the timeline, or with a vote on an action nobody proposed. Answers
        already turned into session items stay marked as taken, and the facilitator's write-up
        choices (reworded, left out, kept) stay, if their text is unchanged.
        """
        session = self.session
        person = next((p for p in session.participants if p.id == answers.participant_id), None)
        if person is None:
            raise Refused(f"no participant with id {answers.participant_id!r}")
        events = {event.id for event in session.timeline}
        for decision in answers.decisions:
            if decision.event_id not in events:
                raise Refused(f"answer about event {decision.event_id!r}, which is not on the timeline")
        targets = {a.id for a in session.actions} | {p.id for entry in session.prep for p in entry.proposals}
        targets |= {p.id for p in answers.proposals}
        for vote in answers.votes:
            if vote.target_id not in targets:
                raise Refused(f"vote on {vote.target_id!r}, which is no action item or proposal")
        earlier = session.prep_of(person.id)
        if earlier is not None:
            answers = answers.changed(
                id=earlier.id, taken=_still_taken(earlier, answers), write_up=_still_chosen(earlier, answers)
            )
            entries = tuple(answers if e.participant_id == person.id else e for e in session.prep)
        else:
            entries = (*session.prep, answers)
        return self._apply(f"pre-prep answers of {person.name}", prep=entries)

    def remove_prep(self, participant_id: str) -> Change:
        kept = tuple(e for e in self.session.prep if e.participant_id != participant_id)
        if len(kept) == len(self.session.prep):
            raise Refused(f"no pre-prep answers from participant {participant_id!r}")
        return self._apply("remove pre-prep answers", prep=kept)

    def set_meeting_at(self, when: datetime | None) -> Change:
        """When the meeting is (forms are due 24 hours before); None clears it."""
        return self._apply("set meeting time", meeting_at=when)

    def use_answer(self, participant_id: str, ref: AnswerRef, use: AnswerUse, today: date, owner: str = "") -> Change:
        """Make one answer a session item (one undoable step) and mark it as taken."""
        session = self.session
        entry = session.prep_of(participant_id)
        if entry is None:
            raise Refused(f"no pre-prep answers from participant {participant_id!r}")
        try:
            text = entry.text_of(ref)
        except KeyError:
            raise Refused(f"{entry.source or 'this form'} has no answer {ref.key!r}") from None
        values: dict[str, Any] = {}
        if use in FINDING_USES:
            event_ids = (entry.decisions[ref.index].event_id,) if ref.section is AnswerSection.DECISIONS else ()
            finding = Finding(kind=FINDING_USES[use], text=text, event_ids=event_ids)
            values["findings"] = (*session.findings, finding)
        elif use is AnswerUse.ACTION:
            title = entry.proposals[ref.index].title if ref.section is AnswerSection.PROPOSALS else text
            values["actions"] = (*session.actions, ActionItem(title=title, owner=owner, created_at=today.isoformat()))
        elif use is AnswerUse.PARKING:
            item = ParkingItem(text=text, raised_in="Pre-prep")
            values["parking"] = (*session.parking, item)
        elif use is AnswerUse.WENT_WELL:
            values["debrief"] = session.debrief.changed(went_well=(*session.debrief.went_well, text))
        else:
            asker = next((p.name for p in session.participants if p.id == participant_id), "a former participant")
            values["walk_questions"] = (*session.walk_questions, f"{asker}: {text}")
        taken = entry.taken if ref.key in entry.taken else (*entry.taken, ref.key)
        marked = entry.changed(taken=taken)
        values["prep"] = tuple(marked if e.participant_id == participant_id else e for e in session.prep)
        return self._apply(f"pre-prep answer as {use.value.replace('_', ' ')}", **values)


def _still_taken(earlier: PrepAnswers, updated: PrepAnswers) -> tuple[str, ...]:
    """Taken marks of `earlier` whose answer reads the same in `updated`."""
    old = {ref.key: text for ref, text in earlier.answers()}
    new = {ref.key: text for ref, text in updated.answers()}
    return tuple(key for key in earlier.taken if key in new and new[key] == old.get(key))


def _still_chosen(earlier: PrepAnswers, updated: PrepAnswers) -> tuple[WriteUpChoice, ...]:
    """Write-up choices of `earlier` whose answer reads the same in `updated`."""
    new = {ref.key: text for ref, text in updated.answers()}
    return tuple(choice for choice in earlier.write_up if new.get(choice.ref) == choice.sent)
