"""The review screen: agenda strip, pane bar, the panes, the script to read aloud, the footer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import ContentSwitcher, OptionList, Static

from facilitator.checks.async_steps import due_step
from facilitator.model.clock import ClockState
from facilitator.model.session import Session
from facilitator.review import Change, Review
from facilitator.store.view_state import ViewState
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.live_share import LiveShareMixin
from facilitator.tui.messages import ViewChanged
from facilitator.tui.panes import PANE_ENTRIES, PANE_FOR_TIMEBOX, PANES, pane_class
from facilitator.tui.panes.base import Pane
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import display_safe, literal, one_line
from facilitator.tui.widgets.agenda import AgendaStrip, slot_text
from facilitator.tui.widgets.footer import KeysFooter
from facilitator.tui.widgets.hands_bar import HandsBar
from facilitator.tui.widgets.pane_bar import PaneBar

P = TypeVar("P", bound=Pane)

CLOCK_FIELDS = frozenset({"clock", "layout"})
CHROME_FIELDS = frozenset({"title", "severity", "status", "incident_id", "clock", "layout"})
"""What the title bar, pane bar and script show."""


def script_text(session: Session) -> Text:
    box = session.current_timebox
    text = Text()
    text.append(f"Read aloud · {one_line(box.title)}\n", style="bold underline")
    text.append_text(literal(" ".join(box.script.split())))
    if box.prompts:
        text.append("\n\nAsk the room\n", style="bold underline")
        for prompt in box.prompts:
            text.append("• ")
            text.append_text(literal(prompt))
            text.append("\n")
    return text


def first_pane(session: Session, view: ViewState | None) -> str:
    """The pane in front on opening: where the facilitator left it (`view`), else the pane of
    the current timebox."""
    if view is not None and view.pane in PANE_ENTRIES:
        return view.pane
    return PANE_FOR_TIMEBOX.get(session.current_timebox.kind, PANES[0].pane_id)


class ReviewScreen(LiveShareMixin, Screen[None]):
    BINDING_GROUP_TITLE = "Agenda, clock and panes"

    current_pane: var[str] = var(PANES[0].pane_id)
    """The pane in front (the pane bar shows it)."""

    BINDINGS = [
        Binding("S", "share", "Share", show=False, id="share", tooltip="Serve the live page and show every link"),
        Binding("I", "inbox", "Inbox", show=False, id="inbox", tooltip="What participants sent: accept or decline"),
        Binding(
            "O",
            "live_settings",
            "Live page settings",
            show=False,
            id="live.settings",
            tooltip="Host, port, public URL, TLS, proxy (remembered)",
        ),
        Binding("space", "toggle_clock", "Clock", id="clock.toggle", tooltip="Start or pause the agenda clock"),
        Binding(
            "plus,equals_sign",
            "extend",
            "+5 min",
            show=False,
            id="clock.extend",
            tooltip="Give the current timebox five more minutes",
        ),
        Binding(
            "minus",
            "take_from_later",
            "-5 min later",
            show=False,
            id="clock.take",
            tooltip="Take the extra five minutes from later timeboxes",
        ),
        Binding("right_square_bracket", "next_box", "Next box", id="clock.next", tooltip="Move on to the next timebox"),
        Binding(
            "left_square_bracket",
            "previous_box",
            "Prev box",
            show=False,
            id="clock.previous",
            tooltip="Go back to the previous timebox",
        ),
        Binding("g", "jump_box", "Go to box", show=False, id="clock.jump", tooltip="Go to any timebox of the agenda"),
        Binding("p", "park", "Park", id="park", tooltip="Park a side topic in the parking lot"),
        Binding(
            "s",
            "toggle_script",
            "Script",
            show=False,
            id="script.toggle",
            tooltip="Show or hide the script to read aloud",
        ),
        Binding(
            "f5",
            "present",
            "Presentation mode",
            show=False,
            id="present",
            tooltip="Big clock and event for the shared screen",
        ),
        Binding("ctrl+z", "undo", "Undo", show=False, id="undo"),
        Binding("ctrl+y", "redo", "Redo", show=False, id="redo"),
        Binding("ctrl+s", "save", "Save", show=False, id="save"),
        Binding("ctrl+e", "export", "Export", show=False, id="export"),
        Binding("ctrl+r", "report", "Report across reviews", show=False, id="report"),
        *[
            Binding(str(number), f"show_pane('{pane.pane_id}')", pane.title, show=False, id=f"pane.{pane.pane_id}")
            for number, pane in enumerate(PANES, start=1)
        ],
    ]

    def __init__(self, first_pane: str = PANES[0].pane_id, view: ViewState | None = None) -> None:
        super().__init__()
        self.current_pane = first_pane
        self._view_to_restore = view
        self._last_state: ClockState | None = None
        self._last_box = -1

    @classmethod
    def for_session(cls, session: Session, view: ViewState | None = None) -> ReviewScreen:
        """Opening where the facilitator left it (`view`), else on the pane of the current timebox."""
        return cls(first_pane(session, view), view)

    def view_state(self) -> ViewState:
        """The pane in front, and walk mode and the cursor of the timeline if it was ever shown."""
        switcher = self.query_one(ContentSwitcher)
        if not switcher.query("#timeline"):
            return ViewState(self.current_pane)
        from facilitator.tui.panes.timeline import TimelinePane

        timeline = self.pane("timeline")
        assert isinstance(timeline, TimelinePane)
        event = timeline.view.current
        return ViewState(self.current_pane, timeline.walking, event.id if event else None)

    async def _restore_view(self, view: ViewState) -> None:
        """Put the timeline's cursor (and the walk) back where they were left."""
        if view.event_id is None and not view.walking:
            return
        await self._build_pane("timeline")
        from facilitator.tui.panes.timeline import TimelinePane

        timeline = self.pane("timeline")
        assert isinstance(timeline, TimelinePane)
        if timeline.stale:
            timeline.refresh_pane()
        timeline.restore(view.event_id, view.walking)

    app = getters.app(ReviewApp)

    @property
    def review(self) -> Review:
        return self.app.active_review

    @property
    def session(self) -> Session:
        return self.review.session

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        yield HandsBar(id="hands")
        yield Static(id="banner")
        yield AgendaStrip()
        yield PaneBar([(pane.pane_id, pane.title) for pane in PANES], id="panebar").data_bind(
            current=ReviewScreen.current_pane
        )
        with Horizontal():
            with ContentSwitcher(initial=self.current_pane):
                yield pane_class(self.current_pane)(id=self.current_pane)  # the others on first use
            with VerticalScroll(id="script"):
                yield Static(id="script-text")
        yield KeysFooter(compact=True)

    async def on_mount(self) -> None:
        self._last_box = self.session.clock.current
        await self.action_show_pane(self.current_pane)
        if self._view_to_restore is not None:
            await self._restore_view(self._view_to_restore)
            self._view_to_restore = None
        self._redraw_chrome()
        self.app.session_changed.subscribe(self, self.show_change)
        self.watch(self.app, "save_error", self.show_banner, init=False)
        self.tick()
        self.set_interval(1.0, self.tick)  # the clock: time left moves every second

    def on_resize(self) -> None:
        self.set_class(self.size.width >= 140, "wide")
        self.call_after_refresh(self._hint_script)
        self.call_after_refresh(self._highlights_in_view)

    def _highlights_in_view(self) -> None:
        """After a resize, each list of the pane on show keeps its highlighted row in view
        (the timeline keeps its cursor by itself)."""
        for options in self.pane(self.current_pane).query(OptionList):
            if options.highlighted is not None:
                options.scroll_to_highlight()

    def _hint_script(self) -> None:
        """Where the script panel is hidden, the clock line says how to show it."""
        strip = self.query_one(AgendaStrip)
        strip.hint = "" if self.query_one("#script").display else "s: script"
        strip.refresh()

    # -- drawing ------------------------------------------------------------------------

    def unbuilt_panes(self) -> list[tuple[str, type[Pane]]]:
        """Panes not shown yet, for the help and the palette to list their keys (their modules
        are imported now, if they were not yet)."""
        built = {pane.PANE_ID for pane in self.query(Pane)}
        return [(pane.pane_id, pane.load()) for pane in PANES if pane.pane_id not in built]

    def pane(self, pane_id: str) -> Pane:
        return self.query_one(f"#{pane_id}", Pane)

    def _redraw_chrome(self) -> None:
        s = self.session
        top = Text(no_wrap=True, overflow="ellipsis")
        top.append(f"{s.severity.value} ", style="bold red")
        top.append(f"{s.status.value.upper()} ", style="bold reverse" if s.status.value == "live" else "bold")
        top.append(" ")
        top.append(one_line(s.title), style="bold")
        if s.incident_id:
            top.append(f" · {one_line(s.incident_id)}", style="dim")
        self.query_one("#topbar", Static).update(top)
        self.query_one("#script-text", Static).update(script_text(s))
        self.show_banner()

    def show_banner(self) -> None:
        review = self.review
        message = ""
        if review.read_only and review.file is not None:
            message = f"READ-ONLY: {review.file.read_only_reason}. Changes are not possible here."
        elif self.app.save_error is not None:
            path = review.file.path if review.file is not None else ""
            why = str(self.app.save_error).removeprefix(f"{path}: ").removeprefix("not saved: ")
            message = f"NOT SAVED: {why} Edits are kept in memory; Ctrl+S retries."
        for banner in self.query("#banner").results(Static):  # none once the app is closing
            banner.update(Text(display_safe(message)))
            banner.set_class(bool(message), "shown")

    def tick(self) -> None:
        now = self.app.now()
        s = self.session
        self.query_one(AgendaStrip).show(s.layout, s.clock, now, due_step(s, now))
        self._notify_clock(now)
        self.pane(self.current_pane).tick(now)

    def _notify_clock(self, now: datetime) -> None:
        state = self.session.clock.state(now)
        if state is not self._last_state and self._last_state is not None:
            title = self.session.current_timebox.title
            if state is ClockState.WARNING:
                self.app.notify(f"Two minutes left in {title}.", title="Timebox", markup=False)
            elif state is ClockState.OVERRUN and self._last_state in (ClockState.RUNNING, ClockState.WARNING):
                self.app.notify(
                    f"Time is up for {title}: move on (]) or extend (+).",
                    title="Timebox",
                    severity="warning",
                    timeout=8,
                    markup=False,
                )
        self._last_state = state

    def show_change(self, change: Change) -> None:
        """Redraw what the change touched: visible pane now, hidden ones when shown."""
        if change.fields & CLOCK_FIELDS:
            self.tick()
            if self.session.clock.current != self._last_box:
                self._last_box = self.session.clock.current
                target = PANE_FOR_TIMEBOX.get(self.session.current_timebox.kind)
                if target:
                    self.call_later(self.action_show_pane, target)
        if change.fields & CHROME_FIELDS:
            self._redraw_chrome()
        for pane in self.query(Pane):  # panes not built yet draw themselves when first shown
            if change.fields & pane.WATCHES:
                if self.current_pane == pane.PANE_ID:
                    pane.refresh_pane()
                else:
                    pane.stale = True

    # -- actions --------------------------------------------------------------------------

    async def _build_pane(self, pane_id: str) -> None:
        switcher = self.query_one(ContentSwitcher)
        if not switcher.query(f"#{pane_id}"):
            pane = pane_class(pane_id)(id=pane_id)
            pane.display = pane_id == switcher.current  # built behind the pane on show
            await switcher.mount(pane)

    async def action_present(self) -> None:
        """Presentation mode over this screen; the timeline pane is built so its events can be walked."""
        from facilitator.tui.screens.presentation import PresentationScreen

        await self._build_pane("timeline")

        def left(_: None) -> None:
            self.presenting = False

        self.presenting = True
        await self.app.push_screen(PresentationScreen(self.built_pane), left)

    def built_pane(self, kind: type[P]) -> P | None:
        """This screen's pane of `kind`, brought up to date, or None if it was never shown."""
        for pane in self.query(kind):
            if pane.stale:
                pane.refresh_pane()
            return pane
        return None

    async def action_show_pane(self, pane_id: str) -> None:
        """Bring a pane to the front, building it the first time it is shown."""
        switcher = self.query_one(ContentSwitcher)
        await self._build_pane(pane_id)
        self.current_pane = pane_id
        switcher.current = pane_id
        pane = self.pane(pane_id)
        if pane.stale:
            pane.refresh_pane()
        self.call_after_refresh(pane.focus_main)
        self.post_message(ViewChanged())

    def on_view_changed(self, message: ViewChanged) -> None:
        """Keep where the facilitator is as soon as it changes (see `view_keeper`)."""
        message.stop()
        if self._view_to_restore is None and self.review.file is not None:
            self.app.keep_view(self.review.file.path, self.view_state())

    async def on_pane_reveal(self, message: Pane.Reveal) -> None:
        """Show a pane with one of its items highlighted (the Debrief's flagged phrases jump here)."""
        await self.action_show_pane(message.pane_id)
        self.call_after_refresh(self.pane(message.pane_id).reveal, message.item)

    def _command(self, command: Callable[..., object], *args: object) -> object:
        return self.pane(self.current_pane).run(command, *args)

    def action_toggle_clock(self) -> None:
        self._command(self.review.toggle_clock, self.app.now())

    def action_extend(self) -> None:
        if self._command(self.review.extend_timebox, 5) is None:
            return
        self.app.notify(
            f"{self.session.current_timebox.title}: +5 minutes. {slot_text(self.session.layout, self.session.clock, self.app.now())}."
            " Press - to take them from the later timeboxes instead.",
            timeout=8,
            markup=False,
        )

    def action_take_from_later(self) -> None:
        """Pay for the last five extra minutes with later timeboxes, so the meeting ends on time."""
        if self._command(self.review.take_from_later, 5) is not None:
            self.app.notify(
                f"5 minutes taken from the later timeboxes. {slot_text(self.session.layout, self.session.clock, self.app.now())}.",
                markup=False,
            )

    def action_next_box(self) -> None:
        self._command(self.review.next_timebox, self.app.now())

    def action_previous_box(self) -> None:
        self._command(self.review.previous_timebox, self.app.now())

    def action_jump_box(self) -> None:
        items = [
            (str(i), f"{i + 1}. {box.title} ({time.budget_seconds // 60} min)")
            for i, (box, time) in enumerate(zip(self.session.layout.timeboxes, self.session.clock.boxes, strict=True))
        ]

        def chosen(choice: str | None) -> None:
            if choice is not None:
                self._command(self.review.jump_timebox, int(choice), self.app.now())

        self.app.push_screen(PickDialog("Go to timebox", items, str(self.session.clock.current)), chosen)

    def action_park(self) -> None:
        from facilitator.tui.panes.parking import ParkedTopic

        def submit(topic: ParkedTopic) -> None:
            self.review.park(topic.text)
            self.app.notify("Parked. Triage it in the parking lot before the review closes.", markup=False)

        self.pane(self.current_pane).ask_form(
            f"Park a topic (raised in {self.session.current_timebox.title})", ParkedTopic(), submit
        )

    def action_toggle_script(self) -> None:
        """Beside the panes where there is room; elsewhere over them, never squeezed."""
        if not self.has_class("wide"):
            from facilitator.tui.dialogs.text_view import ScriptViewScreen

            title = f"Script · {self.session.current_timebox.title} (s or Escape closes)"
            self.app.push_screen(ScriptViewScreen(title, script_text(self.session)))
            return
        shown = self.query_one("#script").display
        self.set_class(shown, "script-hidden")
        self.set_class(not shown, "script-shown")
        self.call_after_refresh(self._hint_script)

    def action_undo(self) -> None:
        change = self.review.undo()
        self.app.notify(change.label if change else "Nothing to undo.", markup=False)

    def action_redo(self) -> None:
        change = self.review.redo()
        self.app.notify(change.label if change else "Nothing to redo.", markup=False)

    def action_save(self) -> None:
        """Save now, and say so: a facilitator pressing Ctrl+S wants to see that it worked."""
        review = self.review
        if review.read_only:
            self.app.notify("Read-only: this window saves nothing.", title="Not saved", markup=False)
        elif review.pending() is None:
            self.app.notify(
                f"Saved: {review.file.path.name if review.file else 'session'} is up to date.", markup=False
            )
        else:
            self.app.save_announced = True
            self.app.save_in_background()

    def action_report(self) -> None:
        from facilitator.tui.screens.report import ReportScreen

        if self.review.file is not None:
            self.app.push_screen(ReportScreen(self.review.file.path.parent))

    def action_export(self) -> None:
        from facilitator.tui.dialogs.export_dialog import export_dialog

        self.app.push_screen(export_dialog(self.app))
