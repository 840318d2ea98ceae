"""A timeline list that draws only the rows on screen (Line API), smooth at 20,000 events."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from facilitator.model.enums import EventKind
from facilitator.model.event import TimelineEvent
from facilitator.tui.text import one_line
from facilitator.tui.widgets.blame_hint import marked_line

KIND_LABEL = {
    EventKind.ALERT: "alert",
    EventKind.ACTION: "act",
    EventKind.DECISION: "decid",
    EventKind.COMMUNICATION: "comms",
    EventKind.OBSERVATION: "obs",
    EventKind.RESOLUTION: "resol",
}
KIND_STYLE = {
    EventKind.ALERT: "bold red",
    EventKind.DECISION: "bold magenta",
    EventKind.RESOLUTION: "bold green",
    EventKind.COMMUNICATION: "cyan",
}
WIDE_KIND_WIDTH = max(len(kind.value) for kind in EventKind)
"""On a wide screen the kind is spelt out (`decision`, `communication`)."""
ACTOR_WIDTH = 14
WIDE_ACTOR_WIDTH = 24
CACHE_ROWS = 120
"""Rows kept drawn: two screens (each drawn row holds Textual's caches, which the collector walks)."""


@dataclass
class TimelineRows:
    """What the list shows: events plus the marks that decorate them."""

    events: tuple[TimelineEvent, ...] = ()
    zone: tzinfo | None = None
    zone_label: str = "UTC"
    walk_index: int | None = None
    gap_ids: set[str] = field(default_factory=set)
    link_counts: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)
    """Notes and questions from the live page that wait in the inbox, by event id."""
    multi_day: bool = False
    actor_width: int = ACTOR_WIDTH

    @property
    def wide(self) -> bool:
        return self.actor_width == WIDE_ACTOR_WIDTH

    def kind_label(self, kind: EventKind) -> str:
        return kind.value.ljust(WIDE_KIND_WIDTH + 1) if self.wide else KIND_LABEL[kind].ljust(6)


def time_label(at: datetime, zone: tzinfo | None, multi_day: bool) -> str:
    local = at.astimezone(zone) if zone is not None else at
    return local.strftime("%m-%d %H:%M" if multi_day else "%H:%M")


def header_text(rows: TimelineRows) -> Text:
    time_width = 11 if rows.multi_day else 5
    line = Text(no_wrap=True)
    line.append("    ")
    line.append("UTC".ljust(time_width + 1))
    line.append(rows.zone_label[:time_width].ljust(time_width + 1))
    line.append("actor".ljust(rows.actor_width + 1))
    line.append("kind".ljust(WIDE_KIND_WIDTH + 1 if rows.wide else 6))
    line.append("what happened  (◆ decision point  ✉ sent, waiting  ✎ notes  ✱ corrected  ⚑ findings  ⋯ long gap)")
    line.stylize("bold")
    return line


def row_text(rows: TimelineRows, index: int) -> Text:
    """One event as a row. User text goes in as plain Text, never markup."""
    event = rows.events[index]
    line = Text(no_wrap=True, overflow="ellipsis", end="")
    line.append("▶" if index == rows.walk_index else " ", style="bold yellow")
    line.append("◆" if event.decision_point else " ", style="bold magenta")
    line.append("⋯" if event.id in rows.gap_ids else " ", style="bold red")
    line.append(" ")
    line.append(time_label(event.at, None, rows.multi_day) + " ", style="bold")
    line.append(time_label(event.at, rows.zone, rows.multi_day) + " ", style="dim")
    actor = one_line(event.actor)
    if len(actor) > rows.actor_width:
        actor = actor[: rows.actor_width - 1] + "…"
    line.append(actor.ljust(rows.actor_width) + " ", style="italic")
    line.append(rows.kind_label(event.kind), style=KIND_STYLE.get(event.kind, ""))
    waiting = rows.waiting.get(event.id)
    if waiting:
        line.append(f"✉{waiting} ", style="bold yellow")
    marks = []
    if event.notes:
        marks.append(f"✎{len(event.notes)}")
    if event.corrections:
        marks.append("✱")
    links = rows.link_counts.get(event.id)
    if links:
        marks.append(f"⚑{links}")
    if marks:
        line.append(" ".join(marks) + " ", style="bold cyan")
    line.append_text(marked_line(event.text, limit=2000))
    return line


class TimelineView(ScrollView, can_focus=True):
    """Scrollable event list with a cursor. Renders rows lazily with `render_line`."""

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="timeline.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="timeline.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="timeline.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="timeline.page_down"),
        Binding("home", "edge(0)", "First", show=False, id="timeline.first"),
        Binding("end", "edge(1)", "Last", show=False, id="timeline.last"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class CursorMoved(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows = TimelineRows()
        self._cache: OrderedDict[tuple[int, bool, int], tuple[tuple[object, ...], Strip]] = OrderedDict()
        """Drawn rows by (index, selected, width), each with what it was drawn from (`_drawn_from`)."""

    # -- data ------------------------------------------------------------------------

    def show(self, rows: TimelineRows) -> None:
        """Show `rows`; a row drawn before from the same event and marks is not drawn again (an edit
        changes one row), and the cursor stays put unless its event is gone."""
        if (rows.zone, rows.multi_day, rows.actor_width) != (
            self.rows.zone,
            self.rows.multi_day,
            self.rows.actor_width,
        ):
            self._cache.clear()
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows.events))
        if rows.events and self.cursor >= len(rows.events):
            self.cursor = len(rows.events) - 1
        self.refresh()

    def _drawn_from(self, index: int) -> tuple[object, ...]:
        """What row `index` shows: its event and the marks beside it."""
        rows, event = self.rows, self.rows.events[index]
        return (
            event,
            index == rows.walk_index,
            event.id in rows.gap_ids,
            rows.link_counts.get(event.id),
            rows.waiting.get(event.id),
        )

    @property
    def current(self) -> TimelineEvent | None:
        events = self.rows.events
        return events[self.cursor] if events and 0 <= self.cursor < len(events) else None

    def set_walk(self, index: int | None) -> None:
        """Put the “we are here” mark on row `index` (None hides it)."""
        self.rows.walk_index = index
        self.refresh()

    # -- cursor ----------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        if not self.rows.events:
            return
        self.cursor = max(0, min(index, len(self.rows.events) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_region_of(new)
        self.refresh()
        self.post_message(self.CursorMoved(new))

    def scroll_to_region_of(self, index: int) -> None:
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        self.move_to(len(self.rows.events) - 1 if end else 0)

    def on_click(self, event: events.Click) -> None:
        self.move_to(self.scroll_offset.y + event.y)

    # -- rendering ---------------------------------------------------------------------

    def on_resize(self) -> None:
        """Redraw at the new width, and keep the cursor's row in view at the new height."""
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.rows.events))
        self.call_after_refresh(self.scroll_to_region_of, self.cursor)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self.rows.events):
            return Strip.blank(width, self.rich_style)
        selected = index == self.cursor
        key = (index, selected, width)
        drawn_from = self._drawn_from(index)
        cached = self._cache.get(key)
        if cached is not None and cached[0] == drawn_from:
            strip = cached[1]
        else:
            text = row_text(self.rows, index)
            text.truncate(width, overflow="ellipsis", pad=True)
            style = self.rich_style + (Style(reverse=True) if selected and self.has_focus else Style(bold=selected))
            segments = [
                Segment(seg.text, style + seg.style if seg.style else style) for seg in text.render(self.app.console)
            ]
            strip = Strip(segments, width).crop(0, width)
            self._cache[key] = (drawn_from, strip)
            if len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        return strip

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()
