"""Every pane, dialog, the picker and each theme, at 80x24 and at a wide 200x50.

One test per view, parametrised by size, over one fixed session at one fixed instant, so a
layout regression shows in review. Update with `--snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.pane_sessions import make_app
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
THEMES = {"dark": [], "high-contrast": ["f2"], "light": ["f2", "f2"]}


async def settle(pilot) -> None:
    """Let workers finish and focus land, so each snapshot shows one settled frame."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def fixed_folder(name: str) -> Path:
    """A folder whose path is the same on every run (the export dialog shows it)."""
    import shutil

    folder = Path("/tmp") / "facilitator-snapshots" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def running_app(name: str) -> FacilitatorApp:
    clock = FakeClock()
    clock.advance(seconds=95 + 130)  # a round under way: Ravi has been speaking for 2:10
    return make_app(fixed_folder(name), clock)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("view", list(VIEWS))
def test_view(snap_compare, tmp_path: Path, view: str, size: tuple[int, int]) -> None:
    app = running_app(f"{view}-{size[0]}x{size[1]}")
    assert snap_compare(app, terminal_size=size, press=VIEWS[view], run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("theme", list(THEMES))
def test_theme(snap_compare, tmp_path: Path, theme: str, size: tuple[int, int]) -> None:
    app = running_app(f"theme-{theme}-{size[0]}x{size[1]}")
    assert snap_compare(app, terminal_size=size, press=["3", *THEMES[theme]], run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_picker(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    import shutil

    from tests.tui.pane_sessions import outcome_session

    folder = Path("/tmp") / f"facilitator-snapshot-sessions-{size[0]}x{size[1]}"  # shown on screen: fixed
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    write_new_session(folder / "checkout.json", outcome_session())
    app = FacilitatorApp(sessions_folder=folder, now=FakeClock(), keymap_file=tmp_path / "none.toml")
    assert snap_compare(app, terminal_size=size, run_before=settle)
