"""Presentation mode: the shared screen, readable from the back of a video call.

Only what the room needs for the timebox on now: its title and time left in big digits, then
what that kind of timebox is about (`presentation_text`): the framing, the event under discussion,
the finding in focus with its whys, the action being agreed, or the read-back and thanks of the
debrief. ↑/↓ step through the events, findings or actions; the clock and `]` work from here; F5 or
Escape goes back. Nothing private is drawn here: no live-page link, no token.

The review screen hands over its panes (`FindPane`): the walk is the timeline's cursor (watched),
the finding and the action start as the Board's and the Actions' highlighted ones. It redraws
when the session changes (the app's `session_changed` signal), when the cursor moves and after
each of its own keys; a one-second tick moves only the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, TypeVar

from rich.console import RenderableType
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Static

from facilitator.model.action import ActionItem
from facilitator.model.clock import ClockState
from facilitator.model.enums import ActionStatus, FindingKind, TimeboxKind
from facilitator.model.event import TimelineEvent
from facilitator.model.finding import Finding
from facilitator.model.session import Session
from facilitator.review import Change, Refused
from facilitator.tui.panes.actions import ActionsPane
from facilitator.tui.panes.base import Pane
from facilitator.tui.panes.board import BoardPane
from facilitator.tui.panes.timeline import TimelinePane
from facilitator.tui.presentation_text import (
    ITEM_NAMES,
    ONE_OWNER,
    WHY_UNTIL_SYSTEM,
    action_text,
    debrief_text,
    finding_text,
    findings_in_order,
    first_prompt,
    framing_view,
    prompts_text,
    walk_question,
    walk_text,
)
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import clock_text, literal

P = TypeVar("P", bound=Pane)


class FindPane(Protocol):
    """The review screen's pane of a kind, brought up to date, or None if it was never built."""

    def __call__(self, kind: type[P]) -> P | None: ...


def box_line(session: Session, now: datetime) -> Text:
    """`Timeline walkthrough · running · meeting 40:00 left`."""
    clock = session.clock
    state = clock.state(now)
    text = Text(justify="center")
    text.append_text(literal(session.current_timebox.title, style="bold"))
    text.append(f" · {state.value}", style="bold red" if state is ClockState.OVERRUN else "")
    if state is not ClockState.FINISHED:
        text.append(f" · meeting {clock_text(clock.meeting_remaining(now))} left", style="dim")
    return text


WIDE = 120
"""From this width on, the framing shows the ground rules beside the story."""


def keys_text(kind: TimeboxKind) -> Text:
    item = ITEM_NAMES.get(kind, "scroll")
    return Text(f"F5/Esc back · space clock · ↑/↓ {item} · ] next box · ? keys", style="dim", justify="center")


class PresentationScreen(Screen[None]):
    """The shared-screen view; the clock and the walk keep working from here."""

    BINDING_GROUP_TITLE = "Presentation mode"
    app = getters.app(ReviewApp)

    BINDINGS = [
        Binding("f5,escape", "leave", "Back to the panes", id="present.leave"),
        Binding("space", "clock", "Start or pause the clock", id="present.clock"),
        Binding("up", "step(-1)", "Previous event, finding or action (or scroll up)", id="present.up"),
        Binding("down", "step(1)", "Next event, finding or action (or scroll down)", id="present.down"),
        Binding("right_square_bracket", "next_box", "Next timebox", id="present.next"),
    ]

    item_id: str | None = None
    """The finding or action in focus (the walk's event is the timeline's cursor)."""
    shown_box = -1

    def __init__(self, find_pane: FindPane) -> None:
        super().__init__()
        self.find_pane = find_pane

    def compose(self) -> ComposeResult:
        yield Static(id="present-box")
        with Center():
            yield Digits(id="present-time")
        with VerticalScroll(id="present-scroll", can_focus=False), Vertical(id="present-card"):
            with Center():
                yield Digits(id="present-at")  # the walk: the event's time, large
            yield Static(id="present-body")
        yield Static(id="present-foot")
        yield Static(id="present-keys")

    def on_mount(self) -> None:
        self.app.session_changed.subscribe(self, self.show_change)
        timeline = self.find_pane(TimelinePane)
        if timeline is not None:
            self.watch(timeline.view, "cursor", self.refresh_view, init=False)
        self.refresh_view()
        self.set_interval(1.0, self.show_time)  # the clock: time left moves every second

    def show_change(self, change: Change) -> None:
        self.refresh_view()

    # -- what is in focus ----------------------------------------------------------------

    def current_event(self) -> TimelineEvent | None:
        timeline = self.find_pane(TimelinePane)
        return timeline.view.current if timeline is not None else None

    def current_finding(self, session: Session) -> Finding | None:
        """The one shown, else the board's highlighted one, else the first contributor."""
        findings = findings_in_order(session)
        chosen = next((f for f in findings if f.id == self.item_id), None)
        if chosen is None:
            board = self.find_pane(BoardPane)
            chosen = board.current if board is not None else None
        if chosen is None:
            chosen = next((f for f in findings if f.kind is FindingKind.CONTRIBUTOR), None) or next(
                iter(findings), None
            )
        self.item_id = chosen.id if chosen else None
        return chosen

    def current_action(self, session: Session) -> ActionItem | None:
        """The one shown, else the one highlighted on Actions, else the last one still open."""
        chosen = next((a for a in session.actions if a.id == self.item_id), None)
        if chosen is None:
            actions = self.find_pane(ActionsPane)
            chosen = actions.current if actions is not None else None
        if chosen is None:
            still_open = [a for a in session.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)]
            latest = still_open or list(session.actions)
            chosen = latest[-1] if latest else None
        self.item_id = chosen.id if chosen else None
        return chosen

    def content(self, session: Session) -> tuple[RenderableType, Text]:
        """The body and the question under it, for the kind of timebox on now."""
        kind = session.current_timebox.kind
        if kind is TimeboxKind.FRAMING:
            return framing_view(session, self.size.width >= WIDE), first_prompt(session)
        if kind is TimeboxKind.TIMELINE:
            event = self.current_event()
            return walk_text(session, event), walk_question(event)
        if kind is TimeboxKind.ANALYSIS:
            return finding_text(session, self.current_finding(session)), first_prompt(session, WHY_UNTIL_SYSTEM)
        if kind is TimeboxKind.ACTIONS:
            return action_text(self.current_action(session)), Text(ONE_OWNER, style="bold", justify="center")
        if kind is TimeboxKind.DEBRIEF:
            return debrief_text(session), first_prompt(session)
        return prompts_text(session), Text("")

    # -- drawing -------------------------------------------------------------------------

    def refresh_view(self) -> None:
        """Everything: the clock, and what the timebox on now is about."""
        session = self.app.active_review.session
        if session.clock.current != self.shown_box:  # a new timebox: its own item in focus, from the top
            self.shown_box, self.item_id = session.clock.current, None
            self.query_one("#present-scroll", VerticalScroll).scroll_home(animate=False)
        self.show_time()
        body, foot = self.content(session)
        self.query_one("#present-body", Static).update(body)
        walking = session.current_timebox.kind is TimeboxKind.TIMELINE
        self.set_class(walking, "walk")
        event = self.current_event() if walking else None
        self.query_one("#present-at", Digits).update(f"{event.at:%H:%M}" if event else "")
        self.query_one("#present-foot", Static).update(foot)
        self.query_one("#present-keys", Static).update(keys_text(session.current_timebox.kind))

    def show_time(self) -> None:
        session, now = self.app.active_review.session, self.app.now()
        clock = session.clock
        state = clock.state(now)
        self.query_one("#present-box", Static).update(box_line(session, now))
        digits = self.query_one("#present-time", Digits)
        digits.update(clock_text(clock.remaining(now)) if state is not ClockState.FINISHED else "0:00")
        digits.set_class(state is ClockState.OVERRUN, "overrun")
        digits.set_class(state is ClockState.WARNING, "warning")

    # -- actions --------------------------------------------------------------------------

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_clock(self) -> None:
        self._run(self.app.active_review.toggle_clock)

    def action_next_box(self) -> None:
        self._run(self.app.active_review.next_timebox)

    def _run(self, command: Callable[[datetime], object]) -> None:
        """Run a clock command; the change comes back through `session_changed`."""
        try:
            command(self.app.now())
        except Refused as problem:
            self.app.notify(str(problem), title="Not done", severity="warning", markup=False)

    def action_step(self, step: int) -> None:
        """The previous or next event, finding or action, as the timebox on now is about."""
        session = self.app.active_review.session
        kind = session.current_timebox.kind
        if kind is TimeboxKind.TIMELINE:
            timeline = self.find_pane(TimelinePane)
            if timeline is not None:  # the cursor's watcher redraws
                timeline.view.move_to(timeline.view.cursor + step)
            return
        elif kind in (TimeboxKind.ANALYSIS, TimeboxKind.ACTIONS):
            current = self.current_finding(session) if kind is TimeboxKind.ANALYSIS else self.current_action(session)
            items: list[Finding] | list[ActionItem] = (
                findings_in_order(session) if kind is TimeboxKind.ANALYSIS else list(session.actions)
            )
            ids = [item.id for item in items]
            if current is not None:
                self.item_id = ids[max(0, min(len(ids) - 1, ids.index(current.id) + step))]
        else:  # a timebox about no one item: ↑/↓ scroll what it shows
            scroll = self.query_one("#present-scroll", VerticalScroll)
            scroll.scroll_to(y=scroll.scroll_y + step * max(1, scroll.size.height - 2), animate=False)
        self.refresh_view()
