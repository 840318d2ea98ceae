"""The review screen imports only the pane in front; each other pane's module loads when the pane
is first needed, and the help and the palette still list every pane's keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from facilitator.tui.panes import PANES

OPEN_AND_LOOK = """
import asyncio, json, sys
from pathlib import Path
from facilitator.tui.app import FacilitatorApp

def panes():
    return sorted(name.rsplit(".", 1)[1] for name in sys.modules if name.startswith("facilitator.tui.panes."))

async def main():
    app = FacilitatorApp(session_path=Path(sys.argv[1]))
    seen = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await app.session_loaded.wait()
        await pilot.pause()
        seen["open"] = panes()
        await pilot.press("4")
        await pilot.pause()
        seen["after 4"] = panes()
        seen["in front"] = app.screen.current_pane
        seen["groups"] = sorted({command.help for command in app.get_system_commands(app.screen)})
        seen["after palette"] = panes()
    print(json.dumps(seen))

asyncio.run(main())
"""


def test_only_the_pane_in_front_is_imported_until_another_is_needed(session_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LOOK, str(session_file)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["open"] == ["base", "framing"]
    assert "actions" in seen["after 4"] and "board" not in seen["after 4"]
    assert seen["in front"] == "actions"
    assert {entry.class_path.split(":")[0].rsplit(".", 1)[1] for entry in PANES} <= set(seen["after palette"])
    assert {entry.help_group for entry in PANES} <= set(seen["groups"])


def test_each_pane_of_the_table_is_its_class() -> None:
    for entry in PANES:
        pane = entry.load()
        assert (entry.pane_id, entry.help_group) == (pane.PANE_ID, pane.BINDING_GROUP_TITLE)
