"""A child process for the inbox's crash test; run as `python -m tests.tui.accept_crash_worker ORDER FOLDER`.

It opens the app (headless) on the inbox session in FOLDER, accepts the parking-lot topic
from the inbox, and says `accepted` once one of the two writes is on disk, holding the other
back so the parent's SIGKILL lands between them: ORDER `decision-first` holds the session's
save back (the inbox line is written), `session-first` holds the inbox line back (the session
is saved). Then it waits to be killed.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path

from facilitator.model.contribution import Decision
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import load_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.inbox import InboxScreen
from tests.tui.screen_text import on_top, wait_until
from tests.tui.tui_sessions import FakeClock, write_inbox_session

TOPIC = "Who owns the pool size defaults?"


def hold_back(order: str) -> None:
    if order == "decision-first":
        import facilitator.tui.autosave

        facilitator.tui.autosave.AUTOSAVE_DELAY = 3600.0  # the save never comes before the kill
    else:

        def never(self: Inbox, decision: Decision) -> None:
            threading.Event().wait()

        Inbox.decide = never  # type: ignore[method-assign]  # the inbox line held back until the kill


def written(order: str, session_file: Path) -> bool:
    if order == "decision-first":
        return bool(Inbox(inbox_path(session_file)).read().decisions)
    return any(TOPIC in item.text for item in load_session(session_file).parking)


async def main(order: str, folder: Path) -> None:
    hold_back(order)
    app = FacilitatorApp(session_path=write_inbox_session(folder), now=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.review is not None and bool(app.review.waiting.pending), "the inbox read")
        await pilot.press("I", "down", "down", "down")
        await wait_until(pilot, lambda: isinstance(app.screen, InboxScreen), "the inbox")
        assert on_top(app, InboxScreen).items[3].text == TOPIC
        await pilot.press("a")
        await wait_until(pilot, lambda: written(order, folder / "checkout.json"), "one of the two writes")
        print("accepted", flush=True)
        await asyncio.Event().wait()  # until SIGKILL


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2])))
