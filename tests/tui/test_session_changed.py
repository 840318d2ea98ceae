"""The typed spine of the TUI: change notices through one signal, field names checked, keys as remapped."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.model.session import Session
from facilitator.review import Change
from facilitator.review.inbox_commands import ARRIVALS
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.bindings import binding_help
from facilitator.tui.panes import PANES
from facilitator.tui.screens.review import CHROME_FIELDS, CLOCK_FIELDS, ReviewScreen
from tests.tui.screen_text import wait_for_text


def test_every_watched_field_is_a_session_field() -> None:
    fields = {*Session.model_fields, ARRIVALS}  # or what waits in the inbox, review state beside the session
    for pane in (entry.load() for entry in PANES):
        assert pane.WATCHES, f"{pane.__name__} watches nothing"
        assert fields >= pane.WATCHES, f"{pane.__name__}: {sorted(pane.WATCHES - fields)}"
    assert fields >= CLOCK_FIELDS and fields >= CHROME_FIELDS


async def test_a_command_sends_the_changed_fields_to_the_review_screen(
    session_file: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    seen: list[frozenset[str]] = []
    original = ReviewScreen.show_change

    def spy(screen: ReviewScreen, change: Change) -> None:
        seen.append(change.fields)
        original(screen, change)

    monkeypatch.setattr(ReviewScreen, "show_change", spy)
    async with app.run_test(size=(120, 40)) as pilot:
        app.active_review.set_details(title="Renamed after the walk")
        await pilot.pause()
        assert "Renamed after the walk" in await wait_for_text(pilot, "Renamed after the walk")
    # exactly the command's fields (the inbox watcher reports what arrived on a schedule of its own)
    assert [fields for fields in seen if ARRIVALS not in fields] == [frozenset({"title"})]


async def test_help_shows_a_built_pane_key_as_the_user_remapped_it(session_file: Path, tmp_path: Path, clock) -> None:
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"clock.toggle" = "f5"\n', encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock, keymap_file=keymap)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        keys = {item.description.split(":")[0]: item.keys for item in binding_help(app, app.screen)}
    assert keys["Clock"] == "f5"
    assert keys["palette"] == "^p"


async def test_a_refusal_becomes_a_notice_and_a_bug_stays_a_bug(session_file: Path, clock) -> None:
    from facilitator.tui.panes.base import Pane

    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        pane = app.screen.query_one(Pane)
        assert pane.run(app.active_review.round_note, "no round yet") is None
        assert "no round has started" in await wait_for_text(pilot, "no round has started")

        def broken() -> None:
            raise KeyError("no event with id 'gone'")

        with pytest.raises(KeyError):
            pane.run(broken)
