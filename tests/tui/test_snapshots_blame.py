"""Snapshots of the Debrief's list of flagged phrases, at 80x24 and at 200x50."""

from __future__ import annotations

import pytest

from tests.tui.pane_sessions import PANE_KEYS, outcomes_with_blame


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=["80x24", "200x50"])
def test_debrief_lists_flagged_phrases(snap_compare, make_app, clock, size) -> None:
    clock.advance(seconds=95 + 130)
    app = make_app(outcomes_with_blame())
    assert snap_compare(app, terminal_size=size, press=[PANE_KEYS["debrief"], "b"])
