"""The app as its screens, panes and dialogs see it.

`FacilitatorApp` (tui/app.py) opens sessions, autosaves and puts the screens up. Everything it
puts up reaches it through this class (`app = getters.app(ReviewApp)`), never by importing
tui/app.py, so the TUI reads as layers: the app, its screens, their panes, then dialogs and
widgets. Here are what they use: the open review, the clock, the keymap, the save state.

Changes flow one way. A command on the review changes the session; the app publishes the
`Change` (which top-level fields it replaced) on `session_changed`, a Textual `Signal`, and
whatever shows those fields subscribes to it and redraws. State a widget owns is a reactive
(`save_error` here; the current pane, the timeline cursor), watched by whoever shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.reactive import var
from textual.signal import Signal

if TYPE_CHECKING:  # the review loads in a worker, after the first frame
    from facilitator.review import Change, Review
    from facilitator.store.live_settings import LiveSettings
    from facilitator.store.view_state import ViewState

Now = Callable[[], datetime]


def wall_clock() -> datetime:
    return datetime.now(UTC)


class ReviewApp(App[int]):
    """An app with one review open at a time; `now` is injectable so tests drive the clock."""

    save_error: var[Exception | None] = var(None, init=False)
    """Why the last save failed, or None when the session is on disk (the review screen's banner)."""
    settings_file: Path
    """The user's settings (theme, export folder, live page), as the app was started with."""

    def __init__(self, now: Now = wall_clock) -> None:
        super().__init__()
        self.now = now
        self.review: Review | None = None
        """The open review; None until the session is read (see `active_review`)."""
        self.session_changed: Signal[Change] = Signal(self, "session-changed")
        """Published after every command on the review, with the fields it replaced."""
        self.save_announced = False
        """Ctrl+S asked for this save: say when it is on disk."""
        self.keymap: dict[str, str] = {}
        """The user's key remapping (binding id -> keys), as given to `set_keymap`."""
        self.export_folder: Path | None = None
        """Where the last export from the app went; the next one starts there."""
        from facilitator.store.live_settings import LiveSettings

        self.live_settings = LiveSettings()
        """Where the live page listens and the address its links use (O; shared with `serve`)."""

    @property
    def active_review(self) -> Review:
        """The open review: the review screen, its panes and dialogs exist only while there is one."""
        if self.review is None:
            raise RuntimeError("no session is open")
        return self.review

    def open_session_file(self, path: Path) -> None:
        """Show that the session at `path` is opening, and open it (or say why it cannot be)."""
        raise NotImplementedError

    def remember_export_folder(self, folder: Path) -> None:
        """The export dialog starts here next time, in this run and the next ones."""
        raise NotImplementedError

    def remember_live_settings(self, settings: LiveSettings) -> None:
        """The live page listens there from the next start on, here and for `facilitator serve`."""
        raise NotImplementedError

    def keep_view(self, path: Path, view: ViewState) -> None:
        """Remember where the facilitator is in the session at `path` (pane, walk, cursor)."""
        raise NotImplementedError

    def save_in_background(self) -> object:
        """Write what is pending in a worker thread; the outcome shows as the save state."""
        raise NotImplementedError
