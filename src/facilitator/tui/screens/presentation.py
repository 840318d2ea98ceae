"""Presentation mode: the shared screen, readable from the back of a video call.

Only what the room needs: the current timebox and its time left in big digits, the event
under discussion (the timeline's cursor, or the walk's "we are here") in large type with
its decision-point question, and the "what did we know then?" prompt. Everything else is
hidden; F5 or Escape goes back.
"""

from __future__ import annotations

from collections.abc import Callable
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
from facilitator.review import Change, Refused
from facilitator.tui.panes.timeline import TimelinePane
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import clock_text, literal, one_line

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
    """The shared-screen view; the clock and the walk keep working from here. It redraws when the
    session changes (`session_changed`) or the timeline's cursor moves, and its clock every second."""

    BINDING_GROUP_TITLE = "Presentation mode"
    app = getters.app(ReviewApp)

    BINDINGS = [
        Binding("f5,escape", "leave", "Back", id="present.leave"),
        Binding("space", "clock", "Clock", id="present.clock"),
        Binding("up", "event(-1)", "Previous event", id="present.up"),
        Binding("down", "event(1)", "Next event", id="present.down"),
        Binding("right_square_bracket", "next_box", "Next box", id="present.next"),
    ]

    def __init__(self, timeline: TimelinePane) -> None:
        """`timeline` is the review screen's timeline pane: its cursor is the event shown."""
        super().__init__()
        self.timeline = timeline

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
        self.app.session_changed.subscribe(self, self.refresh_view)
        self.watch(self.timeline.view, "cursor", self.show_event, init=False)
        self.refresh_view()
        self.set_interval(1.0, self.show_time)  # the clock: time left moves every second

    def current_event(self) -> TimelineEvent | None:
        if self.timeline.stale:
            self.timeline.refresh_pane()
        return self.timeline.view.current

    def refresh_view(self, change: Change | None = None) -> None:
        self.show_time()
        self.show_event()

    def show_time(self) -> None:
        session, now = self.app.active_review.session, self.app.now()
        clock = session.clock
        state = clock.state(now)
        self.query_one("#present-box", Static).update(box_line(session, now))
        digits = self.query_one("#present-time", Digits)
        digits.update(clock_text(clock.remaining(now)) if state is not ClockState.FINISHED else "0:00")
        digits.set_class(state is ClockState.OVERRUN, "overrun")
        digits.set_class(state is ClockState.WARNING, "warning")

    def show_event(self) -> None:
        event = self.current_event()
        self.query_one("#present-event", Static).update(event_text(event, self.app.active_review.session))
        question = Text(justify="center")
        if event is not None and event.decision_point:
            question.append(DECISION_QUESTION + "\n", style="bold magenta")
        question.append(KNOW_THEN, style="bold")
        self.query_one("#present-question", Static).update(question)

    # -- actions --------------------------------------------------------------------------

    def action_leave(self) -> None:
        self.app.pop_screen()

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

    def action_event(self, step: int) -> None:
        view = self.timeline.view
        view.move_to(view.cursor + step)
