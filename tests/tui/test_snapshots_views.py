"""Every pane, dialog, the picker and each theme, at 80x24 and at a wide 200x50.

One test per view, parametrised by size, over one fixed session at one fixed instant, so a
layout regression shows in review. Update with `--snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.session_file import write_new_session
from facilitator.store.user_settings import save_settings, settings_path
from facilitator.tui.app import FacilitatorApp
from tests.tui.pane_sessions import outcome_session
from tests.tui.tui_sessions import FakeClock

SIZES = [(80, 24), (200, 50)]
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]

VIEWS = {
    "framing": ["1"],
    "timeline": ["2"],
    "walk": ["2", "w", "down", "down", "down"],
    "board": ["3"],
    "actions": ["4"],
    "roundrobin": ["5"],
    "parking": ["6"],
    "debrief": ["7"],
    "form-action": ["4", "a"],
    "pick-timebox": ["g"],
    "confirm-close": ["7", "c"],
    "export": ["ctrl+e"],
    "import": ["2", "i"],
    "script": ["s"],
    "help": ["f1"],
}
THEMES = {"high-contrast": ["f2"], "light": ["f2", "f2"]}
"""The dark theme is the one every view above is drawn in."""
EXPORTS = Path("/tmp")
"""Where the export dialog starts: remembered from an earlier export, as a folder every machine has
(the session's own folder, the default, is a new temporary one on each run)."""


@pytest.fixture
def running_app(make_app, clock: FakeClock) -> FacilitatorApp:
    """The outcome session with a round under way: Ravi has been speaking for 2:10."""
    save_settings(settings_path(), {"export_folder": str(EXPORTS)})
    clock.advance(seconds=95 + 130)
    return make_app()


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("view", list(VIEWS))
def test_view(snap_compare, running_app: FacilitatorApp, view: str, size: tuple[int, int]) -> None:
    assert snap_compare(running_app, terminal_size=size, press=VIEWS[view])


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("theme", list(THEMES))
def test_theme(snap_compare, running_app: FacilitatorApp, theme: str, size: tuple[int, int]) -> None:
    assert snap_compare(running_app, terminal_size=size, press=["3", *THEMES[theme]])


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_picker(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock, size) -> None:
    monkeypatch.chdir(tmp_path)  # the folder is shown as given: `facilitator --dir reviews`, the same on every run
    sessions = Path("reviews")
    sessions.mkdir()
    write_new_session(sessions / "checkout.json", outcome_session())
    assert snap_compare(FacilitatorApp(sessions_folder=sessions, now=clock), terminal_size=size)
