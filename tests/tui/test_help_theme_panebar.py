"""The smaller live-meeting edges: the theme is remembered and switched one way, help tells the
keys of where you are as they really are, and the pane bar shows every pane at 80 columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.tui.app import FacilitatorApp
from facilitator.tui.panes import PANES
from facilitator.tui.widgets.pane_bar import pane_bar_text
from tests.tui.screen_text import notices, screen_lines, screen_text


async def test_the_theme_chosen_with_f2_is_named_and_used_at_the_next_launch(
    session_file: Path, tmp_path: Path, clock
) -> None:
    settings = tmp_path / "config" / "settings.json"
    app = FacilitatorApp(session_path=session_file, now=clock, settings_file=settings)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "facilitator-high-contrast"
        shown = notices(app)
        assert any(m.startswith("Theme: High contrast") for m in shown), shown
        assert not any("facilitator-high-contrast" in m for m in shown)
    assert json.loads(settings.read_text(encoding="utf-8")) == {"theme": "facilitator-high-contrast"}

    again = FacilitatorApp(session_path=session_file, now=clock, settings_file=settings)
    async with again.run_test(size=(80, 24)):
        assert again.theme == "facilitator-high-contrast"


async def test_an_unknown_or_broken_saved_theme_falls_back_to_dark(session_file: Path, tmp_path: Path, clock) -> None:
    settings = tmp_path / "settings.json"
    for text in ('{"theme": "dracula"}', "not json", '["theme"]'):
        settings.write_text(text, encoding="utf-8")
        app = FacilitatorApp(session_path=session_file, now=clock, settings_file=settings)
        async with app.run_test(size=(80, 24)):
            assert app.theme == "textual-dark"


async def test_the_palette_has_one_theme_switcher_f2(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert [t for t in titles if "theme" in t.lower()] == [
            "Theme: Switch to the next theme: dark, high contrast, light (remembered) (f2)"
        ]
        command = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Theme"))
        await command.callback()
        await pilot.pause()
        assert app.theme == "facilitator-high-contrast"


async def test_help_lists_the_pane_on_show_first_and_the_keys_as_bound(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(100, 200)) as pilot:
        await pilot.press("2", "question_mark")
        await pilot.pause()
        lines = [line.split("█")[1].strip() for line in screen_lines(app) if line.count("█") == 2]
        text = screen_text(app)
        headings = [line for line in lines if line in ("Timeline (this pane)", "Agenda, clock and panes", "Framing")]
        assert headings == ["Timeline (this pane)", "Agenda, clock and panes", "Framing"]
        assert any(line.startswith("^q, ^c") and line.endswith("Quit") for line in lines)
        assert any(line.startswith("f1, ?") and line.endswith("Help") for line in lines)
        assert "^c                       Copy selected text" not in text
        assert "F1 or ? opens this help" in text
        await pilot.press("question_mark")
        assert "Escape closes this help." not in screen_text(app)


@pytest.mark.parametrize("width", [80, 100])
async def test_every_pane_number_shows_in_the_pane_bar_at_80_columns(session_file: Path, clock, width: int) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("8")
        await pilot.pause()
        bar = next(line for line in screen_lines(app) if " 1 " in line and " 7 " in line)
        assert bar.rstrip().endswith("8 Pre-prep"), bar
        assert all(f" {n} " in bar for n in range(1, 8)), bar


def test_the_pane_bar_names_every_pane_when_there_is_room() -> None:
    panes = [(pane.pane_id, pane.title) for pane in PANES]
    wide = pane_bar_text(panes, "board", 200).plain
    assert "1 Framing" in wide and "8 Pre-prep" in wide and "5 Round robin" in wide
    narrow = pane_bar_text(panes, "board", 80).plain
    assert len(narrow) <= 80 and "3 Board" in narrow and "Framing" not in narrow
