"""The blameless check over a whole session: every typed text, where it lives, what it flags.

Each text comes with its place (the pane that shows it and the item it belongs to), so the
Debrief can list flagged sentences and jump to each one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from facilitator.checks.blameless import Flag, check_text
from facilitator.model.session import Session


@dataclass(frozen=True)
class TextPlace:
    """A text a person typed: what it is (`where`), the pane that shows it and the item's id there."""

    where: str
    text: str
    pane: str
    item: str = ""
    """The event, finding, action or parking id; "went_well:2" style for debrief entries; "" for a field."""


@dataclass(frozen=True)
class PlacedFlag:
    """A flag in one of the session's texts."""

    place: TextPlace
    flag: Flag


def session_texts(session: Session) -> Iterator[TextPlace]:
    """Every text a person typed into `session`, with its place (the original of a correction is left out)."""
    yield TextPlace("summary", session.summary, "framing", "summary")
    yield TextPlace("impact", session.impact, "framing", "impact")
    for event in session.timeline:
        yield TextPlace("event", event.text, "timeline", event.id)
        for note in event.notes:
            yield TextPlace("event note", note, "timeline", event.id)
        for correction in event.corrections:
            yield TextPlace("correction", correction.corrected, "timeline", event.id)
            yield TextPlace("correction reason", correction.reason, "timeline", event.id)
    for finding in session.findings:
        yield TextPlace("finding", finding.text, "board", finding.id)
        for why in finding.whys:
            yield TextPlace("why", why, "board", finding.id)
        yield TextPlace("systemic factor", finding.systemic_factor, "board", finding.id)
    for action in session.actions:
        yield TextPlace("action", action.title, "actions", action.id)
        yield TextPlace("definition of done", action.done_definition, "actions", action.id)
        yield TextPlace("action impact", action.impact, "actions", action.id)
    for item in session.parking:
        yield TextPlace("parking lot", item.text, "parking", item.id)
    for number, round_ in enumerate(session.round_robin.rounds, start=1):
        for said in round_.notes:
            yield TextPlace(f"round {number} note", said.text, "roundrobin", str(number))
    for index, text in enumerate(session.debrief.went_well):
        yield TextPlace("went well", text, "debrief", f"went_well:{index}")
    for index, affirmation in enumerate(session.debrief.affirmations):
        yield TextPlace("thanks", affirmation.what, "debrief", f"affirmations:{index}")
    for index, text in enumerate(session.debrief.lessons):
        yield TextPlace("lesson", text, "debrief", f"lessons:{index}")


def session_flags(session: Session) -> list[PlacedFlag]:
    """Every flag in the session's typed text, in the order the session holds the texts."""
    return [
        PlacedFlag(place, flag) for place in session_texts(session) if place.text for flag in check_text(place.text)
    ]


def session_flag_count(session: Session) -> int:
    """How many blaming phrases the session's typed text holds."""
    return len(session_flags(session))
