"""Autosave runs off the event loop; a failed save is shown, editing goes on, a retry works."""

from __future__ import annotations

import errno
from pathlib import Path

from facilitator.store.session_file import SessionFile, load_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.screen_text import screen_text


async def test_an_edit_reaches_the_file_without_quitting(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "d")
        await pilot.pause(0.7)  # the autosave delay is 0.5 s
        await app.workers.wait_for_complete()
        assert load_session(session_file).timeline[0].decision_point
        assert not app.review.dirty


async def test_a_failed_save_is_shown_and_a_retry_saves(session_file: Path, clock, monkeypatch) -> None:
    real_save = SessionFile.save

    def disk_full(self, session, now):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SessionFile, "save", disk_full)
    good = session_file.read_bytes()
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2", "d")
        await pilot.pause(0.7)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "NOT SAVED" in screen_text(app) and "No space left on device" in screen_text(app)
        assert any(n.title == "Save failed" for n in app._notifications)
        assert session_file.read_bytes() == good
        await pilot.press("n")  # editing goes on in memory
        app.screen.query_one("#f-text").value = "still editing"
        await pilot.press("enter")
        assert app.review.session.timeline[0].notes == ("still editing",)

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
