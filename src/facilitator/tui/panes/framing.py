"""Framing: summary, impact, severity, incident times, participants and their local time now."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.model.derived import durations, format_span
from facilitator.model.enums import ReviewKind, Severity
from facilitator.model.incident_times import order_problems, parse_incident_times
from facilitator.model.participant import Participant
from facilitator.model.session import INCIDENT_TIMES, Session
from facilitator.model.timeparse import TimeParseError
from facilitator.model.working_hours import DEFAULT_DAYS_OFF, DEFAULT_WORKING_HOURS, format_days_off, parse_days_off
from facilitator.review.refused import Refused, refusing
from facilitator.tui.dialogs.form_fields import enum_options, form_field
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.panes.base import Pane
from facilitator.tui.text import literal, one_line
from facilitator.tui.widgets.options import refill

TIME_LABELS = {
    "started_at": "Started",
    "detected_at": "Detected",
    "acknowledged_at": "Acknowledged",
    "mitigated_at": "Mitigated",
    "resolved_at": "Resolved",
}


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name, for completion in time-zone fields."""
    return tuple(sorted(available_timezones()))


def instant_label(at: datetime | None, zone: str) -> str:
    if at is None:
        return "—"
    local = at.astimezone(ZoneInfo(zone))
    text = at.strftime("%Y-%m-%d %H:%M UTC")
    return text if zone == "UTC" else f"{text} ({local:%H:%M %Z})"


def details_table(session: Session) -> Table:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    kind = (
        "learning review: we explore, we do not audit"
        if session.review_kind is ReviewKind.LEARNING
        else "process review: did the procedure work as written?"
    )
    table.add_row(
        "Incident", literal(f"{session.title}  [{session.incident_id}]" if session.incident_id else session.title)
    )
    table.add_row(
        "Severity", Text(session.severity.value, style="bold red" if session.severity is Severity.SEV1 else "bold")
    )
    table.add_row("Review", Text(kind))
    for name in INCIDENT_TIMES:  # times before the long texts, so they never fall below the fold
        table.add_row(TIME_LABELS[name], Text(instant_label(getattr(session, name), session.display_tz)))
    spans = durations(session)
    table.add_row(
        "Took",
        Text(
            f"detect {format_span(spans.to_detect)} · acknowledge {format_span(spans.to_acknowledge)} · "
            f"mitigate {format_span(spans.to_mitigate)} · resolve {format_span(spans.to_resolve)}"
        ),
    )
    budget = "—" if session.error_budget_spent is None else f"{session.error_budget_spent:g}% of the error budget"
    table.add_row("Budget", Text(budget))
    table.add_row("Summary", literal(session.summary or "—"))
    table.add_row("Impact", literal(session.impact or "—"))
    return table


def minute_of(now: datetime) -> datetime:
    """The minute `now` falls in: what the participants' local times show."""
    return now.replace(second=0, microsecond=0)


def person_label(person: Participant, now: datetime) -> Text:
    local = now.astimezone(ZoneInfo(person.tz))
    label = Text()
    label.append("★ " if person.facilitator else "  ", style="bold yellow")
    label.append(one_line(person.name), style="bold")
    label.append(f"  {local:%H:%M} {person.tz.split('/')[-1]}", style="cyan")
    if person.role:
        label.append(f"\n  {one_line(person.role)}", style="dim")
    if person.proxy_for:
        label.append(f"\n  speaks for {one_line(person.proxy_for)}", style="italic")
    return label


TIME_HINT = "(14:23, 2026-03-22 14:23 +05:30, ISO; empty = unknown)"


@dataclass(frozen=True)
class Details:
    """The incident's details as typed; the error budget is a number (a % sign may follow)."""

    title: str = form_field("Title")
    incident_id: str = form_field("Incident id")
    severity: Severity = form_field("Severity", default=Severity.SEV3, options=enum_options(Severity))
    review_kind: ReviewKind = form_field(
        "Review kind",
        default=ReviewKind.LEARNING,
        options=[("learning review", "learning"), ("process review", "process")],
    )
    summary: str = form_field("Summary (a few sentences; they wrap)", blame_check=True, multiline=True)
    impact: str = form_field("Impact (who was affected, how much, how long)", blame_check=True, multiline=True)
    error_budget_spent: str = form_field("Error budget spent (%)")
    display_tz: str = form_field("Second time zone (IANA, e.g. Europe/Berlin; → completes)", suggestions=zone_names)


@dataclass(frozen=True)
class IncidentTimes:
    """The incident's milestones as typed, one per `INCIDENT_TIMES` name."""

    started_at: str = form_field(f"{TIME_LABELS['started_at']} {TIME_HINT}")
    detected_at: str = form_field(f"{TIME_LABELS['detected_at']} {TIME_HINT}")
    acknowledged_at: str = form_field(f"{TIME_LABELS['acknowledged_at']} {TIME_HINT}")
    mitigated_at: str = form_field(f"{TIME_LABELS['mitigated_at']} {TIME_HINT}")
    resolved_at: str = form_field(f"{TIME_LABELS['resolved_at']} {TIME_HINT}")


@dataclass(frozen=True)
class PersonForm:
    """A participant as typed."""

    name: str = form_field("Name")
    role: str = form_field("Role")
    tz: str = form_field("Time zone (IANA, e.g. Asia/Kolkata; → completes)", default="UTC", suggestions=zone_names)
    proxy_for: str = form_field("Speaks for (an absent team or zone)")
    facilitator: bool = form_field("Facilitator", default=False)
    working_hours: str = form_field("Working hours, local (HH:MM-HH:MM)", default=DEFAULT_WORKING_HOURS)
    days_off: str = form_field("Days off (e.g. Sat Sun, or none)", default=format_days_off(DEFAULT_DAYS_OFF))
    region: str = form_field("Region (empty: from the time zone)")
    can_facilitate: bool = form_field("Can facilitate reviews (for the rotation)", default=False)

    def values(self) -> dict[str, Any]:
        """The participant's fields as the review takes them; Refused naming a bad day off."""
        with refusing(ValueError):
            days = parse_days_off(self.days_off)
        return {**dataclasses.asdict(self), "days_off": days}


@dataclass(frozen=True)
class GroundRules:
    """The ground rules typed, empty lines dropped."""

    rules: tuple[str, ...]

    @classmethod
    def read(cls, values: dict[str, object]) -> GroundRules:
        return cls(tuple(text for text in map(str, values.values()) if text.strip()))


class FramingPane(Pane):
    PANE_ID = "framing"
    PRIMARY = "#people"
    shown_minute: datetime | None = None
    """The minute the participants' local times were drawn for."""
    WATCHES = frozenset(
        {
            "title",
            "summary",
            "impact",
            "severity",
            "participants",
            "ground_rules",
            "review_kind",
            "error_budget_spent",
            "display_tz",
            "incident_id",
            *INCIDENT_TIMES,
        }
    )

    BINDINGS = [
        Binding("e", "edit_details", "Details", id="framing.details"),
        Binding("t", "edit_times", "Times", id="framing.times"),
        Binding("a", "add_person", "Add person", id="framing.add_person"),
        Binding("enter", "edit_person", "Edit person", id="framing.edit_person", show=False),
        Binding("x", "remove_person", "Remove person", show=False, id="framing.remove_person"),
        Binding("r", "edit_rules", "Ground rules", show=False, id="framing.rules"),
        Binding(
            "d", "scroll_details", "More details", id="framing.scroll", tooltip="Scroll the details a page (wraps)"
        ),
        Binding(
            "L",
            "choose_layout",
            "Agenda layout",
            show=False,
            id="framing.layout",
            tooltip="Choose the agenda layout (before the meeting starts)",
        ),
        Binding(
            "W",
            "write_forms",
            "Write pre-prep forms",
            show=False,
            id="framing.prep_forms",
            tooltip="A Markdown form for every participant, to fill in before the meeting",
        ),
    ]

    def compose(self) -> ComposeResult:
        with Horizontal():
            with VerticalScroll(id="framing-details"):
                yield Static(id="details")
            with VerticalScroll(id="framing-side"):
                yield Static("Participants (a add · enter edit · x remove)", classes="heading")
                yield OptionList(id="people")
                yield Static("Ground rules (r edit)", classes="heading")
                yield Static(id="rules")

    def show(self, session: Session) -> None:
        self.query_one("#details", Static).update(details_table(session))
        now = self.now()
        self.shown_minute = minute_of(now)
        refill(
            self.query_one("#people", OptionList),
            [Option(person_label(p, now), id=p.id) for p in session.participants],
            "No one yet: a adds a participant.",
        )
        rules = Text()
        for rule in session.ground_rules:
            rules.append("• ")
            rules.append(one_line(rule))
            rules.append("\n")
        self.query_one("#rules", Static).update(rules)

    def tick(self, now: datetime) -> None:
        """Participants' local times move on as the minute turns, even when a tick lands late
        (a busy second skips `:00`) or the pane comes back into view minutes later."""
        if minute_of(now) != self.shown_minute:
            self.refresh_pane()

    # -- actions --------------------------------------------------------------------------

    def action_scroll_details(self) -> None:
        """A page further down the details, back to the top after the last page."""
        details = self.query_one("#framing-details", VerticalScroll)
        at_end = details.scroll_y >= details.max_scroll_y
        details.scroll_to(y=0 if at_end else details.scroll_y + max(1, details.size.height - 1), animate=False)

    def action_edit_details(self) -> None:
        s = self.session
        budget = "" if s.error_budget_spent is None else f"{s.error_budget_spent:g}"
        initial = Details(s.title, s.incident_id, s.severity, s.review_kind, s.summary, s.impact, budget, s.display_tz)

        def submit(form: Details) -> None:
            budget = form.error_budget_spent.strip()
            with refusing(ValueError):
                spent = float(budget.rstrip("%")) if budget else None
            self.review.set_details(**{**dataclasses.asdict(form), "error_budget_spent": spent})

        self.ask_form("Incident details", initial, submit)

    def action_edit_times(self) -> None:
        s = self.session
        initial = IncidentTimes(
            **{
                name: "" if getattr(s, name) is None else getattr(s, name).strftime("%Y-%m-%d %H:%M UTC")
                for name in INCIDENT_TIMES
            }
        )
        first_event = s.timeline[0].at.date() if s.timeline else None
        warned: list[str] = []

        def submit(form: IncidentTimes) -> None:
            with refusing(TimeParseError):
                parsed = parse_incident_times(dataclasses.asdict(form), first_event)
            problems = order_problems(parsed)
            if problems and problems != warned:  # said once in the form; Enter again saves as typed
                warned[:] = problems
                raise Refused("Out of order: " + "; ".join(problems) + ". Enter again saves them as typed.")
            self.review.set_details(**parsed)

        self.ask_form("Incident times", initial, submit)

    def _person(self, person: Participant) -> PersonForm:
        return PersonForm(
            person.name,
            person.role,
            person.tz,
            person.proxy_for,
            person.facilitator,
            person.working_hours,
            format_days_off(person.days_off),
            person.region,
            person.can_facilitate,
        )

    def action_add_person(self) -> None:
        self.ask_form("Add participant", PersonForm(), lambda form: self.review.add_participant(**form.values()))

    def _selected_person(self) -> Participant | None:
        people = self.query_one("#people", OptionList)
        if people.highlighted is None or not self.session.participants:
            return None
        return self.session.participants[people.highlighted]

    def action_edit_person(self) -> None:
        person = self._selected_person()
        if person is not None:
            self.ask_form(
                f"Edit {person.name}",
                self._person(person),
                lambda form: self.review.edit_participant(person.id, **form.values()),
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit_person()

    def action_remove_person(self) -> None:
        person = self._selected_person()
        if person is not None:
            self.run(self.review.remove_participant, person.id)
            self.app.notify(f"Removed {one_line(person.name)} (Ctrl+Z to undo)", markup=False)

    def action_choose_layout(self) -> None:
        from facilitator.store.layouts import all_layouts

        entries, _ = all_layouts()
        layouts = {entry.layout.name: entry.layout for entry in entries}
        items = [
            (name, f"{name}: {layout.title or name} ({layout.total_minutes} min)") for name, layout in layouts.items()
        ]

        def chosen(name: str | None) -> None:
            if name is not None and self.run(self.review.set_layout, layouts[name]) is not None:
                self.app.notify(f"Agenda: {layouts[name].title or name}", markup=False)

        self.app.push_screen(
            PickDialog("Agenda layout (only before the meeting starts)", items, self.session.layout.name), chosen
        )

    def action_write_forms(self) -> None:
        from facilitator.tui.panes.prep_files import ask_to_write_forms

        ask_to_write_forms(self)

    def action_edit_rules(self) -> None:
        from facilitator.tui.dialogs.form import Field

        rules = self.session.ground_rules
        fields = [
            Field(f"r{i}", f"Rule {i + 1}", rules[i] if i < len(rules) else "") for i in range(max(6, len(rules) + 1))
        ]

        def submit(form: GroundRules) -> None:
            self.review.set_details(ground_rules=form.rules)

        self.ask_fields("Ground rules (leave a line empty to drop it)", fields, submit, GroundRules.read)
