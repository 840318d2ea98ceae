"""The blameless check over a whole session: every typed text, where it lives, what it flags.

Each text comes with its place (the pane that shows it and the item it belongs to), so the
Debrief can list flagged sentences and jump to each one. The session's participants' names
are people the check knows however they are typed ("mei forgot"). Pre-prep answers count as
the write-up carries them: reworded, kept, or as sent; one held back or left out is not in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from facilitator.checks.blame_people import session_people
from facilitator.checks.blame_write_up import AnswerState, written_answers
from facilitator.checks.blameless import Flag, check_text
from facilitator.model.session import Session


class TextPlace(NamedTuple):
    """A text a person typed: what it is (`where`), the pane that shows it and the item's id there.
    (A tuple: a session hands the check one for every event, note and answer it holds.)"""

    where: str
    text: str
    pane: str
    item: str = ""
    """The event, finding, action or parking id; "went_well:2" style for debrief entries; "participant
    id|went_well:0" for a pre-prep answer; "walk:0" for a question for the walk; "" for a field."""
    state: str = ""
    """For a pre-prep answer, what the write-up does with it (an `AnswerState`)."""


@dataclass(frozen=True)
class PlacedFlag:
    """A flag in one of the session's texts."""

    place: TextPlace
    flag: Flag


def session_texts(session: Session, people: frozenset[str] = frozenset()) -> Iterator[TextPlace]:
    """Every text a person typed or sent into `session` that the write-up carries, with its place
    (the original of a correction, an answer held back or left out are not carried), pane by pane."""
    yield TextPlace("summary", session.summary, "framing", "summary")
    yield TextPlace("impact", session.impact, "framing", "impact")
    yield from _prep_texts(session, people)
    yield from _timeline_texts(session)
    yield from _board_texts(session)
    yield from _action_texts(session)
    for item in session.parking:
        yield TextPlace("parking lot", item.text, "parking", item.id)
    for number, round_ in enumerate(session.round_robin.rounds, start=1):
        for said in round_.notes:
            yield TextPlace(f"round {number} note", said.text, "roundrobin", str(number))
    yield from _debrief_texts(session)


def _prep_texts(session: Session, people: frozenset[str]) -> Iterator[TextPlace]:
    for answer in written_answers(session, people):
        if answer.text:
            yield TextPlace("pre-prep answer", answer.text, "prep", answer.key, answer.state.value)
    for index, question in enumerate(session.walk_questions):
        yield TextPlace("question for the walk", question, "prep", f"walk:{index}")


def _timeline_texts(session: Session) -> Iterator[TextPlace]:
    for event in session.timeline:
        yield TextPlace("event", event.text, "timeline", event.id)
        for note in event.notes:
            yield TextPlace("event note", note, "timeline", event.id)
        for correction in event.corrections:
            yield TextPlace("correction", correction.corrected, "timeline", event.id)
            yield TextPlace("correction reason", correction.reason, "timeline", event.id)


def _board_texts(session: Session) -> Iterator[TextPlace]:
    for finding in session.findings:
        yield TextPlace("finding", finding.text, "board", finding.id)
        for why in finding.whys:
            yield TextPlace("why", why, "board", finding.id)
        yield TextPlace("systemic factor", finding.systemic_factor, "board", finding.id)


def _action_texts(session: Session) -> Iterator[TextPlace]:
    for action in session.actions:
        yield TextPlace("action", action.title, "actions", action.id)
        yield TextPlace("definition of done", action.done_definition, "actions", action.id)
        yield TextPlace("action impact", action.impact, "actions", action.id)


def _debrief_texts(session: Session) -> Iterator[TextPlace]:
    for index, text in enumerate(session.debrief.went_well):
        yield TextPlace("went well", text, "debrief", f"went_well:{index}")
    for index, affirmation in enumerate(session.debrief.affirmations):
        yield TextPlace("thanks", affirmation.what, "debrief", f"affirmations:{index}")
    for index, text in enumerate(session.debrief.lessons):
        yield TextPlace("lesson", text, "debrief", f"lessons:{index}")


def session_flags(session: Session) -> list[PlacedFlag]:
    """Every flag in the text the write-up carries, in the order the session holds the texts."""
    people = session_people(session)
    return [
        PlacedFlag(place, flag)
        for place in session_texts(session, people)
        if place.text
        for flag in check_text(place.text, people)
    ]


def held_answers(session: Session) -> list[TextPlace]:
    """Pre-prep answers that read as blame and wait for the facilitator: out of the export until then."""
    return [
        TextPlace("pre-prep answer", answer.sent, "prep", answer.key, answer.state.value)
        for answer in written_answers(session, session_people(session))
        if answer.state is AnswerState.HELD
    ]


_SECTION_NAMES = {
    "role": "role",
    "went_well": "went well",
    "could_be_better": "could be better",
    "questions": "question",
    "decisions": "decision point",
    "proposals": "proposed action",
}


def text_place_name(session: Session, place: TextPlace) -> str:
    """A short name for where a text is, for a person reading `facilitator check`: "event at 14:02",
    "pre-prep answer of Mei Lin (could be better 2)", "summary"."""
    if place.pane == "timeline":
        event = next((e for e in session.timeline if e.id == place.item), None)
        return f"{place.where} at {event.at:%H:%M} UTC" if event else place.where
    if place.pane == "prep" and "|" in place.item:
        participant_id, _, key = place.item.partition("|")
        name = next((p.name for p in session.participants if p.id == participant_id), "a former participant")
        section, _, index = key.partition(":")
        state = f", {place.state}" if place.state in (AnswerState.REWORDED.value, AnswerState.KEPT.value) else ""
        return f"pre-prep answer of {name} ({_SECTION_NAMES.get(section, section)} {int(index) + 1}{state})"
    return place.where
