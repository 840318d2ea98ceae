"""A cap on log lines: a flood of refused requests must not fill the disk with one line each."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class LogLimit:
    """At most `lines` lines per `window` seconds; what is held back is counted and said once.

    Call `warning` to log through it, or put it on a logger as a filter (`logger.addFilter`)
    to cap what others log there (uvicorn's own lines, the connection guard's)."""

    lines: int = 20
    window: float = 10.0
    clock: Callable[[], float] = time.monotonic
    _started: float | None = None
    _written: int = 0
    _held: int = 0

    def _admit(self) -> tuple[bool, int]:
        """Whether one more line may go out now, and how many were held back in the window that just ended."""
        now = self.clock()
        ended = 0
        if self._started is None or now - self._started >= self.window:
            ended, self._started, self._written, self._held = self._held, now, 0, 0
        if self._written < self.lines:
            self._written += 1
            return True, ended
        self._held += 1
        return False, ended

    def warning(self, log: logging.Logger, message: str, *args: object) -> None:
        allowed, held = self._admit()
        if held:
            log.warning("%d more refused requests were not logged in %.0f s", held, self.window)
        if allowed:
            log.warning(message, *args)

    def filter(self, record: logging.LogRecord) -> bool:
        """As a logger's filter: the same cap; the first line after a window that held some back
        says how many."""
        allowed, held = self._admit()
        if allowed and held:
            record.msg = f"{record.getMessage()} ({held} more lines were not logged in {self.window:.0f} s)"
            record.args = ()
        return allowed
