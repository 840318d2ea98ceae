"""A cap on log lines: a flood of refused requests must not fill the disk with one line each."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class LogLimit:
    """At most `lines` lines per `window` seconds; what is held back is counted and said once."""

    lines: int = 20
    window: float = 10.0
    clock: Callable[[], float] = time.monotonic
    _started: float | None = None
    _written: int = 0
    _held: int = 0

    def warning(self, log: logging.Logger, message: str, *args: object) -> None:
        now = self.clock()
        if self._started is None or now - self._started >= self.window:
            if self._held:
                log.warning("%d more refused requests were not logged in %.0f s", self._held, self.window)
            self._started, self._written, self._held = now, 0, 0
        if self._written < self.lines:
            self._written += 1
            log.warning(message, *args)
        else:
            self._held += 1
