"""Participants as the outcome panes name them: by id, as select options, as owners."""

from __future__ import annotations

from rich.text import Text

from facilitator.model.session import Session
from facilitator.tui.text import literal, one_line


def name_of(session: Session, participant_id: str) -> str:
    """The participant's name on one line, or a plain mark if they were removed since."""
    for person in session.participants:
        if person.id == participant_id:
            return one_line(person.name)
    return "(removed participant)"


def is_participant(session: Session, name: str) -> bool:
    return name.strip().casefold() in {p.name.strip().casefold() for p in session.participants}


def person_options(session: Session) -> list[tuple[Text, str]]:
    """(shown, value) pairs for a select box: names shown literally, the name as value."""
    return [(literal(p.name), p.name) for p in session.participants]
