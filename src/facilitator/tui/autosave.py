"""Debounced autosave: a change schedules a save in a worker thread, never on the event loop.

A failed save is shown (a banner and a notification) and retried on the next change or on
Ctrl+S; editing goes on in memory meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from textual import work
from textual.message import Message
from textual.timer import Timer

from facilitator.tui.messages import SaveFinished

if TYPE_CHECKING:
    from facilitator.review import Review

AUTOSAVE_DELAY = 0.5
"""Seconds after the first change of a burst; every edit is on disk within a second."""


class AutosaveHost(Protocol):
    """What the mixin needs of the App it is mixed into."""

    review: Review | None
    _save_timer: Timer | None
    _save_lock: threading.Lock

    def now(self) -> datetime: ...
    def set_timer(self, delay: float, callback: Callable[[], Any]) -> Timer: ...
    def post_message(self, message: Message) -> bool: ...
    def save_in_background(self) -> object: ...
    def _timer_fired(self) -> None: ...


class AutosaveMixin:
    """For the App: needs `self.review` and `self.now()`; posts `SaveFinished` after each save.

    Each app has its own lock: one save at a time for its session, never waiting on another app's."""

    _save_timer: Timer | None = None
    _save_lock: threading.Lock

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._save_lock = threading.Lock()

    def schedule_save(self: AutosaveHost) -> None:
        if self._save_timer is None:
            self._save_timer = self.set_timer(AUTOSAVE_DELAY, self._timer_fired)

    def _timer_fired(self: AutosaveHost) -> None:
        self._save_timer = None
        self.save_in_background()

    @work(thread=True, group="autosave", exit_on_error=False)
    def save_in_background(self: AutosaveHost) -> None:
        error: Exception | None = None
        with self._save_lock:
            review = self.review
            pending = review.pending() if review else None
            if review is None or pending is None:
                return
            try:
                review.write(*pending, now=self.now())
            except Exception as problem:  # whatever it is, the user must see it and can retry
                error = problem
        self.post_message(SaveFinished(error))

    def save_blocking(self: AutosaveHost) -> Exception | None:
        """Save now on the calling thread (at exit). Returns the error, if any (never raises)."""
        with self._save_lock:
            if self.review is None:
                return None
            try:
                self.review.save_now(self.now())
            except Exception as error:
                return error
        return None
