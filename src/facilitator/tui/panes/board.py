"""The board: contributors, mitigators and risks side by side, with five-whys chains."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.model.enums import Category, FindingKind
from facilitator.model.finding import Finding
from facilitator.model.session import Session
from facilitator.tui.dialogs.form_fields import enum_options, form_field
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.dialogs.pick_many import Choice, PickManyDialog
from facilitator.tui.dialogs.small_forms import NoteForm
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import one_line, plural
from facilitator.tui.widgets.blame_hint import marked, marked_line
from facilitator.tui.widgets.options import refill
from facilitator.tui.widgets.timeline_view import time_label

COLUMNS = (
    (FindingKind.CONTRIBUTOR, "Contributors"),
    (FindingKind.MITIGATOR, "Mitigators"),
    (FindingKind.RISK, "Risks"),
)
NARROW_BELOW = 120
"""Below this width the board shows one column at a time (←/→ switch), each at full width."""


def _multi_day(session: Session) -> bool:
    events = session.timeline
    return bool(events) and events[0].at.date() != events[-1].at.date()


def linked_times(session: Session, finding: Finding) -> list[str]:
    """The UTC times of the events a finding is linked to, in timeline order."""
    multi_day = _multi_day(session)
    return [time_label(e.at, None, multi_day) for e in session.timeline if e.id in finding.event_ids]


def why_chain(finding: Finding) -> Text:
    """The five-whys chain under its contributor: why? → why? … ⇒ systemic factor, one step a line."""
    text = Text()
    for index, why in enumerate(finding.whys):
        text.append("\n" if index else "")
        text.append("why? " if index == 0 else "→ why? ", style="cyan")
        text.append_text(marked_line(why))
    if finding.systemic_factor:
        text.append("\n" if finding.whys else "")
        text.append("⇒ ", style="bold green")
        text.append_text(marked_line(finding.systemic_factor, style="bold"))
    return text


def finding_prompt(session: Session, finding: Finding) -> RenderableType:
    head = Text()
    head.append(f"{finding.category.value} ", style="dim italic")
    head.append_text(marked_line(finding.text))
    times = linked_times(session, finding)
    if times:
        head.append("\n⚑ " + " ".join(times), style="yellow")
    if not (finding.whys or finding.systemic_factor):
        return head
    return Group(head, Padding(why_chain(finding), (0, 0, 0, 2)))


def finding_detail(session: Session, finding: Finding) -> Text:
    """The highlighted finding in full: its whys numbered down to the systemic factor first (the
    chain the group is working on), then the events it is linked to, with their text."""
    text = Text()
    text.append(f"{finding.kind.value} · {finding.category.value}\n", style="bold")
    text.append_text(marked(finding.text))
    if finding.kind is FindingKind.CONTRIBUTOR:
        for number, why in enumerate(finding.whys, start=1):
            text.append(f"\n {number}. why? ", style="cyan")
            text.append_text(marked_line(why))
        text.append("\n ⇒ ", style="bold green")
        if finding.systemic_factor:
            text.append_text(marked_line(finding.systemic_factor, style="bold"))
        else:
            text.append("systemic factor not set yet: ask why until you reach the system (f)", style="dim")
    multi_day = _multi_day(session)
    for event in session.timeline:
        if event.id in finding.event_ids:
            text.append(f"\n⚑ {time_label(event.at, None, multi_day)} UTC ", style="yellow")
            text.append(one_line(event.text))
    return text


@dataclass(frozen=True)
class FindingForm:
    """A finding as typed: what it says about the system, its kind and its category."""

    text: str = form_field("What (about the system, not a person)", blame_check=True)
    kind: FindingKind = form_field("Kind", default=FindingKind.CONTRIBUTOR, options=enum_options(FindingKind))
    category: Category = form_field("Category", default=Category.TECHNICAL, options=enum_options(Category))


@dataclass(frozen=True)
class SystemicFactor:
    """Where a contributor's whys end: a property of the system."""

    systemic_factor: str = form_field("Systemic factor", blame_check=True)


class BoardPane(Pane):
    PANE_ID = "board"
    PRIMARY = "#col-contributor"
    WATCHES = frozenset({"findings", "timeline"})

    BINDINGS = [
        Binding("a", "add", "Add", id="board.add"),
        Binding("e,enter", "edit", "Edit", id="board.edit"),
        Binding("l", "link", "Link event", id="board.link"),
        Binding("y", "add_why", "Why?", id="board.why"),
        Binding("Y", "edit_why", "Edit a why", show=False, id="board.edit_why"),
        Binding("f", "systemic", "Systemic factor", show=False, id="board.systemic"),
        Binding("x,delete", "delete", "Delete", show=False, id="board.delete"),
        Binding("left", "column(-1)", "Previous column", show=False, id="board.left"),
        Binding("right", "column(1)", "Next column", show=False, id="board.right"),
    ]

    def compose(self) -> ComposeResult:
        with Horizontal(id="board-columns"):
            for kind, title in COLUMNS:
                column = OptionList(id=f"col-{kind.value}", classes="board-column")
                column.border_title = title
                yield column
        with VerticalScroll(id="board-detail-box"):
            yield Static(id="board-detail")

    def on_mount(self) -> None:
        self.column(FindingKind.CONTRIBUTOR).add_class("shown")

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_BELOW, "narrow")
        self._title_columns()

    def _title_columns(self) -> None:
        """Each column's title; on a narrow board it also names the others, reached with ←/→."""
        narrow = self.has_class("narrow")
        counts = {kind: sum(1 for f in self.session.findings if f.kind is kind) for kind, _ in COLUMNS}
        for kind, title in COLUMNS:
            label = f"{title} ({counts[kind]})"
            if narrow:
                others = " · ".join(f"{t} ({counts[k]})" for k, t in COLUMNS if k is not kind)
                label += f"  ←/→ {others}"
            self.column(kind).border_title = label

    def column(self, kind: FindingKind) -> OptionList:
        return self.query_one(f"#col-{kind.value}", OptionList)

    def focus_main(self) -> None:
        shown = next((kind for kind, _ in COLUMNS if self.column(kind).has_class("shown")), FindingKind.CONTRIBUTOR)
        self.column(shown).focus()

    def show(self, session: Session) -> None:
        for kind, _ in COLUMNS:
            column = self.column(kind)
            findings = [f for f in session.findings if f.kind is kind]
            refill(column, [Option(finding_prompt(session, f), id=f.id) for f in findings], "nothing yet: a adds one")
        self._title_columns()
        self._show_detail()

    @staticmethod
    def _highlighted_id(column: OptionList) -> str | None:
        if column.highlighted is None or column.option_count == 0:
            return None
        return column.get_option_at_index(column.highlighted).id

    def _focused_kind(self) -> FindingKind:
        focused = self.screen.focused
        for kind, _ in COLUMNS:
            if focused is self.column(kind):
                return kind
        return FindingKind.CONTRIBUTOR

    @property
    def current(self) -> Finding | None:
        finding_id = self._highlighted_id(self.column(self._focused_kind()))
        return next((f for f in self.session.findings if f.id == finding_id), None)

    def _show_detail(self) -> None:
        finding = self.current
        detail = self.query_one("#board-detail", Static)
        if finding is None:
            detail.update(
                Text(
                    "a adds a contributor, mitigator or risk · ←/→ change column · ↑/↓ move · "
                    "y asks why under a contributor",
                    style="dim",
                )
            )
        else:
            detail.update(finding_detail(self.session, finding))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def on_descendant_focus(self) -> None:
        self._show_detail()

    def reveal(self, item: str) -> None:
        finding = next((f for f in self.session.findings if f.id == item), None)
        if finding is not None:
            self.select(finding)

    def select(self, finding: Finding) -> None:
        column = self.column(finding.kind)
        index = next((i for i in range(column.option_count) if column.get_option_at_index(i).id == finding.id), None)
        if index is not None:
            column.highlighted = index
        self._show_column(finding.kind)

    # -- actions -------------------------------------------------------------------------

    def action_column(self, step: int) -> None:
        kinds = [kind for kind, _ in COLUMNS]
        index = (kinds.index(self._focused_kind()) + step) % len(kinds)
        self._show_column(kinds[index])

    def _show_column(self, kind: FindingKind) -> None:
        for other, _ in COLUMNS:
            self.column(other).set_class(other is kind, "shown")
        self.column(kind).focus()

    def action_add(self) -> None:
        def submit(form: FindingForm) -> None:
            finding = self.review.add_finding(form.kind, form.text, form.category)
            self.call_after_refresh(self.select, finding)

        kind = self._focused_kind()
        self.ask_form(f"Add a {kind.value}", FindingForm(kind=kind), submit)

    def action_edit(self) -> None:
        finding = self.current
        if finding is None:
            return

        def submit(form: FindingForm) -> None:
            edited = self.review.edit_finding(finding.id, kind=form.kind, category=form.category, text=form.text)
            self.call_after_refresh(self.select, edited)

        initial = FindingForm(finding.text, finding.kind, finding.category)
        self.ask_form(f"Edit {finding.kind.value}", initial, submit)

    def action_delete(self) -> None:
        finding = self.current
        if finding is not None and self.run(self.review.delete_finding, finding.id) is not None:
            self.app.notify(
                f"Deleted {finding.kind.value} “{one_line(finding.text)[:40]}” (Ctrl+Z to undo)", markup=False
            )

    def action_link(self) -> None:
        """Tick every event the finding is about, in one dialog; typing a time jumps to it."""
        finding = self.current
        if finding is None:
            self.app.notify("Highlight a finding first, then l links it to timeline events.", markup=False)
            return
        if not self.session.timeline:
            self.app.notify("The timeline is empty: nothing to link.", markup=False)
            return
        multi_day = _multi_day(self.session)
        choices = [
            Choice(e.id, f"{time_label(e.at, None, multi_day)}  {one_line(e.text)}", time_label(e.at, None, multi_day))
            for e in self.session.timeline
        ]

        def chosen(event_ids: frozenset[str] | None) -> None:
            if event_ids is not None and self.run(self.review.link_events, finding.id, event_ids) is not None:
                self.app.notify(f"Linked to {plural(len(event_ids), 'event')}.", markup=False)

        self.app.push_screen(
            PickManyDialog(f"Events this {finding.kind.value} is about (UTC)", choices, finding.event_ids), chosen
        )

    def _contributor(self) -> Finding | None:
        finding = self.current
        if finding is None or finding.kind is not FindingKind.CONTRIBUTOR:
            self.app.notify("Five whys go under a contributor: highlight one in the first column.", markup=False)
            return None
        return finding

    def action_add_why(self) -> None:
        finding = self._contributor()
        if finding is None:
            return
        asked_of = finding.whys[-1] if finding.whys else finding.text
        self.ask_form(
            f"Why? (of: {one_line(asked_of)[:60]})",
            NoteForm(),
            lambda form: self.review.add_why(finding.id, form.text),
            labels={"text": f"Why {len(finding.whys) + 1}"},
        )

    def action_edit_why(self) -> None:
        finding = self._contributor()
        if finding is None:
            return
        if not finding.whys:
            self.app.notify("No whys yet: y adds the first.", markup=False)
            return

        def edit(choice: str | None) -> None:
            if choice is None:
                return
            index = int(choice)
            self.ask_form(
                f"Edit why {index + 1} (empty removes it)",
                NoteForm(finding.whys[index]),
                lambda form: self.review.edit_why(finding.id, index, form.text),
                labels={"text": f"Why {index + 1}"},
            )

        if len(finding.whys) == 1:
            edit("0")
        else:
            items = [(str(i), f"{i + 1}. {one_line(why)}") for i, why in enumerate(finding.whys)]
            self.app.push_screen(PickDialog("Which why?", items), edit)

    def action_systemic(self) -> None:
        finding = self._contributor()
        if finding is None:
            return
        self.ask_form(
            "Systemic factor: where the whys end (a property of the system)",
            SystemicFactor(finding.systemic_factor),
            lambda form: self.review.edit_finding(finding.id, systemic_factor=form.systemic_factor),
        )
