"""How the app keeps Python's cyclic garbage collector from stalling the screen with a long session.

A full collection walks every object the collector tracks; with 20,000 events loaded that took
50–80 ms, on the event loop or in the autosave's thread (which holds the interpreter meanwhile),
every few seconds of editing. So the collector is paused while a session is read (reading
makes objects that live on), what was read is then frozen out of its walks, and full
collections come ten times rarer: the young generations still free short-lived cycles as
often as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

FULL_COLLECTION_EVERY = 100
"""Collections of the middle generation before a full one (Python's default is 10)."""


@contextmanager
def reading_session() -> Iterator[None]:
    """No collection while the block reads a session; then what it read, which lives as long as
    the window, is kept out of every later collection's walk, and full collections become rarer."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
        if was_enabled:
            gc.enable()
