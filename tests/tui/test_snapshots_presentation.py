"""Presentation mode for each kind of timebox, at 80x24 and at a wide 200x50: framing, the
timeline walk at a decision point someone wrote about, analysis, actions and the debrief.

Update with `--snapshot-update` on this file and look at the SVGs."""

from __future__ import annotations

import pytest

SIZES = [(80, 24), (200, 50)]
KEYS = {
    "framing": ["f5"],
    "timeline": ["down", "down", "down", "f5"],
    "analysis": ["f5"],
    "actions": ["f5"],
    "debrief": ["f5"],
}


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("kind", list(KEYS))
def test_presentation(snap_compare, presenting, kind: str, size: tuple[int, int]) -> None:
    assert snap_compare(presenting(kind), terminal_size=size, press=KEYS[kind], run_before=settle)
