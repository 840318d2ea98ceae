"""The timeline pane: walk the events, correct them live, see the incident's shape in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Digits, Static

from facilitator.importers.line_head import text_after_time_head
from facilitator.model.derived import LONG_GAP, Gap, durations, format_span, gap_summary, long_gap_threshold
from facilitator.model.enums import EventKind
from facilitator.model.event import TimelineEvent
from facilitator.model.session import Session
from facilitator.model.threads import reply_line
from facilitator.model.timeparse import TimeParseError, parse_time
from facilitator.review.inbox_commands import ARRIVALS
from facilitator.review.refused import refusing
from facilitator.tui.dialogs.form_fields import enum_options, form_field
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.dialogs.small_forms import NoteForm
from facilitator.tui.local_zone import local_zone_name
from facilitator.tui.messages import ViewChanged, Walked
from facilitator.tui.panes.base import Pane
from facilitator.tui.panes.board import FindingForm
from facilitator.tui.prep_text import answers_about
from facilitator.tui.text import literal, one_line, plural
from facilitator.tui.widgets.blame_hint import marked, marked_line
from facilitator.tui.widgets.timeline_view import (
    ACTOR_WIDTH,
    WIDE_ACTOR_WIDTH,
    TimelineRows,
    TimelineView,
    header_text,
)
from facilitator.tui.widgets.timestrip import TimeStrip

if TYPE_CHECKING:
    from facilitator.tui.dialogs.import_dialog import ImportDraft

WIDE_PANE = 150
"""From this width on, actors get a wider column."""


def figures_text(session: Session, longest: Gap | None) -> Text:
    spans = durations(session)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(plural(len(session.timeline), "event"), style="bold")
    text.append(
        f" · detect {format_span(spans.to_detect)} · ack {format_span(spans.to_acknowledge)}"
        f" · mitigate {format_span(spans.to_mitigate)} · resolve {format_span(spans.to_resolve)}"
    )
    if longest is not None:
        text.append(f" · longest gap {format_span(longest.length)} after {longest.after.at:%H:%M}", style="bold red")
    threshold = long_gap_threshold(session.timeline)
    if threshold > LONG_GAP:  # a long incident: say how long a silence must be to get ⋯
        text.append(f" · ⋯ marks gaps ≥ {format_span(threshold)}", style="red")
    if session.unplaced:
        text.append(f" · {len(session.unplaced)} unplaced lines (u)", style="bold yellow")
    return text


def detail_text(session: Session, event: TimelineEvent, zone: str, walking: bool) -> Text:
    """The current event in full: text, who, when in both zones, notes, corrections, findings."""
    text = Text()
    local = event.at.astimezone(ZoneInfo(zone))
    text.append(f"{event.at:%Y-%m-%d %H:%M:%S} UTC", style="bold")
    if zone != "UTC":
        text.append(f" · {local:%H:%M %Z}", style="cyan")
    text.append(f" · {event.kind.value}", style="bold magenta" if event.decision_point else "")
    if event.decision_point:
        text.append(" · ◆ DECISION POINT: what did we know, what made this look right?", style="bold magenta")
    if event.actor:
        text.append(" · ")
        text.append(one_line(event.actor), style="italic")
    text.append("\n")
    parent = [item for item in session.timeline if item.id == event.parent_id] if event.parent_id else []
    reply = reply_line(event, {item.id: item for item in parent})  # the timeline is looked through for a reply only
    if reply:
        text.append(one_line(reply) + "\n", style="dim")
    text.append_text(marked(event.text, style="bold" if walking else ""))
    for correction in event.corrections:
        text.append("\n✱ corrected ", style="bold cyan")
        text.append(f"{correction.field}: was ")
        text.append_text(literal(correction.original, style="strike dim"))
        if correction.reason:
            text.append(" — ")
            text.append_text(marked(correction.reason, style="italic"))
    for note in event.notes:
        text.append("\n✎ ", style="bold cyan")
        text.append_text(marked(note))
    linked = [f for f in session.findings if event.id in f.event_ids]
    for finding in linked:
        text.append(f"\n⚑ {finding.kind.value}: ", style="bold yellow")
        text.append_text(marked_line(finding.text))
    if event.decision_point:
        text.append_text(answers_about(session, event))
    if event.provenance is not None:
        where = (
            f"{event.provenance.source}:{event.provenance.line}" if event.provenance.line else event.provenance.source
        )
        text.append(f"\nfrom {one_line(where)}", style="dim")
    return text


@dataclass(frozen=True)
class EventForm:
    """A timeline event as typed; its time is parsed against the events around it."""

    at: str = form_field("Time (14:23, 14:23 UTC, 2026-03-22 14:23 +05:30 or ISO)")
    actor: str = form_field("Actor (a role, e.g. on-call, not a name)")
    kind: EventKind = form_field("Kind", default=EventKind.OBSERVATION, options=enum_options(EventKind))
    text: str = form_field("What happened", blame_check=True)
    decision_point: bool = form_field("Decision point", default=False)


@dataclass(frozen=True)
class Correction:
    """A correction to an event's text or actor, beside the original."""

    value: str = form_field("Corrected text (the original stays visible)", blame_check=True)
    reason: str = form_field("Why (optional)")
    field: str = form_field("Which field", default="text", options=[("what happened", "text"), ("actor", "actor")])


@dataclass(frozen=True)
class PlacedLine:
    """An unplaced imported line, given a time (and its text, as corrected)."""

    at: str = form_field("Time for this line")
    text: str = form_field("Text")


class TimelinePane(Pane):
    PANE_ID = "timeline"
    import_draft: ImportDraft | None = None
    """What was typed in the import dialog before it was cancelled."""
    PRIMARY = "TimelineView"
    WATCHES = frozenset(
        {
            "timeline",
            "findings",
            "display_tz",
            "detected_at",
            "mitigated_at",
            "resolved_at",
            "started_at",
            "acknowledged_at",
            "unplaced",
            "prep",
            ARRIVALS,  # notes sent from the live page, waiting in the inbox: marked on their events
        }
    )

    BINDINGS = [
        Binding("w", "walk", "Walk", id="timeline.walk"),
        Binding("a", "add_event", "Add", id="timeline.add"),
        Binding("e", "edit_event", "Edit", id="timeline.edit"),
        Binding("c", "correct_event", "Correct", show=False, id="timeline.correct"),
        Binding("n", "note", "Note", show=False, id="timeline.note"),
        Binding("d", "decision", "Decision", id="timeline.decision"),
        Binding("f", "finding", "Finding", show=False, id="timeline.finding"),
        Binding("x,delete", "delete_event", "Delete", show=False, id="timeline.delete"),
        Binding("z", "zone", "Zone", show=False, id="timeline.zone"),
        Binding("i", "import", "Import", show=False, id="timeline.import"),
        Binding("u", "place_unplaced", "Place line", id="timeline.unplaced", show=False),
        Binding("enter", "full_text", "Full text", id="timeline.full", show=False),
        Binding(
            "greater_than_sign", "decision_step(1)", "Next decision point", id="timeline.next_decision", show=False
        ),
        Binding(
            "less_than_sign",
            "decision_step(-1)",
            "Previous decision point",
            id="timeline.previous_decision",
            show=False,
        ),
    ]

    walking = False

    def compose(self) -> ComposeResult:
        yield Static(id="figures")
        yield TimeStrip()
        yield Static(id="tl-header")
        yield TimelineView(id="events")
        with VerticalScroll(id="detail-box"), Horizontal(id="detail-row"):
            yield Digits(id="walk-time")  # walk mode: the current event's time, large, beside its text
            yield Static(id="detail")

    @property
    def view(self) -> TimelineView:
        return self.query_one(TimelineView)

    def show(self, session: Session) -> None:
        events = session.timeline
        multi_day = bool(events) and events[0].at.date() != events[-1].at.date()
        link_counts: dict[str, int] = {}
        for finding in session.findings:
            for event_id in finding.event_ids:
                link_counts[event_id] = link_counts.get(event_id, 0) + 1
        long_ids, longest = gap_summary(events)
        rows = TimelineRows(
            events=events,
            zone=ZoneInfo(session.display_tz),
            zone_label=(events[0].at.astimezone(ZoneInfo(session.display_tz)).tzname() or "local")
            if events
            else session.display_tz,
            walk_index=self.view.cursor if self.walking else None,
            gap_ids=long_ids,
            link_counts=link_counts,
            waiting=self.review.waiting.on_events(),
            multi_day=multi_day,
            actor_width=WIDE_ACTOR_WIDTH if self.size.width >= WIDE_PANE else ACTOR_WIDTH,
        )
        self.view.show(rows)
        self.query_one("#figures", Static).update(figures_text(session, longest))
        self.query_one("#tl-header", Static).update(header_text(rows))
        self._show_current()

    def _show_current(self) -> None:
        event = self.view.current
        self.post_message(Walked(event.id if self.walking and event is not None else None))
        self.query_one(TimeStrip).show(self.session, self.view.cursor if event else None)
        detail = self.query_one("#detail", Static)
        if event is None:
            detail.update(
                Text(
                    "No events yet. Press a to add one, or i to import a chat paste, CSV, "
                    "Slack export or PagerDuty log.",
                    style="dim",
                )
            )
        else:
            self.query_one("#walk-time", Digits).update(f"{event.at:%H:%M}")
            self._show_detail(detail, detail_text(self.session, event, self.session.display_tz, self.walking))

    def _show_detail(self, detail: Static, text: Text) -> None:
        """The current event in the detail box; laid out again only if its height changed (a layout
        pass covers the whole screen, and most moves of the cursor change only the words)."""
        before = detail.size.height
        detail.update(text, layout=False)
        if detail.get_content_height(detail.size, self.app.size, detail.size.width) != before:
            detail.refresh(layout=True)

    def reveal(self, item: str) -> None:
        ids = [event.id for event in self.session.timeline]
        if item in ids:
            self.view.move_to(ids.index(item))
        self.view.focus()

    def on_timeline_view_cursor_moved(self, message: TimelineView.CursorMoved) -> None:
        if self.walking:
            self.view.set_walk(message.index)
        self._show_current()
        self.post_message(ViewChanged())

    # -- actions ------------------------------------------------------------------------------

    def action_walk(self) -> None:
        self.walking = not self.walking
        self.set_class(self.walking, "walking")
        self.view.set_walk(self.view.cursor if self.walking else None)
        self._show_current()
        self.post_message(ViewChanged())
        self.app.notify(
            "Walk mode: ↑/↓ move the “we are here” cursor; stop at ◆ decision points."
            if self.walking
            else "Walk mode off.",
            markup=False,
        )

    def _parse_at(self, text: str) -> datetime:
        reference = self.view.current or (self.session.timeline[-1] if self.session.timeline else None)
        base = reference.at.date() if reference else (self.session.started_at or self.now()).date()
        with refusing(TimeParseError):
            return parse_time(text, base).at

    def action_add_event(self) -> None:
        def submit(form: EventForm) -> None:
            event = self.review.add_event(
                at=self._parse_at(form.at),
                text=form.text,
                actor=form.actor,
                kind=form.kind,
                decision_point=form.decision_point,
            )
            self.call_after_refresh(self._select, event.id)

        self.ask_form("Add event", EventForm(), submit)

    def restore(self, event_id: str | None, walking: bool) -> None:
        """Back where the facilitator left the session: the cursor on `event_id`, the walk on or off."""
        if event_id is not None:
            self._select(event_id)
        if walking != self.walking:
            self.action_walk()

    def _select(self, event_id: str) -> None:
        for index, event in enumerate(self.session.timeline):
            if event.id == event_id:
                self.view.move_to(index)
                return

    def action_edit_event(self) -> None:
        event = self.view.current
        if event is None:
            return

        def submit(form: EventForm) -> None:
            self.review.edit_event(
                event.id,
                at=self._parse_at(form.at),
                actor=form.actor,
                kind=form.kind,
                text=form.text,
                decision_point=form.decision_point,
            )
            self.call_after_refresh(self._select, event.id)

        at = event.at.strftime("%Y-%m-%d %H:%M:%S UTC")
        self.ask_form("Edit event", EventForm(at, event.actor, event.kind, event.text, event.decision_point), submit)

    def action_correct_event(self) -> None:
        event = self.view.current
        if event is None:
            return
        self.ask_form(
            "Correct event",
            Correction(event.text),
            lambda form: self.review.correct_event(event.id, form.field, form.value, form.reason),
        )

    def action_note(self) -> None:
        event = self.view.current
        if event is not None:
            self.ask_form("Note on this event", NoteForm(), lambda form: self.review.add_note(event.id, form.text))

    def on_resize(self, event: events.Resize) -> None:
        wide = event.size.width >= WIDE_PANE
        if not self.stale and wide != (self.view.rows.actor_width == WIDE_ACTOR_WIDTH):
            self.refresh_pane()

    def action_decision_step(self, direction: int) -> None:
        """Move to the next (or previous) decision point: where the walk should stop and ask."""
        events = self.session.timeline
        index = self.view.cursor + direction
        while 0 <= index < len(events):
            if events[index].decision_point:
                self.view.move_to(index)
                return
            index += direction
        self.app.notify("No more decision points that way.", markup=False)

    def action_decision(self) -> None:
        event = self.view.current
        if event is not None:
            self.run(self.review.toggle_decision, event.id)

    def action_delete_event(self) -> None:
        event = self.view.current
        if event is not None and self.run(self.review.delete_event, event.id) is not None:
            self.app.notify(f"Deleted the {event.at:%H:%M} event (Ctrl+Z to undo)", markup=False)

    def action_finding(self) -> None:
        """Name a contributor, mitigator or risk on the current event without leaving the walk."""
        event = self.view.current
        linked = (event.id,) if event else ()
        self.ask_form(
            "New finding" + (f" on the {event.at:%H:%M} event" if event else ""),
            FindingForm(),
            lambda form: self.review.add_finding(form.kind, form.text, form.category, linked),
            labels={"text": "Finding (about the system, not a person)"},
        )

    def action_zone(self) -> None:
        local = local_zone_name()
        zones = ["UTC", *dict.fromkeys(p.tz for p in self.session.participants if p.tz != "UTC")]
        if local and local not in zones:
            zones.append(local)
        items = [
            (
                zone,
                zone
                + "".join(f" · {one_line(p.name)}" for p in self.session.participants if p.tz == zone)
                + (" · this computer" if zone == local else ""),
            )
            for zone in zones
        ]

        def chosen(zone: str | None) -> None:
            if zone:
                self.run(self.review.set_details, display_tz=zone)

        self.app.push_screen(PickDialog("Second time column: whose time zone?", items, self.session.display_tz), chosen)

    def action_import(self) -> None:
        from facilitator.tui.dialogs.import_dialog import ImportDialog

        def closed(draft: ImportDraft | None) -> None:
            self.import_draft = draft  # what was typed before a cancel, for the next opening

        self.app.push_screen(ImportDialog(self.import_draft), closed)

    def action_place_unplaced(self) -> None:
        unplaced = self.session.unplaced
        if not unplaced:
            self.app.notify("No unplaced lines.", markup=False)
            return
        items = [
            (str(i), f"{u.source}:{u.line or '?'} {one_line(u.text)[:70]} ({u.reason})") for i, u in enumerate(unplaced)
        ]

        def chosen(choice: str | None) -> None:
            if choice is None:
                return
            line = unplaced[int(choice)]
            self.ask_form(
                f"Place: {one_line(line.text)[:60]}",
                PlacedLine(text=text_after_time_head(line.text)),
                lambda form: self.review.place_unplaced(int(choice), self._parse_at(form.at), form.text),
            )

        self.app.push_screen(PickDialog("Unplaced imported lines: pick one to place", items), chosen)

    def action_full_text(self) -> None:
        event = self.view.current
        if event is not None:
            from facilitator.tui.dialogs.text_view import TextViewScreen

            self.app.push_screen(
                TextViewScreen("Event", detail_text(self.session, event, self.session.display_tz, True))
            )
