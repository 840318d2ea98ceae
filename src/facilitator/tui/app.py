"""The Textual app: opens a session, owns the review, ticks the clock, autosaves."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

from facilitator.tui import collector
from facilitator.tui.autosave import AutosaveMixin
from facilitator.tui.key_order import KeyOrderMixin
from facilitator.tui.keymap import keymap_path, load_keymap
from facilitator.tui.messages import SaveFinished, SessionOpened, SessionRefused
from facilitator.tui.review_app import Now, ReviewApp, wall_clock
from facilitator.tui.theme import DEFAULT_THEME, HIGH_CONTRAST, THEME_CYCLE, THEME_NAMES
from facilitator.tui.view_keeper import ViewKeeperMixin

if TYPE_CHECKING:  # the review and the store load in a worker, after the first frame
    from facilitator.model.session import Session
    from facilitator.review import Change
    from facilitator.store.live_settings import LiveSettings
    from facilitator.tui.screens.review import ReviewScreen


class FacilitatorApp(KeyOrderMixin, ViewKeeperMixin, AutosaveMixin, ReviewApp):
    """Run an incident review: open the session, put the screens up, save every change."""

    TITLE = "facilitator"
    CSS_PATH = Path(__file__).with_name("app.tcss")

    BINDING_GROUP_TITLE = "Everywhere"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, id="app.quit", priority=True),
        Binding("ctrl+c", "quit", "Quit", show=False, id="app.quit_ctrl_c", priority=True),
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        Binding(
            "f2",
            "cycle_theme",
            "Theme",
            show=False,
            id="app.theme",
            tooltip="Switch to the next theme: dark, high contrast, light (remembered)",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "palette",
            show=False,
            priority=True,
            tooltip="Open the command palette",
            id="app.palette",
        ),
    ]

    def __init__(
        self,
        session_path: Path | None = None,
        sessions_folder: Path | None = None,
        now: Now = wall_clock,
        keymap_file: Path | None = None,
        notice: str = "",
        settings_file: Path | None = None,
    ) -> None:
        super().__init__(now)
        self.session_path = session_path
        self.sessions_folder = sessions_folder
        self.keymap_file = keymap_file if keymap_file is not None else keymap_path()
        from facilitator.store.user_settings import settings_path

        self.settings_file = settings_file if settings_file is not None else settings_path()
        self.notice = notice
        """Said once the session is open (the demo says its edits are thrown away)."""
        self.review_screen: ReviewScreen | None = None
        """The screen of the open review, once it is up (where the facilitator was is kept at quit)."""
        self.session_loaded = asyncio.Event()
        """Set once the session is open on screen, or refused with a problem screen."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice goes through `display_safe`: a name or a title in it (a right-to-left
        override, an escape code) is shown neutralised, whichever pane sent it."""
        from facilitator.tui.text import display_safe

        super().notify(
            display_safe(message), title=display_safe(title), severity=severity, timeout=timeout, markup=markup
        )

    # -- start-up ---------------------------------------------------------------------

    def on_mount(self) -> None:
        from facilitator.store.live_settings import read_live_settings
        from facilitator.store.user_settings import read_settings

        self.register_theme(HIGH_CONTRAST)
        settings, unusable = read_settings(self.settings_file)
        if unusable:
            self.notify(unusable, title="Settings", severity="warning", markup=False)
        saved = settings.get("theme", "")
        self.theme = saved if saved in THEME_CYCLE else DEFAULT_THEME
        if settings.get("export_folder"):
            self.export_folder = Path(settings["export_folder"])
        self.live_settings, unusable = read_live_settings(settings, str(self.settings_file))
        if unusable:
            self.notify(unusable, title="Live page settings", severity="warning", timeout=10, markup=False)
        keymap, problem = load_keymap(self.keymap_file)
        if keymap:
            self.keymap = keymap
            self.set_keymap(keymap)
            self._report_keymap_clashes(keymap)
        if problem:
            self.notify(problem, title="Keymap", severity="warning", markup=False)
        self._install_signal_handlers()
        if self.session_path is not None:
            self.open_session_file(self.session_path)
        else:
            from facilitator.store.paths import sessions_dir
            from facilitator.tui.screens.picker import PickerScreen

            self.push_screen(PickerScreen(self.sessions_folder or sessions_dir()))
            collector.start_up_done()

    def _report_keymap_clashes(self, keymap: dict[str, str]) -> None:
        """A key the keymap binds twice on one screen is named (one of the two would never run)."""
        from facilitator.tui.keymap import keymap_clashes
        from facilitator.tui.panes import PANES
        from facilitator.tui.screens.review import ReviewScreen

        shared = [*Binding.make_bindings(self.BINDINGS), *Binding.make_bindings(ReviewScreen.BINDINGS)]
        clashes = keymap_clashes(keymap, ([*shared, *Binding.make_bindings(pane.load().BINDINGS)] for pane in PANES))
        if clashes:
            self.notify(
                f"{self.keymap_file}: " + "; ".join(clashes) + ". Only one of each works; change one.",
                title="Keymap clash",
                severity="warning",
                timeout=12,
                markup=False,
            )

    def open_session_file(self, path: Path) -> None:
        """Show that the session is opening at once; read it (and load the model) in a worker."""
        from facilitator.tui.screens.loading import LoadingScreen

        self.session_loaded.clear()
        self.push_screen(LoadingScreen(path))
        self.call_after_refresh(self._load_session, path)  # let the first frame out before loading

    @work(thread=True, exit_on_error=False, group="open")
    def _load_session(self, path: Path) -> None:
        from facilitator.store.session_file import SessionFileError, open_session

        with collector.reading_session():
            try:
                file = open_session(path)
            except SessionFileError as error:
                self.post_message(SessionRefused(error))
                return
            except Exception as error:  # whatever it is, the loading screen must say so, never hang
                self.post_message(SessionRefused(SessionFileError(path, f"cannot be opened ({error})")))
                return
            from facilitator.store.view_state import load_view
            from facilitator.tui.panes import pane_class
            from facilitator.tui.screens.review import first_pane  # the screen and its first pane load here too

            view = load_view(path)
            pane_class(first_pane(file.session, view))
            _know_people(file.session)  # here too: the marks' word lists load off the event loop
        self.post_message(SessionOpened(file, view))

    async def on_session_refused(self, message: SessionRefused) -> None:
        from facilitator.tui.screens.problem import ProblemScreen

        error = message.error
        await self.switch_screen(ProblemScreen(str(error), error.path, error.backup))
        collector.start_up_done()
        self.session_loaded.set()

    async def on_session_opened(self, message: SessionOpened) -> None:
        from facilitator.model.derived import format_span
        from facilitator.review import Review
        from facilitator.tui.screens.review import ReviewScreen

        file = message.file
        self.review = Review(file.session, file)
        self.review.subscribe(self._on_change)
        closed = self.review.recover_clock(file.saved_at, self.now())
        self.review_screen = ReviewScreen.for_session(self.review.session, message.view)
        await self.switch_screen(self.review_screen)
        collector.start_up_done()
        self.session_loaded.set()
        if self.notice:
            self.notify(self.notice, timeout=10, markup=False)
        if file.read_only:
            self.notify(file.read_only_reason, title="Read-only", severity="warning", timeout=10, markup=False)
        if file.stale_lock is not None:
            self.notify(
                f"The lock left by {file.stale_lock.describe()}, which is no longer running, was taken "
                "over; nothing was lost.",
                title="Session recovered",
                timeout=10,
                markup=False,
            )
        if closed.total_seconds() >= 1:
            self.notify(
                f"The clock was paused for the {format_span(closed)} the app was closed; it is running again.",
                title="Clock resumed",
                timeout=10,
                markup=False,
            )

    def _install_signal_handlers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self._exit_on_signal)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass

    def _exit_on_signal(self) -> None:
        self.save_blocking()
        self._close_review()
        self.exit(0)

    # -- changes -----------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self.schedule_save()
        if "participants" in change.fields:
            _know_people(self.active_review.session)
        self.session_changed.publish(change)

    def on_save_finished(self, message: SaveFinished) -> None:
        self.show_save_state(message.error)

    def show_save_state(self, error: Exception | None) -> None:
        was_failing = self.save_error is not None
        self.save_error = error
        if not self.screen_stack:  # a save that finished while the app was closing: nothing to show it on
            return
        if error is not None:
            self.notify(
                f"{error} Your edits are kept in memory; Ctrl+S retries.",
                title="Save failed",
                severity="error",
                timeout=8,
                markup=False,
            )
        elif was_failing or self.save_announced:
            where = self.review.file.path.name if self.review and self.review.file else "the session"
            self.notify(f"Saved {where}." if not was_failing else "Saved again.", title="Saved", markup=False)
        self.save_announced = False

    # -- actions -------------------------------------------------------------------------

    async def action_quit(self) -> None:
        from facilitator.tui.dialogs.form import FormDialog
        from facilitator.tui.dialogs.pick import ConfirmDialog

        if isinstance(self.screen, FormDialog) and self.screen.typed:

            def answered_form(leave: bool | None) -> None:
                if leave:
                    self.call_later(self._quit_saving)

            self.push_screen(ConfirmDialog("Quit and lose what you typed in this form?"), answered_form)
            return
        await self._quit_saving()

    async def _quit_saving(self) -> None:
        error = self.save_blocking()
        if error is not None:
            from facilitator.tui.dialogs.pick import ConfirmDialog

            def answered(leave: bool | None) -> None:
                if leave:
                    self._close_review()
                    self.exit(1)

            self.push_screen(ConfirmDialog(f"{error}\n\nQuit anyway and lose unsaved edits?"), answered)
            return
        self._close_review()
        self.exit(0)

    def _close_review(self) -> None:
        if self.review is not None:
            self._remember_view()
            self.review.close()

    def _remember_view(self) -> None:
        """Keep the pane, walk mode and cursor for the next opening (at quit, like the last save)."""
        from facilitator.store.view_state import save_view

        screen = self.review_screen
        if self.review is None or self.review.file is None or screen is None or not screen.is_attached:
            return
        try:
            save_view(self.review.file.path, screen.view_state())
        except Exception:  # losing the place is harmless; it must never stop a quit
            return

    def on_unmount(self) -> None:
        """However the app ends, write what is pending and let go of the lock."""
        self.save_blocking()
        self._close_review()

    def action_help(self) -> None:
        from facilitator.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_cycle_theme(self) -> None:
        index = THEME_CYCLE.index(self.theme) if self.theme in THEME_CYCLE else -1
        self.theme = THEME_CYCLE[(index + 1) % len(THEME_CYCLE)]
        self.notify(f"Theme: {THEME_NAMES[self.theme]} (F2 switches; remembered for next time)", markup=False)
        self._remember({"theme": self.theme}, "Theme")

    def remember_export_folder(self, folder: Path) -> None:
        self.export_folder = folder
        self._remember({"export_folder": str(folder)}, "Export folder")

    def remember_live_settings(self, settings: LiveSettings) -> None:
        from facilitator.store.live_settings import live_settings_values

        self.live_settings = settings
        self._remember(live_settings_values(settings), "Live page settings")

    @work(thread=True, exit_on_error=False, group="settings")
    def _remember(self, values: dict[str, str], what: str) -> None:
        """Write settings off the event loop; if it fails, say so (they still hold until quit)."""
        from facilitator.store.user_settings import save_settings

        try:
            save_settings(self.settings_file, values)
        except OSError as error:  # a SaveError names the file and why
            self.call_from_thread(
                self.notify,
                f"{error} It is used until you quit.",
                title=f"{what} not remembered",
                severity="warning",
                markup=False,
            )

    # -- command palette -------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every binding of the screen and app with a description, plus Textual's own but its
        theme picker: F2 ("Theme (f2)" here) is the one theme switcher, over our themes only."""
        yield from (command for command in super().get_system_commands(screen) if command.title != "Theme")
        from facilitator.tui.bindings import palette_commands

        yield from palette_commands(self, screen)


def _know_people(session: Session) -> None:
    """Let the blameless marks know the session's participants ("mei forgot" names Mei)."""
    from facilitator.checks.blame_people import session_people  # the words alone: no checker loads
    from facilitator.tui.known_people import KNOWN

    KNOWN.people = session_people(session)
