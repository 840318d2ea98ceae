"""Action items: one owner each, a priority, a due date, a definition of done, and nudges."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from facilitator.checks.readiness import ACTION_TRAP, open_actions
from facilitator.model.action import ActionItem
from facilitator.model.duedate import parse_due
from facilitator.model.enums import ActionStatus, Effort, Priority
from facilitator.model.session import Session
from facilitator.review.refused import refusing
from facilitator.tui.dialogs.form_fields import enum_options, form_field
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import literal, one_line, plural
from facilitator.tui.widgets.blame_hint import marked, marked_line
from facilitator.tui.widgets.people import is_participant

NONE = "-"
STATUS_CYCLE = tuple(ActionStatus)
COLUMNS = (
    ("", 1),
    ("Title", 24),
    ("Owner", 14),
    ("Pri", 3),
    ("Due", 10),
    ("Done when", 18),
    ("Eff", 3),
    ("Status", 11),
    ("Finding", 18),
)
GROWS = {"Title": 0.45, "Owner": 0.15, "Done when": 0.25, "Finding": 0.15}
"""How the room a wide terminal has beyond the columns' least widths is shared among the text columns."""
NARROW_GROWS = {"Title": 0.8, "Owner": 0.2}


NARROW_BELOW = 120
"""Below this width the table keeps title, owner, priority and status; the box below shows the rest."""
NARROW_COLUMNS = ("", "Title", "Owner", "Pri", "Status")


def column_widths(width: int) -> list[tuple[str, int]]:
    """The columns' widths for a table `width` cells wide (two cells of padding each)."""
    narrow = width < NARROW_BELOW
    kept = [(label, w) for label, w in COLUMNS if label in NARROW_COLUMNS] if narrow else list(COLUMNS)
    grows = NARROW_GROWS if narrow else GROWS
    spare = max(0, width - sum(w + 2 for _, w in kept) - 2)
    widths = [(label, w + int(spare * grows.get(label, 0))) for label, w in kept]
    left = spare - sum(w for _, w in widths) + sum(w for _, w in kept)  # what rounding down left over
    return [(label, w + left if label == "Title" else w) for label, w in widths]


def detail_text(session: Session, action: ActionItem) -> Text:
    """Every field of one action, so nothing the narrow table leaves out is hidden."""
    finding = next((f for f in session.findings if f.id == action.finding_id), None)
    text = marked(action.title, style="bold")
    text.append("\n")
    for index, (label, value) in enumerate(
        (
            ("owner", one_line(action.owner)),
            ("", action.priority.value),
            ("due", action.due.isoformat() if action.due else ""),
            ("status", action.status.value),
            ("effort", action.effort.value if action.effort else "—"),
        )
    ):
        if index:
            text.append(" · ", style="dim")
        if label:
            text.append(f"{label} ", style="dim")
        text.append(
            value or "not set",
            style=STATUS_STYLE.get(action.status, "") if label == "status" else "" if value else MISSING,
        )
    for label, value in (
        ("done when", action.done_definition),
        ("finding", finding.text if finding else ""),
        ("impact", action.impact),
    ):
        text.append(f"\n{label}: ", style="dim")
        text.append_text(marked_line(value) if value else Text("—", style="dim"))
    return text


PRIORITY_STYLE = {Priority.P0: "bold red", Priority.P1: "bold yellow", Priority.P2: ""}
STATUS_STYLE = {ActionStatus.DONE: "green", ActionStatus.DROPPED: "dim strike", ActionStatus.IN_PROGRESS: "cyan"}
MISSING = "yellow italic"


def missing_parts(action: ActionItem) -> list[str]:
    """What an open action still lacks: owner, due date, definition of done."""
    return [
        what
        for what, value in (
            ("owner", action.owner.strip()),
            ("due date", action.due),
            ("definition of done", action.done_definition.strip()),
        )
        if not value
    ]


def nudges_text(session: Session) -> Text:
    """One line of nudges over the open actions; never a block, only a reminder."""
    pending = open_actions(session)
    text = Text(no_wrap=False)
    parts: list[tuple[str, str]] = []
    for what in ("owner", "due date", "definition of done"):
        count = sum(1 for a in pending if what in missing_parts(a))
        if count:
            parts.append((f"{count} without {what}", "yellow"))
    guests = sorted({one_line(a.owner) for a in pending if a.owner and not is_participant(session, a.owner)})
    if guests:
        parts.append((f"✧ owner not in the room: {', '.join(guests)}", "cyan"))
    urgent = sum(1 for a in pending if a.priority in (Priority.P0, Priority.P1))
    if urgent > ACTION_TRAP:
        parts.append((f"{urgent} open P0/P1: action item trap: move the rest to a backlog", "bold red"))
    if not session.actions:
        return Text(
            "No actions yet. a adds one: one owner, a priority, a due date, how we know it is done.", style="dim"
        )
    if not parts:
        return Text(
            f"{plural(len(session.actions), 'action')} · every open one has an owner, a due date and a definition of done",
            style="green",
        )
    text.append("⚠ ", style="bold yellow")
    for index, (part, style) in enumerate(parts):
        if index:
            text.append(" · ")
        text.append(part, style=style)
    return text


def action_row(session: Session, action: ActionItem) -> list[Text]:
    """One table row, every cell a Text: user text is never read as markup."""
    is_open = action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    lacking = missing_parts(action) if is_open else []

    def cell(value: str, what: str, style: str = "") -> Text:
        if value:
            return Text(one_line(value), style=style, no_wrap=True, overflow="ellipsis")
        return Text(f"{what}?" if what in lacking else "—", style=MISSING if what in lacking else "dim")

    owner = cell(action.owner, "owner")
    if action.owner and not is_participant(session, action.owner):
        owner.append(" ✧", style="cyan")
    finding = next((f for f in session.findings if f.id == action.finding_id), None)
    return [
        Text("⚠" if lacking else " ", style="bold yellow"),
        marked_line(action.title, style="strike" if action.status is ActionStatus.DROPPED else "", cell=True),
        owner,
        Text(action.priority.value, style=PRIORITY_STYLE[action.priority]),
        cell(action.due.isoformat() if action.due else "", "due date"),
        cell(action.done_definition, "definition of done"),
        Text(action.effort.value if action.effort else "—", style="" if action.effort else "dim"),
        Text(action.status.value, style=STATUS_STYLE.get(action.status, "")),
        Text(
            one_line(finding.text) if finding else "—",
            style="" if finding else "dim",
            no_wrap=True,
            overflow="ellipsis",
        ),
    ]


@dataclass(frozen=True)
class ActionForm:
    """An action item as typed: due date as text, effort and finding as `NONE` when not set."""

    title: str = form_field("Action", blame_check=True)
    owner: str = form_field("Owner: exactly one person")
    priority: Priority = form_field("Priority", default=Priority.P2, options=enum_options(Priority))
    due: str = form_field("Due (3d, 1w, fri, 2026-12-01; empty = not agreed)")
    done_definition: str = form_field("Done when (how we will know)", blame_check=True)
    effort: str = form_field(
        "Effort", default=NONE, options=[("not sized", NONE), *((e.value, e.value) for e in Effort)]
    )
    impact: str = form_field("Impact (what it prevents or limits)", blame_check=True)
    status: ActionStatus = form_field("Status", default=ActionStatus.OPEN, options=enum_options(ActionStatus))
    finding_id: str = form_field("Finding it addresses", default=NONE)


class ActionsPane(Pane):
    PANE_ID = "actions"
    PRIMARY = "#actions-table"
    WATCHES = frozenset({"actions", "findings", "participants"})

    BINDINGS = [
        Binding("a", "add", "Add", id="actions.add"),
        Binding("e,enter", "edit", "Edit", id="actions.edit"),
        Binding("c", "cycle_status", "Status", id="actions.status"),
        Binding("x,delete", "delete", "Delete", show=False, id="actions.delete"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="nudges")
        yield DataTable(id="actions-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="action-detail")

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#actions-table", DataTable)

    def on_resize(self, event: events.Resize) -> None:
        if not self.stale:
            self.refresh_pane()

    def show(self, session: Session) -> None:
        self.query_one("#nudges", Static).update(nudges_text(session))
        table = self.table
        chosen = self.current.id if self.current else None
        table.clear(columns=True)
        widths = column_widths(self.size.width)
        for label, width in widths:
            table.add_column(label, width=width, key=label or "mark")
        shown = [index for index, (label, _) in enumerate(COLUMNS) if label in dict(widths)]
        for action in session.actions:
            cells = action_row(session, action)
            table.add_row(*(cells[i] for i in shown), key=action.id)
        ids = [a.id for a in session.actions]
        if chosen in ids:
            table.move_cursor(row=ids.index(chosen))
        self._show_detail()

    @property
    def current(self) -> ActionItem | None:
        table = self.table
        if not table.row_count or not 0 <= table.cursor_row < len(self.session.actions):
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return next((a for a in self.session.actions if a.id == key), None)

    def _show_detail(self) -> None:
        action = self.current
        detail = detail_text(self.session, action) if action is not None else Text()
        self.query_one("#action-detail", Static).update(detail)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def reveal(self, item: str) -> None:
        self.select(item)

    def select(self, action_id: str) -> None:
        ids = [a.id for a in self.session.actions]
        if action_id in ids:
            self.table.move_cursor(row=ids.index(action_id))
        self.table.focus()

    # -- actions ------------------------------------------------------------------------

    def _initial(self, action: ActionItem) -> ActionForm:
        return ActionForm(
            action.title,
            action.owner,
            action.priority,
            action.due.isoformat() if action.due else "",
            action.done_definition,
            action.effort.value if action.effort else NONE,
            action.impact,
            action.status,
            action.finding_id or NONE,
        )

    def _ask(self, title: str, initial: ActionForm, submit: Callable[[ActionForm], object]) -> None:
        """The action form, offering the session's findings and naming its people as a hint."""
        names = ", ".join(one_line(p.name) for p in self.session.participants)
        findings = [(Text("none"), NONE)] + [(literal(one_line(f.text)[:70]), f.id) for f in self.session.findings]
        self.ask_form(title, initial, submit, options={"finding_id": findings}, placeholders={"owner": names[:90]})

    def _values(self, form: ActionForm) -> dict[str, Any]:
        with refusing(ValueError):
            due = parse_due(form.due, self.today())
        return {
            "owner": form.owner.strip(),
            "priority": form.priority,
            "due": due,
            "done_definition": form.done_definition,
            "effort": None if form.effort == NONE else Effort(form.effort),
            "impact": form.impact,
            "status": form.status,
            "finding_id": None if form.finding_id == NONE else form.finding_id,
        }

    def action_add(self) -> None:
        def submit(form: ActionForm) -> None:
            action = self.review.add_action(form.title, self.today(), **self._values(form))
            self.call_after_refresh(self.select, action.id)

        self._ask("Add an action item", ActionForm(), submit)

    def action_edit(self) -> None:
        action = self.current
        if action is None:
            return

        def submit(form: ActionForm) -> None:
            self.review.edit_action(action.id, self.today(), title=form.title, **self._values(form))

        self._ask("Edit action item", self._initial(action), submit)

    def action_cycle_status(self) -> None:
        action = self.current
        if action is not None:
            following = STATUS_CYCLE[(STATUS_CYCLE.index(action.status) + 1) % len(STATUS_CYCLE)]
            self.run(self.review.edit_action, action.id, self.today(), status=following)

    def action_delete(self) -> None:
        action = self.current
        if action is not None and self.run(self.review.delete_action, action.id) is not None:
            self.app.notify(f"Deleted action “{one_line(action.title)[:40]}” (Ctrl+Z to undo)", markup=False)
