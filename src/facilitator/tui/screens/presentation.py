"""Presentation mode: the shared screen, readable from the back of a video call.

Only what the room needs: the current timebox and its time left in big digits, the event
under discussion (the timeline's cursor, or the walk's "we are here") in large type with
its decision-point question, and the "what did we know then?" prompt. Everything else is
hidden; F5 or Escape goes back.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Digits, Static

from facilitator.model.clock import ClockState
from facilitator.model.event import TimelineEvent
from facilitator.model.session import Session
from facilitator.review import Refused
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import clock_text, literal, one_line
from facilitator.tui.widgets.timeline_view import TimelineView

DECISION_QUESTION = "◆ Decision point: what did we know then, and what made this look right at the time?"
KNOW_THEN = "What did we know then? What were we looking at, and what did it tell us?"


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


def event_text(event: TimelineEvent | None, session: Session) -> Text:
    """The event under discussion, or the timebox's first question when there is none."""
    if event is None:
        prompts = session.current_timebox.prompts
        return literal(prompts[0] if prompts else session.current_timebox.title, style="bold")
    text = Text(justify="center")
    text.append(f"{event.at:%H:%M} UTC", style="bold")
    if event.actor:
        text.append(" · ")
        text.append(one_line(event.actor), style="italic")
    text.append(f" · {event.kind.value}\n\n", style="dim")
    text.append_text(literal(event.text, style="bold"))
    return text


class PresentationScreen(Screen[None]):
    """The shared-screen view; the clock and the walk keep working from here."""

    BINDING_GROUP_TITLE = "Presentation mode"
    app = getters.app(ReviewApp)

    BINDINGS = [
        Binding("f5,escape", "leave", "Back", id="present.leave"),
        Binding("space", "clock", "Clock", id="present.clock"),
        Binding("up", "event(-1)", "Previous event", id="present.up"),
        Binding("down", "event(1)", "Next event", id="present.down"),
        Binding("right_square_bracket", "next_box", "Next box", id="present.next"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="present"):
            yield Static(id="present-box")
            with Center():
                yield Digits(id="present-time")
            yield Static(id="present-event")
            yield Static(id="present-question")
            yield Static(id="present-keys")

    def on_mount(self) -> None:
        keys = Text("F5/Esc back · space clock · ↑/↓ event · ] next box", style="dim", justify="center")
        self.query_one("#present-keys", Static).update(keys)
        self.refresh_view()
        self.set_interval(1.0, self.refresh_view)

    def _timeline_view(self) -> TimelineView | None:
        """The timeline pane's list (brought up to date), if that pane has been built."""
        from facilitator.tui.panes.timeline import TimelinePane
        from facilitator.tui.screens.review import ReviewScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ReviewScreen):
                panes = screen.query(TimelinePane)
                if not panes:
                    return None
                pane = panes.first()
                if pane.stale:
                    pane.refresh_pane()
                return pane.view
        return None

    def current_event(self) -> TimelineEvent | None:
        view = self._timeline_view()
        return view.current if view is not None else None

    def refresh_view(self) -> None:
        review = self.app.review
        if review is None:
            return
        session, now = review.session, self.app.now()
        clock = session.clock
        state = clock.state(now)
        self.query_one("#present-box", Static).update(box_line(session, now))
        digits = self.query_one("#present-time", Digits)
        digits.update(clock_text(clock.remaining(now)) if state is not ClockState.FINISHED else "0:00")
        digits.set_class(state is ClockState.OVERRUN, "overrun")
        digits.set_class(state is ClockState.WARNING, "warning")
        event = self.current_event()
        self.query_one("#present-event", Static).update(event_text(event, session))
        question = Text(justify="center")
        if event is not None and event.decision_point:
            question.append(DECISION_QUESTION + "\n", style="bold magenta")
        question.append(KNOW_THEN, style="bold")
        self.query_one("#present-question", Static).update(question)

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

    def action_event(self, step: int) -> None:
        view = self._timeline_view()
        if view is None:
            self.app.notify("Open the timeline (2) once to walk its events from here.", markup=False)
            return
        view.move_to(view.cursor + step)
        self.refresh_view()
