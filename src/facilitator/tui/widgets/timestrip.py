"""A picture of the incident in time: events along an axis scaled to the terminal width."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widget import Widget

from facilitator.model import Session


def strip_marks(session: Session, width: int, walk_index: int | None) -> tuple[str, str]:
    """Two lines of `width` columns: event ticks (with D/M/R marks and the walk cursor),
    then the first and last times. Pure, for tests."""
    events = session.timeline
    if not events or width < 10:
        return "", ""
    instants = [e.at for e in events]
    marks = {"D": session.detected_at, "M": session.mitigated_at, "R": session.resolved_at}
    start = min([*instants, *(m for m in marks.values() if m)])
    end = max([*instants, *(m for m in marks.values() if m)])
    span = max((end - start).total_seconds(), 1.0)

    def column(at: datetime) -> int:
        return min(width - 1, int((at - start).total_seconds() / span * (width - 1)))

    axis = ["─"] * width
    for event in events:
        axis[column(event.at)] = "◆" if event.decision_point else "┼"
    for letter, at in marks.items():
        if at is not None:
            axis[column(at)] = letter
    if walk_index is not None and 0 <= walk_index < len(events):
        axis[column(events[walk_index].at)] = "▼"
    first = start.strftime("%H:%M UTC")
    last = end.strftime("%H:%M UTC")
    if start.date() != end.date():
        first, last = start.strftime("%m-%d %H:%M"), end.strftime("%m-%d %H:%M UTC")
    labels = first + last.rjust(max(0, width - len(first)))
    return "".join(axis), labels[:width]


class TimeStrip(Widget):
    """D = detected, M = mitigated, R = resolved, ◆ = decision point, ▼ = where the walk is."""

    DEFAULT_CSS = "TimeStrip { height: 2; padding: 0 1; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session: Session | None = None
        self.walk_index: int | None = None

    def show(self, session: Session, walk_index: int | None) -> None:
        self.session, self.walk_index = session, walk_index
        self.refresh()

    def render(self) -> Text:
        if self.session is None:
            return Text("")
        axis, labels = strip_marks(self.session, max(0, self.size.width - 2), self.walk_index)
        if not axis:
            return Text("No events yet: press a to add one, or i to import a timeline.", style="dim")
        text = Text(no_wrap=True)
        for char in axis:
            style = {"D": "bold yellow", "M": "bold cyan", "R": "bold green", "▼": "bold reverse", "◆": "magenta"}
            text.append(char, style=style.get(char, "dim"))
        text.append("\n")
        text.append(labels, style="dim")
        return text
