"""Snapshots of the import dialog at 80x24 and 200x50: a pasted Zoom chat, previewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.tui.dialogs.import_dialog import ImportDialog
from tests.tui.test_snapshots_main import SIZES, make_app

ZOOM_PASTE = (
    "no time on this line\n"
    "23:41:07 From Ana Ops to Everyone:\n\tcheckout error rate is climbing\n"
    "23:43:02 From Bo Dev to Ana Ops(Direct Message):\n\tsorry\n"
    "23:47:15 From Cy Comms to Everyone:\n\tstatus page posted: investigating\n"
    "00:30:40 From Ana Ops to Everyone:\n\tResolved: [bold]error rate back[/bold]\n"
)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_import_dialog_previewing_a_pasted_chat(snap_compare, tmp_path: Path, size) -> None:
    async def paste_and_preview(pilot) -> None:
        await pilot.pause()  # the first screen is up
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("i")
        for _ in range(20):  # the dialog is pushed a few frames later on a busy machine
            if isinstance(pilot.app.screen, ImportDialog):
                break
            await pilot.pause()
        pilot.app.screen.query_one("#paste").text = ZOOM_PASTE
        await pilot.press("ctrl+r")
        await pilot.app.workers.wait_for_complete()
        for _ in range(40):  # the worker's result arrives as a message, a few frames later when busy
            if pilot.app.screen.result is not None:
                break
            await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(tmp_path), terminal_size=size, run_before=paste_and_preview)
