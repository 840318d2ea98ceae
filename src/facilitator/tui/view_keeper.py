"""Where the facilitator is (pane, walk, timeline cursor) is written as soon as it changes, so a
crash or a killed terminal reopens at the same place, not at the last clean quit.

The write runs in a thread worker; a burst of changes (the cursor held down) coalesces: while one
write is under way, only the latest place waits for the next.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App

from facilitator.store.view_state import ViewState


class ViewKeeperMixin(App[Any]):
    """`keep_view(path, view)`: remember `view` for the session at `path`, off the event loop."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._view_lock = threading.Lock()
        self._view_waiting: tuple[Path, ViewState] | None = None
        self._view_writing = False
        self._view_kept: tuple[Path, ViewState] | None = None

    def keep_view(self, path: Path, view: ViewState) -> None:
        with self._view_lock:
            if (path, view) == self._view_kept and self._view_waiting is None:
                return
            self._view_waiting = (path, view)
            if self._view_writing:
                return  # the writer at work takes it next
            self._view_writing = True
        self._write_views()

    @work(thread=True, exit_on_error=False, group="view")
    def _write_views(self) -> None:
        from facilitator.store.view_state import save_view

        while True:
            with self._view_lock:
                waiting, self._view_waiting = self._view_waiting, None
                if waiting is None:
                    self._view_writing = False
                    return
            try:
                save_view(*waiting)
            except Exception:  # losing the place is harmless; it must never stop the meeting
                continue
            with self._view_lock:
                self._view_kept = waiting
