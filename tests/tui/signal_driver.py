"""Run the app headless, make one edit, say so, and wait to be killed by a signal.

Used by test_signals.py: argv is the session file; "ready" is written to stdout once the edit is made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facilitator.tui.app import FacilitatorApp


class EditingApp(FacilitatorApp):
    def on_ready(self) -> None:
        self.run_worker(self.edit_once_open())

    async def edit_once_open(self) -> None:
        await self.session_loaded.wait()
        self.active_review.park("parked just before the signal")
        os.write(1, b"ready\n")  # the process's own stdout: the app redirects print()


if __name__ == "__main__":
    EditingApp(session_path=Path(sys.argv[1])).run(headless=True)
