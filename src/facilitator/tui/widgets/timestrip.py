"""A picture of the incident in time: events along an axis scaled to the terminal width."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any

from rich.text import Text
from textual.widget import Widget

from facilitator.model.event import event_time
from facilitator.model.session import Session

_DECISION_POINT = attrgetter("decision_point")
MARK_STYLES = {"D": "bold yellow", "M": "bold cyan", "R": "bold green", "▼": "bold reverse", "◆": "magenta"}


@dataclass(frozen=True)
class StripAxis:
    """The axis without the walk cursor: ticks, D/M/R marks, time labels, and the scale."""

    ticks: str
    labels: str
    start: datetime
    seconds_per_column: float
    width: int

    def column(self, at: datetime) -> int:
        return min(self.width - 1, int((at - self.start).total_seconds() / self.seconds_per_column))


def strip_axis(session: Session, width: int) -> StripAxis | None:
    """Ticks where events fall (◆ where a decision point does), D/M/R for detected, mitigated and
    resolved. Linear in the number of columns, not of events: each column asks the sorted
    timeline, by bisection, whether any event falls in its slice of time."""
    events = session.timeline
    if not events or width < 10:
        return None
    marks = {"D": session.detected_at, "M": session.mitigated_at, "R": session.resolved_at}
    known = [at for at in marks.values() if at is not None]
    start = min([events[0].at, *known])
    end = max([events[-1].at, *known])
    per_column = max((end - start).total_seconds(), 1.0) / (width - 1)
    bounds = [
        bisect.bisect_left(events, start + timedelta(seconds=per_column * c), key=event_time) for c in range(width)
    ]
    bounds.append(len(events))
    axis = ["┼" if bounds[c] < bounds[c + 1] else "─" for c in range(width)]
    scale = StripAxis("", "", start, per_column, width)
    for event in filter(_DECISION_POINT, events):
        axis[scale.column(event.at)] = "◆"
    for letter, at in marks.items():
        if at is not None:
            axis[scale.column(at)] = letter
    first, last = start.strftime("%H:%M UTC"), end.strftime("%H:%M UTC")
    if start.date() != end.date():
        first, last = start.strftime("%m-%d %H:%M"), end.strftime("%m-%d %H:%M UTC")
    labels = (first + last.rjust(max(0, width - len(first))))[:width]
    return StripAxis("".join(axis), labels, start, per_column, width)


def with_cursor(axis: StripAxis, session: Session, walk_index: int | None) -> str:
    if walk_index is None or not 0 <= walk_index < len(session.timeline):
        return axis.ticks
    column = axis.column(session.timeline[walk_index].at)
    return axis.ticks[:column] + "▼" + axis.ticks[column + 1 :]


class TimeStrip(Widget):
    """D = detected, M = mitigated, R = resolved, ◆ = decision point, ▼ = where the walk is.

    The axis is kept until the timeline, the marks or the width change, so moving the cursor
    through 20,000 events only moves the ▼."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.session: Session | None = None
        self.walk_index: int | None = None
        self._axis: tuple[tuple[object, ...], tuple[object, ...], StripAxis | None] | None = None
        self._last_drawn: tuple[StripAxis | None, int | None] | None = None

    def show(self, session: Session, walk_index: int | None) -> None:
        """Show `session` with ▼ on event `walk_index`; redrawn only if that changes the picture
        (the cursor moving among the events of one column, as it mostly does, does not)."""
        self.session, self.walk_index = session, walk_index
        drawn = self._drawn(session, walk_index)
        if drawn != self._last_drawn:
            self._last_drawn = drawn
            self.refresh()

    def _drawn(self, session: Session, walk_index: int | None) -> tuple[StripAxis | None, int | None]:
        """What the strip draws: the axis, and the column of ▼ on it."""
        axis = self._current_axis(session, max(0, self.size.width - 2))
        if axis is None or walk_index is None or not 0 <= walk_index < len(session.timeline):
            return axis, None
        return axis, axis.column(session.timeline[walk_index].at)

    def _current_axis(self, s: Session, width: int) -> StripAxis | None:
        key = (s.detected_at, s.mitigated_at, s.resolved_at, width)
        if self._axis is None or self._axis[0] is not s.timeline or self._axis[1] != key:
            self._axis = (s.timeline, key, strip_axis(s, width))
        return self._axis[2]

    def render(self) -> Text:
        if self.session is None:
            return Text("")
        axis = self._current_axis(self.session, max(0, self.size.width - 2))
        if axis is None:
            return Text("No events yet: press a to add one, or i to import a timeline.", style="dim")
        text = Text(no_wrap=True)
        for char in with_cursor(axis, self.session, self.walk_index):
            text.append(char, style=MARK_STYLES.get(char, "dim"))
        text.append("\n")
        text.append(axis.labels, style="dim")
        return text
