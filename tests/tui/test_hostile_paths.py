"""Hostile text through import, layouts and the rendered screen: nothing styles, links or acts."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from facilitator.cli import main
from facilitator.model.factory import new_session
from facilitator.store.layouts import load_layout_file
from facilitator.store.session_file import load_session, write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.hostile_corpus import CONTROL, MARKUP, UNICODE
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import INCIDENT, build_session


def write_csv(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["timestamp", "actor", "kind", "text"])
        for i, text in enumerate(texts):
            writer.writerow([(INCIDENT + timedelta(minutes=i)).isoformat(), "[b]on-call[/b]", "observation", text])


async def test_imported_hostile_text_is_stored_and_shown_literally(tmp_path: Path, clock) -> None:
    session = tmp_path / "checkout.json"
    write_new_session(session, build_session(with_events=0))
    source = tmp_path / "hostile.csv"
    write_csv(source, MARKUP + CONTROL + UNICODE)
    assert main(["import", str(session), str(source)]) == 0
    stored = [e.text for e in load_session(session).timeline]
    for text in MARKUP + [u.replace("\x85", "\n") for u in UNICODE]:
        assert text.lstrip("\ufeff") in [s.lstrip("\ufeff") for s in stored], repr(text[:40])
    assert all("\x1b" not in s and "\x07" not in s for s in stored)
    assert "red" in stored and "osc link" in stored

    app = FacilitatorApp(session_path=session, now=clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        for markup in MARKUP:
            assert markup in text, markup
        assert "[b]on-call[/b]" in text
        assert "\x1b" not in text and "\u202e" not in text
        assert "rtl <U+202E>evil<U+202C> override" in text  # a bidi override cannot reorder the screen
        for _ in range(len(stored)):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert "x" * 150 in screen_text(app)  # the 6,000-character line wraps in the full view
        await pilot.press("escape")
        assert app.is_running


async def test_hostile_layout_script_shows_literally(tmp_path: Path, clock) -> None:
    layout_file = tmp_path / "hostile.toml"
    layout_file.write_text(
        'name = "hostile"\n[[timeboxes]]\nkind = "framing"\ntitle = "[bold]Frame[/bold]"\nminutes = 5\n'
        'script = "[@click=app.quit]Read me[/] [link=file:///etc/passwd]x[/link]"\n'
        'prompts = ["[red]What surprised you?[/red]"]\n',
        encoding="utf-8",
    )
    layout = load_layout_file(layout_file)
    session = tmp_path / "s.json"
    write_new_session(session, new_session("Layout test", "s", layout, clock()))
    app = FacilitatorApp(session_path=session, now=clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "[@click=app.quit]Read me[/]" in text
        assert "[red]What surprised you?[/red]" in text
        assert "[bold]Frame[/bold]" in text
        await pilot.click("#script-text")
        assert app.is_running
