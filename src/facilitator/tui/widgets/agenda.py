"""The agenda strip: every timebox with its state, the current box's time left, the meeting's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.text import Text
from textual.widget import Widget

from facilitator.checks.async_steps import DueStep
from facilitator.model.clock import AgendaClock, ClockState
from facilitator.model.enums import TimeboxKind
from facilitator.model.layout import Layout, Timebox
from facilitator.tui.text import clock_text, one_line

STATE_STYLE = {
    ClockState.NOT_STARTED: "bold",
    ClockState.PAUSED: "bold yellow",
    ClockState.RUNNING: "bold green",
    ClockState.WARNING: "bold black on yellow",
    ClockState.OVERRUN: "bold white on red",
    ClockState.FINISHED: "bold",
}


def finished_text(layout: Layout, clock: AgendaClock, now: datetime) -> Text:
    """`Meeting finished · took 62:00 of 60:00 planned (2:00 over)`."""
    spent = sum(clock.elapsed(now, i) for i in range(len(clock.boxes)))
    planned = sum(box.minutes * 60 for box in layout.timeboxes)  # the slot booked, whatever was moved
    text = Text(" Meeting finished ", style="bold reverse")
    text.append(f" took {clock_text(spent)} of {clock_text(planned)} planned", style="bold")
    difference = spent - planned
    if abs(difference) >= 60:
        text.append(
            f" ({clock_text(abs(difference))} {'over' if difference > 0 else 'under'})",
            style="bold red" if difference > 0 else "green",
        )
    return text


def slot_text(layout: Layout, clock: AgendaClock, now: datetime) -> str:
    """`The meeting ends 10:05, 5 min past the slot` (in this computer's local time)."""
    end = clock.projected_end(now)
    booked = clock.booked_end(layout, now)
    past = round((end - booked).total_seconds() / 60)
    where = (
        f"{past} min past the slot"
        if past > 0
        else f"{-past} min before the slot ends"
        if past < 0
        else "on time for the slot"
    )
    return f"The meeting ends {end.astimezone():%H:%M}, {where}"


def days_text(due: DueStep | None) -> Text:
    """`Day 2 · due: Day 2: pre-prep forms due · missing: forms not in: Ana, Jo`."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if due is None:
        text.append(" Asynchronous review ", style="bold reverse")
        text.append(" day 1 starts when you start the agenda (space)", style="bold")
        return text
    text.append(f" Day {due.day} ", style="bold reverse")
    text.append(" due: ")
    text.append(one_line(due.box.title), style="bold")
    if due.misses:
        text.append(" · missing: ", style="bold yellow")
        text.append(one_line("; ".join(due.misses)), style="yellow")
    else:
        text.append(" · nothing missing", style="green")
    return text


SHORT = 10
"""A title of this room is the box's short name (`short_name`)."""
LEVELS = ((80, 80, True), (14, 80, True), (SHORT, 80, True), (SHORT, 80, False), (0, 80, False), (0, 0, False))
"""How the line shrinks: (room for other titles, room for the current one's, other boxes' minutes shown)."""
SHORT_NAMES = {
    TimeboxKind.FRAMING: "Framing",
    TimeboxKind.TIMELINE: "Timeline",
    TimeboxKind.ANALYSIS: "Analysis",
    TimeboxKind.ACTIONS: "Actions",
    TimeboxKind.DEBRIEF: "Debrief",
    TimeboxKind.PREP: "Pre-prep",
}


def short_name(box: Timebox) -> str:
    """A word the room knows the box by: its kind's name, or a custom box's first word."""
    words = one_line(box.title).split()
    return SHORT_NAMES.get(box.kind) or (words[0].strip(",.:;") if words else "")


class AgendaStrip(Widget):
    """Two lines: the timeboxes (done ✓, current ▶, later), then the clocks."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.layout_: Layout | None = None
        self.clock: AgendaClock | None = None
        self.now: datetime | None = None
        self.due: DueStep | None = None
        """In an asynchronous review: the step due today and what it misses."""
        self.hint = ""
        """A short key hint for the end of the clock line, shown when there is room."""

    def show(self, layout: Layout, clock: AgendaClock, now: datetime, due: DueStep | None = None) -> None:
        self.layout_, self.clock, self.now, self.due = layout, clock, now, due
        self.refresh()

    def _boxes_line(self, layout: Layout, clock: AgendaClock, width: int, now: datetime) -> Text:
        """The timeboxes; the others' titles shrink (to a short name by kind, then to the number;
        the current one's last) until the line fits, so the room sees the whole agenda."""
        for others, current, minutes_shown in LEVELS:
            line = Text(no_wrap=True, overflow="ellipsis")
            for index, box in enumerate(layout.timeboxes):
                if index:
                    line.append(" │ ", style="dim")
                is_current = index == clock.current and not clock.finished
                room = current if is_current else others
                minutes = f" {clock.boxes[index].budget_seconds // 60}m" if is_current or minutes_shown else ""
                name = short_name(box) if room == SHORT else one_line(box.title)
                title = name if len(name) <= room else name[: max(0, room - 1)] + "…"
                label = f"{index + 1} {title}{minutes}" if room else f"{index + 1}"
                if is_current:
                    line.append(f"▶ {label}", style="reverse bold")
                elif clock.done(index, now):
                    line.append(f"✓{label}", style="dim")
                else:
                    line.append(label)
            if line.cell_len <= width:
                return line
        line.truncate(width, overflow="ellipsis")
        return line

    def render(self) -> Text:
        if self.layout_ is None or self.clock is None or self.now is None:
            return Text("")
        clock, now = self.clock, self.now
        boxes = self._boxes_line(self.layout_, clock, max(10, self.size.width), now)  # the room inside the padding
        state = clock.state(now)
        current = self.layout_.timeboxes[clock.current]
        left = clock.remaining(now)
        status = Text()
        if self.layout_.runs_over_days and state is not ClockState.FINISHED:
            status = days_text(self.due)
        elif state is ClockState.FINISHED:
            status.append_text(finished_text(self.layout_, clock, now))
        else:
            status.append(f" {clock_text(left)} ", style=STATE_STYLE[state])
            status.append(f" {one_line(current.title)} · {state.value}", style="bold")
            status.append(
                f"   meeting {clock_text(clock.meeting_remaining(now))} left", style="dim" if left >= 0 else ""
            )
        if self.hint and status.cell_len + len(self.hint) + 3 <= self.size.width - 2:
            status.append(f"   {self.hint}", style="dim italic")
        return Text("\n").join([boxes, status])
