"""The collector is paused while a session is read (and while the app starts), and what was read
is kept out of its later walks."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.tui import collector
from facilitator.tui.app import FacilitatorApp


@pytest.fixture
def collector_state() -> Iterator[None]:
    """The collector as each test leaves it is put back as it was: on or off, thresholds, nothing frozen."""
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.unfreeze()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()
        else:
            gc.disable()


@pytest.mark.usefixtures("collector_state")
def test_reading_a_session_pauses_the_collector_then_freezes_what_was_read() -> None:
    gc.enable()  # as the app runs (the command line's in-process tests may have turned it off)
    with collector.reading_session():
        assert not gc.isenabled()
        read = [{"event": n} for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(read)
    assert gc.get_threshold()[2] == collector.FULL_COLLECTION_EVERY


@pytest.mark.usefixtures("collector_state")
def test_the_collector_comes_back_as_it_was_when_reading_fails() -> None:
    gc.disable()
    try:
        with collector.reading_session():
            raise OSError("unreadable")
    except OSError:
        pass
    assert not gc.isenabled()  # it was off before (as the command line keeps it): it stays off


@pytest.mark.usefixtures("collector_state")
def test_a_collector_paused_for_start_up_runs_again_once_the_screen_of_the_session_stands() -> None:
    gc.enable()  # as `facilitator open` starts
    collector.pause_for_start_up()
    assert not gc.isenabled()
    with collector.reading_session():
        read = [{"event": n} for n in range(1000)]
    assert not gc.isenabled()  # the review screen is still being built: no collection walks it
    assert gc.get_freeze_count() >= len(read)
    collector.start_up_done()  # the review screen stands
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_a_collector_paused_for_start_up_runs_again_when_the_first_screen_reads_no_session() -> None:
    gc.enable()
    collector.pause_for_start_up()
    made = [{"widget": n} for n in range(1000)]
    collector.start_up_done()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    assert gc.get_threshold()[2] == collector.FULL_COLLECTION_EVERY


@pytest.mark.usefixtures("collector_state")
def test_start_up_done_leaves_alone_a_collector_it_did_not_pause() -> None:
    gc.disable()  # as a one-shot command of the command line keeps it
    collector.start_up_done()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("broken", [False, True], ids=["review screen", "problem screen"])
async def test_the_app_runs_the_collector_again_once_its_first_screen_stands(
    session_file: Path, clock, broken: bool
) -> None:
    if broken:
        session_file.write_text("not json", encoding="utf-8")
    gc.enable()
    collector.pause_for_start_up()  # as `facilitator open` does
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)):
        await app.session_loaded.wait()
        assert gc.isenabled()
