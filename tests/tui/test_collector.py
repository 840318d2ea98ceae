"""The collector is paused while a session is read, and what was read is kept out of its later walks."""

from __future__ import annotations

import gc

from facilitator.tui import collector


def test_reading_a_session_pauses_the_collector_then_freezes_what_was_read() -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.unfreeze()
    gc.enable()  # as the app runs (the command line's in-process tests may have turned it off)
    try:
        with collector.reading_session():
            assert not gc.isenabled()
            read = [{"event": n} for n in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(read)
        assert gc.get_threshold()[2] == collector.FULL_COLLECTION_EVERY
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()


def test_the_collector_comes_back_as_it_was_when_reading_fails() -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.disable()
    try:
        try:
            with collector.reading_session():
                raise OSError("unreadable")
        except OSError:
            pass
        assert not gc.isenabled()  # it was off before (as the command line keeps it): it stays off
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_a_collector_paused_for_start_up_runs_again_once_the_session_is_read() -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.enable()  # as `facilitator open` starts
    try:
        collector.pause_for_start_up()
        assert not gc.isenabled()
        with collector.reading_session():
            assert not gc.isenabled()
        assert gc.isenabled()
        collector.start_up_done()  # the first screen after it changes nothing
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()


def test_a_collector_paused_for_start_up_runs_again_when_the_first_screen_reads_no_session() -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.unfreeze()
    gc.enable()
    try:
        collector.pause_for_start_up()
        made = [{"widget": n} for n in range(1000)]
        collector.start_up_done()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)
        assert gc.get_threshold()[2] == collector.FULL_COLLECTION_EVERY
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()


def test_start_up_done_leaves_alone_a_collector_it_did_not_pause() -> None:
    enabled = gc.isenabled()
    gc.disable()  # as a one-shot command of the command line keeps it
    try:
        collector.start_up_done()
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()
