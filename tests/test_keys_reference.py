"""docs/keys-and-commands.md is what tools/keys_reference.py writes from the code today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.binding import Binding

ROOT = Path(__file__).parents[1]


def test_the_key_and_command_reference_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "keys_reference.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr + " (a key, a help group or a command changed)"


def test_the_reference_names_every_pane_key_and_every_command() -> None:
    from facilitator.cli import build_parser
    from facilitator.tui.panes import PANES

    text = (ROOT / "docs" / "keys-and-commands.md").read_text(encoding="utf-8")
    ids = [binding.id for pane in PANES for binding in pane.load().BINDINGS if isinstance(binding, Binding)]
    assert ids and [binding_id for binding_id in ids if f"`{binding_id}`" not in text] == []
    commands = next(a for a in build_parser()._actions if a.choices and "serve" in a.choices).choices
    assert commands is not None
    assert [name for name in commands if f"### `{name}`" not in text] == []
