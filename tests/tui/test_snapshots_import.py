"""Snapshots of the import dialog at 80x24 and 200x50: a pasted Zoom chat, previewed."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from facilitator.tui.dialogs.import_dialog import ImportDialog
from tests.tui.screen_text import on_top, wait_until
from tests.tui.tui_sessions import build_session

SIZES = [(80, 24), (200, 50)]
ZOOM_PASTE = (
    "no time on this line\n"
    "23:41:07 From Ana Ops to Everyone:\n\tcheckout error rate is climbing\n"
    "23:43:02 From Bo Dev to Ana Ops(Direct Message):\n\tsorry\n"
    "23:47:15 From Cy Comms to Everyone:\n\tstatus page posted: investigating\n"
    "00:30:40 From Ana Ops to Everyone:\n\tResolved: [bold]error rate back[/bold]\n"
)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_import_dialog_previewing_a_pasted_chat(snap_compare, make_app, size) -> None:
    async def paste_and_preview(pilot) -> None:
        await pilot.press("2", "i")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ImportDialog), "the import dialog")
        pilot.app.screen.query_one("#paste", TextArea).text = ZOOM_PASTE
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: on_top(pilot.app, ImportDialog).result is not None, "the preview")

    assert snap_compare(make_app(build_session()), terminal_size=size, run_before=paste_and_preview)
