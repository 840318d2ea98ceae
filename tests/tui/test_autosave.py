"""Autosave runs off the event loop; a failed save is shown, editing goes on, a retry works."""

from __future__ import annotations

import errno
from pathlib import Path

from textual.widgets import Input

from facilitator.store.session_file import SessionFile, load_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.screen_text import notices, screen_text, wait_for_text, wait_until


async def test_an_edit_reaches_the_file_without_quitting(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "d")
        await wait_until(pilot, lambda: not app.active_review.dirty, "the autosave (0.5 s after an edit)")
        await app.workers.wait_for_complete()
        assert load_session(session_file).timeline[0].decision_point
        assert not app.active_review.dirty


async def test_a_failed_save_is_shown_and_a_retry_saves(session_file: Path, clock, monkeypatch) -> None:
    real_save = SessionFile.save

    def disk_full(self, session, now):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SessionFile, "save", disk_full)
    good = session_file.read_bytes()
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2", "d")
        shown = await wait_for_text(pilot, "NOT SAVED")  # the autosave runs 0.5 s after an edit
        assert "NOT SAVED" in shown and "No space left on device" in shown
        assert any("Your edits are kept in memory; Ctrl+S retries." in n for n in notices(app))
        assert session_file.read_bytes() == good
        await pilot.press("n")  # editing goes on in memory
        app.screen.query_one("#f-text", Input).value = "still editing"
        await pilot.press("enter")
        assert app.active_review.session.timeline[0].notes == ("still editing",)

        monkeypatch.setattr(SessionFile, "save", real_save)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "NOT SAVED" not in screen_text(app)
    saved = load_session(session_file)
    assert saved.timeline[0].decision_point and saved.timeline[0].notes == ("still editing",)


async def test_a_save_finishing_while_the_app_closes_never_raises(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "d")
    assert not app.screen_stack  # closed: every screen is gone
    app.show_save_state(None)  # what a save worker's SaveFinished runs when it lands now
    app.show_save_state(OSError(errno.ENOSPC, "No space left on device"))
    assert app.save_error is not None


def test_each_app_saves_under_its_own_lock(session_file: Path, clock) -> None:
    first, second = (
        FacilitatorApp(session_path=session_file, now=clock),
        FacilitatorApp(session_path=session_file, now=clock),
    )
    with first._save_lock:  # a slow save in one app never holds up another's
        assert second._save_lock.acquire(blocking=False)
        second._save_lock.release()
