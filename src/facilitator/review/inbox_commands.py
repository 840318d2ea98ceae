"""Accepting what participants sent: each accepted contribution becomes part of the session, attributed.

A note or question lands on its event, a parking-lot topic in the parking lot, a pre-prep form
among the pre-prep answers (replacing what that person sent before). An answer about one
decision point, a vote or comment on a proposed action, and a proposed action join that
person's pre-prep answers (the same place a filled form puts them), replacing only what they
said before about the same decision point or action. A raised hand changes nothing in the
session (the facilitator gives the floor). Every accept is one undoable command that also
records the contribution's id in the session; the inbox file records the decision separately
(see store/inbox.py and model/contribution.py for why both).

What still waits in the inbox is review state too (`waiting`), outside the session: the app hands
each new reading of the inbox file to `show_waiting`, and every screen that shows it (the hands
line, the timeline's markers, the inbox) redraws from the change notice named ARRIVALS, as for
any command. `waiting` leaves out what the session took in and what was decided here, whatever
the file said when it was read, so a quick second key press never meets an item already taken.
"""

from __future__ import annotations

from typing import Any

from facilitator.model.contribution import (
    ANSWER_KNEW,
    ANSWER_RIGHT,
    PROPOSAL_COMMENT,
    Contribution,
    ContributionKind,
    InboxView,
)
from facilitator.model.parking import ParkingItem
from facilitator.model.prep import ActionProposal, ActionVote, DecisionAnswer, PrepAnswers
from facilitator.review.core import Change
from facilitator.review.items import replace_item
from facilitator.review.refused import Refused, refusing
from facilitator.review.write_up_commands import WriteUpCommands


def attributed(contribution: Contribution, text: str) -> str:
    """The text as it goes into the session, saying who sent it."""
    if contribution.kind is ContributionKind.QUESTION:
        return f"Question from {contribution.name}: {text}"
    if contribution.kind is ContributionKind.PARKING:
        return f"{text} (from {contribution.name})"
    return f"{contribution.name}: {text}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def prep_answers(contribution: Contribution) -> PrepAnswers:
    """A pre-prep form sent from the live page, as the session keeps pre-prep answers.

    Fields with one item per line become lists; `knew:ID` and `right:ID` are what the sender
    knew, and what made the call look right, at decision point ID.
    """
    answers = contribution.answers
    events: dict[str, dict[str, str]] = {}
    for key, value in answers.items():
        part, _, event_id = key.partition(":")
        if part in ("knew", "right") and event_id:
            events.setdefault(event_id, {})["knew" if part == "knew" else "looked_right"] = value
    return PrepAnswers(
        participant_id=contribution.participant_id,
        received_at=contribution.at,
        source="web",
        role=answers.get("role", ""),
        went_well=_lines(answers.get("went_well", "")),
        could_be_better=_lines(answers.get("could_be_better", "")),
        questions=_lines(answers.get("questions", "")),
        decisions=tuple(DecisionAnswer(event_id=event_id, **said) for event_id, said in events.items()),
        proposals=tuple(ActionProposal(title=title) for title in _lines(answers.get("proposals", ""))),
    )


def _joined(contribution: Contribution, text: str, earlier: PrepAnswers | None) -> dict[str, Any]:
    """The fields of the sender's pre-prep answers once one answer, vote or proposal joins them."""
    kind = contribution.kind
    if kind is ContributionKind.ANSWER:
        if contribution.event_id is None:
            raise Refused("this answer names no decision point")
        said = DecisionAnswer(
            event_id=contribution.event_id,
            knew=contribution.answers.get(ANSWER_KNEW, "").strip(),
            looked_right=contribution.answers.get(ANSWER_RIGHT, "").strip(),
        )
        if said.empty:
            raise Refused("the answer is empty")
        kept = earlier.decisions if earlier else ()
        return {"decisions": (*(d for d in kept if d.event_id != said.event_id), said)}
    if kind is ContributionKind.VOTE:
        if contribution.target_id is None:
            raise Refused("this vote names no action")
        vote = ActionVote(target_id=contribution.target_id, vote=contribution.vote, comment=text)
        kept_votes = earlier.votes if earlier else ()
        return {"votes": (*(v for v in kept_votes if v.target_id != vote.target_id), vote)}
    if not text:
        raise Refused("the proposed action has no title")
    proposal = ActionProposal(title=text, comment=contribution.answers.get(PROPOSAL_COMMENT, "").strip())
    return {"proposals": (*(earlier.proposals if earlier else ()), proposal)}


JOINS_PREP = {
    ContributionKind.ANSWER: "Answer of {name} about the decision point added (Pre-prep pane, 8)",
    ContributionKind.VOTE: "Vote of {name} on the action added (Pre-prep pane, 8)",
    ContributionKind.PROPOSAL: "Action proposed by {name} added (Pre-prep pane, 8)",
}


ARRIVALS = "arrivals"
"""The change notice for a new reading of the inbox (not a session field: the inbox is its own file)."""
WAITING_CHANGES = frozenset({ARRIVALS, "inbox_accepted"})
"""The change notices after which `waiting` may be different: a reading, a decision here, an accept or its undo."""


class InboxCommands(WriteUpCommands):
    _read: InboxView = InboxView(pending=(), decided=0)
    """The inbox as last read from its file."""
    _decided_here: frozenset[str] = frozenset()
    """Contributions declined, withdrawn or taken as hands here: gone before the file says so."""
    _waiting: tuple[tuple[object, ...], InboxView] = ((), _read)
    """`waiting` as last worked out, and what it was worked out from."""

    @property
    def waiting(self) -> InboxView:
        """What the inbox holds that the facilitator has not decided yet, as last read, less what
        the session took in and what was decided here since. Worked out again only when one of
        those changed, without going over every item (a flooded inbox may hold 100,000)."""
        read, accepted, gone = self._read, self.session.inbox_accepted, self._decided_here
        basis, view = self._waiting
        if len(basis) == 3 and basis[0] is read and basis[2] is gone and basis[1] == accepted:
            return view
        view = read.without(read.positions.keys() & {*accepted, *gone})
        self._waiting = ((read, accepted, gone), view)
        return view

    def show_waiting(self, view: InboxView) -> tuple[Contribution, ...]:
        """Take in a new reading of the inbox; whatever shows what waits redraws. Returns what
        arrived since the last reading."""
        if view is self._read:
            return ()
        new = view.positions.keys() - self._read.positions.keys()
        self._read = view
        self._notify(Change("inbox read", frozenset({ARRIVALS})))
        taken = self.session.inbox_accepted
        arrived = sorted(
            (i for i in new if i not in self._decided_here and i not in taken), key=view.positions.__getitem__
        )
        return tuple(view.pending[view.positions[i]] for i in arrived)

    def decided_here(self, contribution_id: str) -> None:
        """A decision on `contribution_id` that leaves the session as it is (a decline, a hand
        taken) was made here: it waits no more, even before the inbox file says so."""
        self._decided_here = self._decided_here | {contribution_id}
        self._notify(Change("inbox decided", frozenset({ARRIVALS})))

    def accept_contribution(self, contribution: Contribution, text: str | None = None) -> str:
        """Put `contribution` (with `text` if the facilitator edited it) into the session, once:
        the session records its id in the same step (`inbox_accepted`), and a second accept
        of the same contribution is refused.

        Returns what the facilitator is told happened.
        """
        if contribution.id in self.session.inbox_accepted:
            raise Refused(f"the {contribution.kind.value} from {contribution.name} is in the session already")
        with self._together_with(inbox_accepted=(*self.session.inbox_accepted, contribution.id)):
            return self._accept(contribution, text)

    def _accept(self, contribution: Contribution, text: str | None) -> str:
        body = (contribution.text if text is None else text).strip()
        kind = contribution.kind
        if kind is ContributionKind.HAND:
            return f"{contribution.name} has the floor"
        if kind is ContributionKind.PREP:
            with refusing(ValueError, KeyError):
                self.record_prep(prep_answers(contribution))
            return f"Pre-prep answers of {contribution.name} added (Pre-prep pane, 8)"
        if kind in JOINS_PREP:
            earlier = self.session.prep_of(contribution.participant_id)
            fields = _joined(contribution, body, earlier)
            base = earlier or PrepAnswers(
                participant_id=contribution.participant_id, received_at=contribution.at, source="web"
            )
            with refusing(ValueError, KeyError):
                self.record_prep(base.changed(received_at=max(base.received_at, contribution.at), **fields))
            return JOINS_PREP[kind].format(name=contribution.name)
        if not body:
            raise Refused("there is no text to accept")
        if kind in (ContributionKind.NOTE, ContributionKind.QUESTION):
            event = next((e for e in self.session.timeline if e.id == contribution.event_id), None)
            if event is None:
                raise Refused(f"the event this {kind.value} is about is no longer on the timeline")
            events, _ = replace_item(
                self.session.timeline, event.id, notes=(*event.notes, attributed(contribution, body))
            )
            self._apply(f"accept {kind.value} from {contribution.name}", timeline=events)
            return f"{kind.value.capitalize()} from {contribution.name} added to the event"
        if kind is ContributionKind.PARKING:
            item = ParkingItem(text=attributed(contribution, body), raised_in=self.session.current_timebox.title)
            self._apply(f"accept topic from {contribution.name}", parking=(*self.session.parking, item))
            return f"Topic from {contribution.name} parked"
        raise Refused(f"{kind.value} contributions cannot be accepted")
