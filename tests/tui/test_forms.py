"""Forms never lose what was typed: one Enter-saves scheme, early keys land in the first field,
Escape and Ctrl+Q ask before throwing typed text away, a read-only window opens no form."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import TextArea

from facilitator.model.enums import Priority
from facilitator.store.session_file import open_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.form import FormDialog
from facilitator.tui.dialogs.pick import ConfirmDialog
from tests.tui.pane_sessions import make_app, open_pane, paste, toasts_text, widget_text
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import FakeClock


async def test_keys_typed_right_after_a_go_into_the_first_field(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        for char in "aFix it":  # all at once, as a terminal delivers a fast typist's keys
            app.post_message(events.Key(char, char) if char != " " else events.Key("space", " "))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert app.screen.query_one("#f-title").value == "Fix it"
        assert app.screen.query_one("#f-owner").value == ""


async def test_enter_on_a_list_or_a_box_saves_the_form(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        await pilot.press("a")
        await paste(pilot, "Alert on pool saturation")
        await pilot.press("tab", "tab")  # onto the priority list
        assert "Enter saves" in screen_text(app) and "Space opens a list" in screen_text(app)
        await pilot.press("space", "up", "enter")  # in the open list, Enter picks the one above
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormDialog)
        added = app.review.session.actions[-1]
        assert added.title == "Alert on pool saturation" and added.priority is Priority.P1


async def test_escape_with_typed_text_asks_before_discarding(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await paste(pilot, "Who owns the pool defaults?")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#f-text").value == "Who owns the pool defaults?"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.is_running
        await pilot.press("n")
        await pilot.press("escape", "y")
        await pilot.pause()
        assert not isinstance(app.screen, (FormDialog, ConfirmDialog))
        await pilot.press("p", "escape")  # nothing typed: closes at once
        await pilot.pause()
        assert not isinstance(app.screen, (FormDialog, ConfirmDialog))


async def test_a_read_only_window_opens_no_form(session_file: Path, clock: FakeClock) -> None:
    first = open_session(session_file)
    try:
        app = FacilitatorApp(session_path=session_file, now=clock)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.press("p")
            await pilot.pause()
            assert not isinstance(app.screen, FormDialog)
            assert "Read-only" in toasts_text(app)
            await pilot.press("2", "a")
            await pilot.pause()
            assert not isinstance(app.screen, FormDialog)
    finally:
        first.close()


async def test_tab_into_a_filled_field_puts_the_cursor_at_its_end_and_space_adds_a_space(
    tmp_path: Path, clock: FakeClock
) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        await pilot.press("e")
        await pilot.pause()
        title = app.screen.query_one("#f-title")
        assert app.focused is title and title.cursor_position == len(title.value) and title.selection.is_empty
        await pilot.press("tab")
        owner = app.screen.query_one("#f-owner")
        assert app.focused is owner and owner.selection.is_empty and owner.cursor_position == len("Ravi Menon")
        await pilot.press("space", "J", "r")
        assert owner.value == "Ravi Menon Jr"
        await pilot.press("shift+tab", "space")
        assert title.value == "Make load tests required for pool changes "


async def test_summary_and_impact_are_text_areas_that_wrap(tmp_path: Path, clock: FakeClock) -> None:
    summary = (
        "A pool size change went out without a load test. Checkout requests queued behind the pool. "
        "The rollback restored service in five minutes."
    )
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "e")
        await pilot.pause()
        area = app.screen.query_one("#f-summary")
        assert isinstance(area, TextArea) and isinstance(app.screen.query_one("#f-impact"), TextArea)
        area.text = ""
        area.focus()
        await pilot.pause()
        app.post_message(events.Paste(summary))  # as a terminal sends it: to the app, then the field
        await pilot.pause()
        shown = " ".join(widget_text(app, area).split())
        assert summary in shown  # every sentence in view: it wraps instead of scrolling sideways
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormDialog)
        assert app.review.session.summary == summary
