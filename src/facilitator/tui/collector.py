"""How the app keeps Python's cyclic garbage collector from stalling the screen with a long session.

A full collection walks every object the collector tracks; with 20,000 events loaded that took
50–80 ms, on the event loop or in the autosave's thread (which holds the interpreter meanwhile),
every few seconds of editing. So the collector is paused while a session is read (reading
makes objects that live on), what was read is then frozen out of its walks, and full
collections come ten times rarer: the young generations still free short-lived cycles as
often as before. The app's start-up is the same case: the modules, styles and widgets it
makes live as long as the window, and full collections during it (about 40 ms each with
Textual loaded) only delay the first screen, so `facilitator open` pauses the collector from
its start until the first screen stands: the review screen of the session read, the screen that
says why it could not be, or the picker.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

FULL_COLLECTION_EVERY = 100
"""Collections of the middle generation before a full one (Python's default is 10)."""


_START_UP: set[str] = set()
"""Holds "paused" while the collector is off for the app's start-up (`pause_for_start_up`)."""


def pause_for_start_up() -> None:
    """No collection from here until the app's first screen stands (`start_up_done`)."""
    if gc.isenabled():
        gc.disable()
        _START_UP.add("paused")


def start_up_done() -> None:
    """The first screen stands: the collector runs again, what start-up made kept out of its walks."""
    if "paused" in _START_UP:
        _START_UP.discard("paused")
        _keep_out_of_walks()
        gc.enable()


def _keep_out_of_walks() -> None:
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


@contextmanager
def reading_session() -> Iterator[None]:
    """No collection while the block reads a session; then what it read, which lives as long as
    the window, is kept out of every later collection's walk, and full collections become rarer.
    A collector paused for start-up stays paused until the screen showing the session stands."""
    was_enabled = gc.isenabled()  # off while paused for start-up: `start_up_done` turns it on
    gc.disable()
    try:
        yield
    finally:
        _keep_out_of_walks()
        if was_enabled:
            gc.enable()
