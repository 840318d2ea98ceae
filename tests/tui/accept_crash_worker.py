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

from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import load_session
from tests.tui.live_sessions import inbox_app

TOPIC = "Who owns the pool size defaults?"


def hold_back(order: str) -> None:
    if order == "decision-first":
        import facilitator.tui.autosave

        facilitator.tui.autosave.AUTOSAVE_DELAY = 3600.0  # the save never comes before the kill
    else:
        Inbox.decide = lambda self, decision: threading.Event().wait()  # type: ignore[method-assign]


def written(order: str, session_file: Path) -> bool:
    if order == "decision-first":
        return bool(Inbox(inbox_path(session_file)).read().decisions)
    return any(TOPIC in item.text for item in load_session(session_file).parking)


async def main(order: str, folder: Path) -> None:
    hold_back(order)
    app = inbox_app(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        while app.review is None or not app.review.waiting.pending:
            await pilot.pause(0.05)
        await pilot.press("I", "down", "down", "down")
        assert app.screen.items[3].text == TOPIC  # type: ignore[attr-defined]
        await pilot.press("a")
        while not written(order, folder / "checkout.json"):
            await pilot.pause(0.02)
        print("accepted", flush=True)
        await asyncio.Event().wait()  # until SIGKILL


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2])))
