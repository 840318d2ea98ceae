"""The inbox: what participants sent from the live page, for the facilitator to accept or decline.

Hands come first, in the order they were raised, then notes, questions, parking-lot topics,
decision-point answers, votes, proposed actions and pre-prep forms in the order they arrived. One
key each: `a` (or Enter) accepts, `e` edits the text first, `d` declines. What reads as blaming
someone is marked as it arrives (phrase underlined, "⚠ reads as blame" on the row), so the
facilitator can edit or decline it before it enters the session; a pre-prep form's flagged
answers are held back from the export until reviewed in pane 8. Accepting goes through the
review (Ctrl+Z takes it back out of the session and puts it back here); the decision is recorded
in the inbox file, so nothing is shown twice after a restart. However fast the keys come, an item
is accepted once. The first MAX_ROWS waiting items are listed (the title gives the count), so a
flooded inbox opens as fast as a quiet one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.checks.blameless import check_text
from facilitator.model.contribution import Contribution, ContributionKind, InboxView, Outcome
from facilitator.model.session import Session
from facilitator.review import Change, Refused, Review
from facilitator.review.inbox_commands import WAITING_CHANGES
from facilitator.tui.dialogs.form_fields import form_field, typed_form
from facilitator.tui.known_people import KNOWN
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import one_line
from facilitator.tui.widgets.blame_hint import marked, marked_line
from facilitator.tui.widgets.footer import KeysFooter

Decide = Callable[[str, Outcome, str], None]
"""Record a decision on a sent item: its id, the outcome, the text as accepted."""

MARKS = {
    ContributionKind.HAND: "✋ hand",
    ContributionKind.NOTE: "✎ note",
    ContributionKind.QUESTION: "? question",
    ContributionKind.PARKING: "P parking",
    ContributionKind.PREP: "☰ pre-prep",
    ContributionKind.ANSWER: "◆ answer",
    ContributionKind.VOTE: "± vote",
    ContributionKind.PROPOSAL: "+ action",
}
TAKEN_AS_SENT = (ContributionKind.HAND, ContributionKind.PREP, ContributionKind.ANSWER)
"""Kinds accepted as sent: `e` on them accepts without a text to edit."""
VOTES = {1: "+1", -1: "-1", 0: "comment only"}
MAX_ROWS = 50
"""The most rows the inbox lists at once; accepting or declining brings the next ones up."""

ANSWER_LABELS = {
    "role": "role",
    "went_well": "went well",
    "could_be_better": "could be better",
    "questions": "questions",
    "knew": "knew",
    "right": "why it looked right",
    "comment": "why",
}


def _target(session: Session, target_id: str) -> str:
    """The title of the action item or proposal a vote is about."""
    for action in session.actions:
        if action.id == target_id:
            return action.title
    for entry in session.prep:
        for proposal in entry.proposals:
            if proposal.id == target_id:
                return proposal.title
    return "an action since removed"


def contribution_text(item: Contribution, session: Session) -> Text:
    """One inbox row: what, who, when, on which event, and the text as sent."""
    text = Text()
    text.append(f"{MARKS[item.kind]:<11}", style="bold")
    text.append(one_line(item.name), style="bold")
    text.append(f"  {item.at:%H:%M:%S} UTC", style="dim")
    if item.event_id is not None:
        event = next((e for e in session.timeline if e.id == item.event_id), None)
        on = f"{event.at:%H:%M} {one_line(event.text)[:50]}" if event else "an event since deleted"
        text.append(f"  on {on}", style="italic")
    if flagged(item):
        text.append("  ⚠ reads as blame", style="bold yellow")
    if item.kind is ContributionKind.VOTE and item.target_id is not None:
        text.append(f"  {VOTES[item.vote]} on ", style="italic")
        text.append(one_line(_target(session, item.target_id))[:60], style="italic")
    if item.text:
        text.append("\n  ")
        text.append_text(marked(item.text))
    for key, answer in item.answers.items():
        label = ANSWER_LABELS.get(key.partition(":")[0], key)
        text.append(f"\n  {label}: ", style="italic")
        text.append_text(marked_line(answer))
    return text


def flagged(item: Contribution) -> bool:
    """Whether anything the participant sent reads as blaming someone."""
    return any(check_text(said, KNOWN.people) for said in (item.text, *item.answers.values()) if said)


@dataclass(frozen=True)
class EditedText:
    """A sent item's text, as the facilitator edits it before accepting."""

    text: str = form_field("Text", blame_check=True)


class InboxScreen(ModalScreen[None]):
    BINDING_GROUP_TITLE = "Inbox"

    BINDINGS = [
        Binding("a,enter", "accept", "Accept", id="inbox.accept", tooltip="Put it in the session, attributed"),
        Binding("e", "edit", "Edit+accept", id="inbox.edit", tooltip="Edit the text, then accept it"),
        Binding("d", "decline", "Decline", id="inbox.decline", tooltip="Decline: it never enters the session"),
        Binding("escape,q,I", "close", "Close", id="inbox.close"),
    ]

    app = getters.app(ReviewApp)

    @property
    def review(self) -> Review:
        return self.app.active_review

    def __init__(self, decide: Decide) -> None:
        super().__init__()
        self.decide = decide
        self.items: list[Contribution] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="inbox-title")
            yield OptionList()
            yield Static("Nothing waiting. What participants send from the live page (S) shows here.", id="inbox-empty")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.app.session_changed.subscribe(self, self._changed)
        self.show(self.review.waiting)
        self.query_one(OptionList).focus()

    def _changed(self, change: Change) -> None:
        if change.fields & WAITING_CHANGES:  # a new reading of the inbox file, an accept, its undo
            self.show(self.review.waiting)

    def show(self, view: InboxView) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        self.items = list(view.pending[:MAX_ROWS])
        session = self.review.session
        options.clear_options()
        options.add_options([Option(contribution_text(item, session), id=item.id) for item in self.items])
        if self.items:
            options.highlighted = min(highlighted or 0, len(self.items) - 1)
        waiting = len(view.pending)
        listed = f" (the first {len(self.items)} listed)" if waiting > len(self.items) else ""
        blaming = sum(1 for item in self.items if flagged(item))
        title = f"Inbox · {waiting:,} waiting{listed} ({len(view.hands)} hands up) · {view.decided:,} decided"
        self.query_one("#inbox-title", Static).update(
            Text(title + (f" · ⚠ {blaming} read as blame" if blaming else ""))
        )
        self.query_one("#inbox-empty").display = not self.items

    def _selected(self) -> Contribution | None:
        index = self.query_one(OptionList).highlighted
        return self.items[index] if index is not None and 0 <= index < len(self.items) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_accept()

    def _accept(self, item: Contribution, text: str | None) -> str | None:
        """Run the accept command; an error message if the review refused it."""
        try:
            said = self.review.accept_contribution(item, text)
        except Refused as refusal:
            return str(refusal)
        self._decided(item, Outcome.ACCEPTED, "" if text is None else text)
        self.app.notify(said, markup=False)
        return None

    def _decided(self, item: Contribution, outcome: Outcome, text: str = "") -> None:
        """Record the decision, and list what waits now at once (the next key press meets it)."""
        self.decide(item.id, outcome, text)
        self.show(self.review.waiting)

    def action_accept(self) -> None:
        item = self._selected()
        if item is None:
            return
        error = self._accept(item, None)
        if error:
            self.app.notify(error, title="Not accepted", severity="warning", markup=False)

    def action_edit(self) -> None:
        item = self._selected()
        if item is None:
            return
        if item.kind in TAKEN_AS_SENT:
            self.action_accept()  # a form is taken as sent; its answers are used one by one in the Pre-prep pane
            return
        self.app.push_screen(
            typed_form(
                f"Edit, then accept ({item.name})",
                EditedText(item.text),
                lambda edited: self._accept(item, edited.text),
                labels={"text": f"{MARKS[item.kind]} from {item.name}"},
            )
        )

    def action_decline(self) -> None:
        item = self._selected()
        if item is not None:
            self._decided(item, Outcome.DECLINED)
            self.app.notify(f"Declined: the {item.kind.value} from {item.name} stays out of the session.", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
