"""The parking lot: side topics with the timebox they came up in, triaged before the end."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.model.enums import ParkingOutcome
from facilitator.model.parking import ParkingItem
from facilitator.model.session import Session
from facilitator.tui.dialogs.form_fields import form_field
from facilitator.tui.dialogs.small_forms import OwnerForm
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import one_line
from facilitator.tui.widgets.options import refill


def outcome_text(session: Session, item: ParkingItem) -> Text:
    text = Text()
    if item.outcome is None:
        text.append("untriaged", style="bold yellow")
    elif item.outcome is ParkingOutcome.ACTION:
        text.append("→ action", style="green")
        action = next((a for a in session.actions if a.id == item.action_id), None)
        owner = action.owner if action else item.owner
        text.append(f" (owner {one_line(owner)})" if owner else " (no owner yet)")
    elif item.outcome is ParkingOutcome.FOLLOW_UP:
        text.append("follow-up", style="green")
        text.append(f" with {one_line(item.owner)}")
    else:
        text.append("dropped", style="dim")
        text.append(f": {one_line(item.reason)}", style="dim")
    return text


def item_prompt(session: Session, item: ParkingItem) -> Text:
    text = Text()
    text.append("○ " if item.outcome is None else "✓ ", style="bold yellow" if item.outcome is None else "green")
    text.append(one_line(item.text))
    text.append("\n   raised in ", style="dim")
    text.append(one_line(item.raised_in) or "?", style="dim italic")
    text.append(" · ", style="dim")
    text.append_text(outcome_text(session, item))
    return text


def summary_text(session: Session) -> Text:
    untriaged = sum(1 for item in session.parking if not item.triaged)
    text = Text()
    text.append(f"{len(session.parking)} parked · ", style="bold")
    text.append(f"{untriaged} untriaged", style="bold yellow" if untriaged else "green")
    text.append("  · p parks from any pane · triage all before closing", style="dim")
    return text


@dataclass(frozen=True)
class ParkedTopic:
    """A topic parked for later, from any pane."""

    text: str = form_field("Topic")


@dataclass(frozen=True)
class DropReason:
    """Why a parked topic can be dropped."""

    reason: str = form_field("Why it can be dropped", blame_check=True)


class ParkingPane(Pane):
    PANE_ID = "parking"
    PRIMARY = "#parked"
    WATCHES = frozenset({"parking", "actions"})

    BINDINGS = [
        Binding("a", "to_action", "→ Action", id="parking.action"),
        Binding("f", "follow_up", "Follow-up", id="parking.follow_up"),
        Binding("d", "drop", "Drop", id="parking.drop"),
        Binding("o", "reopen", "Reopen", show=False, id="parking.reopen"),
        Binding("x,delete", "delete", "Delete", show=False, id="parking.delete"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="parking-summary")
        yield OptionList(id="parked")

    def show(self, session: Session) -> None:
        self.query_one("#parking-summary", Static).update(summary_text(session))
        refill(
            self.query_one("#parked", OptionList),
            [Option(item_prompt(session, item), id=item.id) for item in session.parking],
            "Nothing parked. When a side topic comes up, p parks it here.",
        )

    def reveal(self, item: str) -> None:
        parked = self.query_one("#parked", OptionList)
        ids = [p.id for p in self.session.parking]
        if item in ids:
            parked.highlighted = ids.index(item)
        parked.focus()

    @property
    def current(self) -> ParkingItem | None:
        parked = self.query_one("#parked", OptionList)
        if parked.highlighted is None or not self.session.parking:
            return None
        return self.session.parking[parked.highlighted]

    # -- actions ---------------------------------------------------------------------------

    def _heading(self, title: str, item: ParkingItem) -> str:
        return f"{title}: {one_line(item.text)[:60]}"

    def _take_on(self, title: str, label: str, outcome: ParkingOutcome) -> None:
        """Make the topic an action or a follow-up, owned by the person typed."""
        item = self.current
        if item is not None:
            self.ask_form(
                self._heading(title, item),
                OwnerForm(),
                lambda form: self.review.triage(item.id, outcome, owner=form.owner.strip(), today=self.today()),
                labels={"owner": label},
            )

    def action_to_action(self) -> None:
        self._take_on("Make it an action", "Owner: exactly one person (may be agreed later)", ParkingOutcome.ACTION)

    def action_follow_up(self) -> None:
        self._take_on("Follow up outside the review", "Who follows up (one person)", ParkingOutcome.FOLLOW_UP)

    def action_drop(self) -> None:
        item = self.current
        if item is not None:
            self.ask_form(
                self._heading("Drop", item),
                DropReason(),
                lambda form: self.review.triage(
                    item.id, ParkingOutcome.DROPPED, reason=form.reason.strip(), today=self.today()
                ),
            )

    def action_reopen(self) -> None:
        item = self.current
        if item is not None and item.triaged:
            self.run(self.review.triage, item.id, None, today=self.today())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.app.notify("a → action · f follow-up · d drop · o reopen", markup=False)

    def action_delete(self) -> None:
        item = self.current
        if item is not None and self.run(self.review.delete_parked, item.id) is not None:
            self.app.notify(f"Deleted parked topic “{one_line(item.text)[:40]}” (Ctrl+Z to undo)", markup=False)
