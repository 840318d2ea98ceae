"""Accepting what participants sent: each accepted contribution becomes part of the session, attributed.

A note or question lands on its event, a parking-lot topic in the parking lot. A raised hand
changes nothing in the session (the facilitator gives the floor). Every accept is one undoable
command; the inbox file records the decision separately (see store/inbox.py).
"""

from __future__ import annotations

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.model.parking import ParkingItem
from facilitator.review.core import ReviewCore
from facilitator.review.items import replace_item


def attributed(contribution: Contribution, text: str) -> str:
    """The text as it goes into the session, saying who sent it."""
    if contribution.kind is ContributionKind.QUESTION:
        return f"Question from {contribution.name}: {text}"
    if contribution.kind is ContributionKind.PARKING:
        return f"{text} (from {contribution.name})"
    return f"{contribution.name}: {text}"


class InboxCommands(ReviewCore):
    def accept_contribution(self, contribution: Contribution, text: str | None = None) -> str:
        """Put `contribution` (with `text` if the facilitator edited it) into the session.

        Returns what the facilitator is told happened.
        """
        body = (contribution.text if text is None else text).strip()
        kind = contribution.kind
        if kind is ContributionKind.HAND:
            return f"{contribution.name} has the floor"
        if not body:
            raise ValueError("there is no text to accept")
        if kind in (ContributionKind.NOTE, ContributionKind.QUESTION):
            if contribution.event_id is None:
                raise ValueError("this note is not about an event")
            event = self.session.event(contribution.event_id)
            events, _ = replace_item(
                self.session.timeline, event.id, notes=(*event.notes, attributed(contribution, body))
            )
            self._apply(f"accept {kind.value} from {contribution.name}", timeline=events)
            return f"{kind.value.capitalize()} from {contribution.name} added to the event"
        if kind is ContributionKind.PARKING:
            item = ParkingItem(text=attributed(contribution, body), raised_in=self.session.current_timebox.title)
            self._apply(f"accept topic from {contribution.name}", parking=(*self.session.parking, item))
            return f"Topic from {contribution.name} parked"
        raise ValueError(f"{kind.value} contributions cannot be accepted yet")
