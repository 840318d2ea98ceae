"""Debounced autosave: a change schedules a save in a worker thread, never on the event loop.

A failed save is shown (a banner and a notification) and retried on the next change or on
Ctrl+S; editing goes on in memory meanwhile.
"""

from __future__ import annotations

import threading

from textual import work

AUTOSAVE_DELAY = 0.5
"""Seconds after the first change of a burst; every edit is on disk within a second."""


class AutosaveMixin:
    """For the App: needs `self.review`, `self.now()` and `self.show_save_state(error)`."""

    _save_timer = None
    _save_lock = threading.Lock()

    def schedule_save(self) -> None:
        if self._save_timer is None:
            self._save_timer = self.set_timer(AUTOSAVE_DELAY, self._timer_fired)

    def _timer_fired(self) -> None:
        self._save_timer = None
        self.save_in_background()

    @work(thread=True, group="autosave", exit_on_error=False)
    def save_in_background(self) -> None:
        error: Exception | None = None
        with self._save_lock:
            pending = self.review.pending() if self.review else None
            if pending is None:
                return
            try:
                self.review.write(*pending, now=self.now())
            except Exception as problem:  # whatever it is, the user must see it and can retry
                error = problem
        # Outside the lock: the event loop may be waiting for it in save_blocking (at exit),
        # and would then never run this call.
        self.call_from_thread(self.show_save_state, error)

    def save_blocking(self) -> Exception | None:
        """Save now on the calling thread (at exit). Returns the error, if any (never raises)."""
        with self._save_lock:
            if self.review is None:
                return None
            try:
                self.review.save_now(self.now())
            except Exception as error:
                return error
        return None
