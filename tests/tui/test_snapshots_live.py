"""Snapshots of the inbox and the share dialog at 80x24 and at a wide 200x50."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from facilitator.tui.screens.review import ReviewScreen
from facilitator.tui.screens.share import ShareScreen
from facilitator.web.live_server import Link
from tests.tui.screen_text import on_top, wait_until

SIZES = [(80, 24), (200, 50)]


@dataclass
class FixedLinks:
    """What the share dialog reads from a server, with fixed tokens so the picture is stable."""

    base_url: str = "http://127.0.0.1:8765"
    links: list[Link] = field(
        default_factory=lambda: [
            Link("Ana Lima", "http://127.0.0.1:8765/p/Qm9vIGJvbyBib28gYm9vIGJvbyBib28gYm9v", "a"),
            Link("Ravi Menon", "http://127.0.0.1:8765/p/UmF2aSBSYXZpIFJhdmkgUmF2aSBSYXZpIFJh", "r"),
            Link("watch only", "http://127.0.0.1:8765/w/V2F0Y2ggV2F0Y2ggV2F0Y2ggV2F0Y2ggV2F0", "watch"),
        ]
    )

    def links_list(self) -> list[Link]:
        return self.links


async def wait_for_inbox(pilot) -> None:
    await wait_until(pilot, lambda: on_top(pilot.app, ReviewScreen).inbox_records.contributions, "the inbox read")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_inbox_dialog(snap_compare, inbox_app, size) -> None:
    async def open_inbox(pilot) -> None:
        await wait_for_inbox(pilot)
        pilot.app.clear_notifications()
        await pilot.press("I")

    assert snap_compare(inbox_app, terminal_size=size, run_before=open_inbox)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_share_dialog(snap_compare, inbox_app, size) -> None:
    async def open_share(pilot) -> None:
        await wait_for_inbox(pilot)
        pilot.app.clear_notifications()
        await pilot.app.push_screen(ShareScreen(FixedLinks()))  # type: ignore[arg-type]

    assert snap_compare(inbox_app, terminal_size=size, run_before=open_share)
