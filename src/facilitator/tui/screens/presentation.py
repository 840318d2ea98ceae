"""Presentation mode: the shared screen, readable from the back of a video call.

Only what the room needs for the timebox on now: its title and time left in big digits, then
what that kind of timebox is about (`presentation_text`): the framing, the event under discussion,
the finding in focus with its whys, the action being agreed, or the read-back and thanks of the
debrief. ↑/↓ step through the events, findings or actions; the clock and `]` work from here; F5 or
Escape goes back. Nothing private is drawn here: no live-page link, no token.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

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
from facilitator.review import Refused
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.panes.base import Pane
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
from facilitator.tui.text import clock_text, literal
from facilitator.tui.widgets.timeline_view import TimelineView

P = TypeVar("P", bound=Pane)


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
    app = getters.app(FacilitatorApp)

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
        self.refresh_view()
        self.set_interval(1.0, self.refresh_view)

    # -- what is in focus ----------------------------------------------------------------

    def _pane(self, kind: type[P]) -> P | None:
        """The review screen's pane of `kind`, brought up to date, if it has been built."""
        from facilitator.tui.screens.review import ReviewScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ReviewScreen):
                panes = screen.query(kind)
                if not panes:
                    return None
                pane = panes.first()
                if pane.stale:
                    pane.refresh_pane()
                return pane
        return None

    def _timeline_view(self) -> TimelineView | None:
        from facilitator.tui.panes.timeline import TimelinePane

        pane = self._pane(TimelinePane)
        return pane.view if pane is not None else None

    def current_event(self) -> TimelineEvent | None:
        view = self._timeline_view()
        return view.current if view is not None else None

    def current_finding(self, session: Session) -> Finding | None:
        """The one shown, else the board's highlighted one, else the first contributor."""
        from facilitator.tui.panes.board import BoardPane

        findings = findings_in_order(session)
        chosen = next((f for f in findings if f.id == self.item_id), None)
        if chosen is None:
            board = self._pane(BoardPane)
            chosen = board.current if board is not None else None
        if chosen is None:
            chosen = next((f for f in findings if f.kind is FindingKind.CONTRIBUTOR), None) or next(
                iter(findings), None
            )
        self.item_id = chosen.id if chosen else None
        return chosen

    def current_action(self, session: Session) -> ActionItem | None:
        """The one shown, else the one highlighted on Actions, else the last one still open."""
        from facilitator.tui.panes.actions import ActionsPane

        chosen = next((a for a in session.actions if a.id == self.item_id), None)
        if chosen is None:
            actions = self._pane(ActionsPane)
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
        review = self.app.review
        if review is None:
            return
        session, now = review.session, self.app.now()
        if session.clock.current != self.shown_box:  # a new timebox: its own item in focus, from the top
            self.shown_box, self.item_id = session.clock.current, None
            self.query_one("#present-scroll", VerticalScroll).scroll_home(animate=False)
        clock = session.clock
        state = clock.state(now)
        self.query_one("#present-box", Static).update(box_line(session, now))
        digits = self.query_one("#present-time", Digits)
        digits.update(clock_text(clock.remaining(now)) if state is not ClockState.FINISHED else "0:00")
        digits.set_class(state is ClockState.OVERRUN, "overrun")
        digits.set_class(state is ClockState.WARNING, "warning")
        body, foot = self.content(session)
        self.query_one("#present-body", Static).update(body)
        walking = session.current_timebox.kind is TimeboxKind.TIMELINE
        self.set_class(walking, "walk")
        event = self.current_event() if walking else None
        self.query_one("#present-at", Digits).update(f"{event.at:%H:%M}" if event else "")
        self.query_one("#present-foot", Static).update(foot)
        self.query_one("#present-keys", Static).update(keys_text(session.current_timebox.kind))

    # -- actions --------------------------------------------------------------------------

    def action_leave(self) -> None:
        self.app.pop_screen()

    def action_clock(self) -> None:
        self._run("toggle_clock")

    def action_next_box(self) -> None:
        self._run("next_timebox")

    def _run(self, command: str) -> None:
        review = self.app.review
        if review is None:
            return
        try:
            getattr(review, command)(self.app.now())
        except Refused as problem:
            self.app.notify(str(problem), title="Not done", severity="warning", markup=False)
        self.refresh_view()

    def action_step(self, step: int) -> None:
        """The previous or next event, finding or action, as the timebox on now is about."""
        review = self.app.review
        if review is None:
            return
        session = review.session
        kind = session.current_timebox.kind
        if kind is TimeboxKind.TIMELINE:
            view = self._timeline_view()
            if view is not None:
                view.move_to(view.cursor + step)
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
