"""Every form in every pane, saved empty and saved with nonsense: the form stays open with its
message, or takes the value; the app never ends with a traceback (the live page would die too)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from facilitator.tui.dialogs.form import FormDialog
from facilitator.tui.dialogs.pick import ConfirmDialog, PickDialog
from facilitator.tui.panes.slot_picker import TYPE_A_TIME
from facilitator.tui.screens.review import ReviewScreen
from tests.tui.pane_sessions import make_app
from tests.tui.tui_sessions import FakeClock

FORMS = {
    "framing details": ["1", "e"],
    "framing times": ["1", "t"],
    "framing add person": ["1", "a"],
    "framing edit person": ["1", "enter"],
    "framing ground rules": ["1", "r"],
    "timeline add": ["2", "a"],
    "timeline edit": ["2", "e"],
    "timeline correct": ["2", "c"],
    "timeline note": ["2", "n"],
    "timeline finding": ["2", "f"],
    "timeline place line": ["2", "u"],
    "board add": ["3", "a"],
    "board edit": ["3", "e"],
    "board why": ["3", "y"],
    "board edit why": ["3", "Y"],
    "board systemic factor": ["3", "f"],
    "actions add": ["4", "a"],
    "actions edit": ["4", "e"],
    "round note": ["5", "t"],
    "round limit": ["5", "l"],
    "round start": ["5", "r"],
    "round absent": ["5", "a"],
    "parking action": ["6", "a"],
    "parking follow-up": ["6", "f"],
    "parking drop": ["6", "d"],
    "debrief went well": ["7", "w"],
    "debrief thanks": ["7", "t"],
    "debrief lesson": ["7", "l"],
    "prep meeting time": ["8", "M"],
    "prep answer as action": ["8", "down", "tab", "down", "a"],
    "prep import form": ["8", "i"],
    "prep write forms": ["8", "W"],
    "park": ["p"],
    "export": ["ctrl+e"],
}
NONSENSE = "zzz [/ 25:99 @@ -1"
"""Not a time, a date, a number, a zone, a path that exists, or one person; and it is markup."""


async def fill_and_save(pilot, value: str) -> None:
    form = pilot.app.screen
    for field in form.query(Input):
        field.value = value
    for area in form.query(TextArea):
        area.text = value
    await pilot.press("enter")
    await pilot.pause()


async def back_to_review(pilot) -> None:
    for _ in range(6):
        if isinstance(pilot.app.screen, ReviewScreen):
            return
        await pilot.press("y" if isinstance(pilot.app.screen, ConfirmDialog) else "escape")
        await pilot.pause()


@pytest.mark.parametrize("value", ["", NONSENSE], ids=["empty", "nonsense"])
@pytest.mark.parametrize("form", list(FORMS))
async def test_every_form_keeps_itself_open_with_a_message_on_empty_and_bad_values(
    tmp_path: Path, clock: FakeClock, every_form_session, monkeypatch: pytest.MonkeyPatch, form: str, value: str
) -> None:
    monkeypatch.chdir(tmp_path)  # a nonsense folder typed into a path field is made here
    app = make_app(tmp_path, clock, every_form_session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*FORMS[form])
        await app.workers.wait_for_complete()  # M works out the fair meeting times in a worker
        await pilot.pause()
        if isinstance(app.screen, PickDialog):  # which line, which why: the first; a meeting time: typed
            if app.screen.items[-1][0] == TYPE_A_TIME:
                await pilot.press("end")
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, FormDialog), f"{form}: no form opened"
        await fill_and_save(pilot, value)
        assert app.is_running
        if isinstance(app.screen, FormDialog):
            message = str(app.screen.query_one("#error", Static).render())
            assert message.strip(), f"{form}: kept open on {value!r} without saying why"
        await back_to_review(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReviewScreen)
