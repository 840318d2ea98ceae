"""Action items: one owner each, a priority, a due date, a definition of done, and nudges."""

from __future__ import annotations

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
from facilitator.tui.dialogs.form import Field
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import literal, one_line
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
GROWS = {"Title": 0.45, "Done when": 0.35, "Finding": 0.2}
"""How the room a wide terminal has beyond 80 columns is shared among the text columns."""


def column_widths(width: int) -> list[tuple[str, int]]:
    """The columns' widths for a table `width` cells wide (two cells of padding each)."""
    spare = max(0, width - sum(w + 2 for _, w in COLUMNS) - 2)
    return [(label, w + int(spare * GROWS.get(label, 0))) for label, w in COLUMNS]


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
            f"{len(session.actions)} actions · every open one has an owner, a due date and a definition of done",
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


class ActionsPane(Pane):
    PANE_ID = "actions"
    TITLE = "Actions"
    BINDING_GROUP_TITLE = "Actions"
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
    def table(self) -> DataTable:
        return self.query_one("#actions-table", DataTable)

    def on_resize(self, event: events.Resize) -> None:
        if not self.stale:
            self.refresh_pane()

    def show(self, session: Session) -> None:
        self.query_one("#nudges", Static).update(nudges_text(session))
        table = self.table
        chosen = self.current.id if self.current else None
        table.clear(columns=True)
        for label, width in column_widths(self.size.width):
            table.add_column(label, width=width, key=label or "mark")
        for action in session.actions:
            table.add_row(*action_row(session, action), key=action.id)
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
        detail = Text()
        if action is not None:
            detail.append_text(marked(action.title, style="bold"))
            if action.done_definition:
                detail.append("\ndone when: ", style="dim")
                detail.append_text(marked_line(action.done_definition))
            if action.impact:
                detail.append("\nimpact: ", style="dim")
                detail.append_text(marked_line(action.impact))
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

    def _fields(self, action: ActionItem | None) -> list[Field]:
        names = ", ".join(one_line(p.name) for p in self.session.participants)
        findings = [(Text("none"), NONE)] + [(literal(one_line(f.text)[:70]), f.id) for f in self.session.findings]
        return [
            Field("title", "Action", action.title if action else "", blame_check=True),
            Field("owner", "Owner: exactly one person", action.owner if action else "", placeholder=names[:90]),
            Field(
                "priority",
                "Priority",
                (action.priority if action else Priority.P2).value,
                options=[(p.value, p.value) for p in Priority],
            ),
            Field(
                "due",
                "Due (3d, 1w, fri, 2026-12-01; empty = not agreed)",
                action.due.isoformat() if action and action.due else "",
            ),
            Field(
                "done_definition",
                "Done when (how we will know)",
                action.done_definition if action else "",
                blame_check=True,
            ),
            Field(
                "effort",
                "Effort",
                action.effort.value if action and action.effort else NONE,
                options=[("not sized", NONE), *((e.value, e.value) for e in Effort)],
            ),
            Field("impact", "Impact (what it prevents or limits)", action.impact if action else "", blame_check=True),
            Field(
                "status",
                "Status",
                (action.status if action else ActionStatus.OPEN).value,
                options=[(s.value, s.value) for s in ActionStatus],
            ),
            Field(
                "finding_id",
                "Finding it addresses",
                action.finding_id if action and action.finding_id else NONE,
                options=findings,
            ),
        ]

    def _values(self, values: dict[str, Any]) -> dict[str, Any]:
        with refusing(ValueError):
            due = parse_due(str(values["due"]), self.today())
        return {
            "owner": str(values["owner"]).strip(),
            "priority": Priority(values["priority"]),
            "due": due,
            "done_definition": str(values["done_definition"]),
            "effort": None if values["effort"] == NONE else Effort(values["effort"]),
            "impact": str(values["impact"]),
            "status": ActionStatus(values["status"]),
            "finding_id": None if values["finding_id"] == NONE else values["finding_id"],
        }

    def action_add(self) -> None:
        def submit(values: dict[str, Any]) -> None:
            action = self.review.add_action(str(values["title"]), self.today(), **self._values(values))
            self.call_after_refresh(self.select, action.id)

        self.ask("Add an action item", self._fields(None), submit)

    def action_edit(self) -> None:
        action = self.current
        if action is None:
            return

        def submit(values: dict[str, Any]) -> None:
            self.review.edit_action(action.id, self.today(), title=str(values["title"]), **self._values(values))

        self.ask("Edit action item", self._fields(action), submit)

    def action_cycle_status(self) -> None:
        action = self.current
        if action is not None:
            following = STATUS_CYCLE[(STATUS_CYCLE.index(action.status) + 1) % len(STATUS_CYCLE)]
            self.run(self.review.edit_action, action.id, self.today(), status=following)

    def action_delete(self) -> None:
        action = self.current
        if action is not None and self.run(self.review.delete_action, action.id) is not None:
            self.app.notify(f"Deleted action “{one_line(action.title)[:40]}” (Ctrl+Z to undo)", markup=False)
