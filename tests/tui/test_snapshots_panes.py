"""Snapshots of the outcome panes at 80x24, over a fixed session at a fixed instant."""

from __future__ import annotations

import pytest

from tests.tui.pane_sessions import PANE_KEYS, make_app
from tests.tui.tui_sessions import FakeClock


@pytest.mark.parametrize("pane_id", ["board", "actions", "roundrobin", "debrief"])
def test_pane_at_80x24(snap_compare, tmp_path, pane_id) -> None:
    clock = FakeClock()
    clock.advance(seconds=95 + 130)  # Ravi has been speaking for 2:10
    assert snap_compare(make_app(tmp_path, clock), terminal_size=(80, 24), press=[PANE_KEYS[pane_id]])
