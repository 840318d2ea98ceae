"""Snapshots of the live page's dialogs (inbox, share, settings, a taken port) at 80x24 and at a wide 200x50."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from textual.widgets import Input

from facilitator.store.links import Link
from facilitator.store.live_settings import LiveSettings
from facilitator.tui.screens.share import ShareScreen
from tests.tui.live_sessions import inbox_app

SIZES = [(80, 24), (200, 50)]


@dataclass
class FixedLinks:
    """What the share dialog reads from a server, with fixed tokens so the picture is stable."""

    base_url: str = "http://127.0.0.1:8765"
    settings: LiveSettings = field(default_factory=LiveSettings)
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
    await pilot.app.session_loaded.wait()
    await pilot.pause()
    while not pilot.app.active_review.waiting.pending:
        await pilot.pause(0.05)
    await pilot.pause()


def once_loaded(open_dialog):
    """What to run before the picture: the inbox read, its notices gone, then `open_dialog`."""

    async def run_before(pilot) -> None:
        await wait_for_inbox(pilot)
        pilot.app.clear_notifications()
        await open_dialog(pilot)
        await pilot.pause()
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False  # a blinking cursor would make the picture differ run to run
        await pilot.pause()

    return run_before


async def open_inbox(pilot) -> None:
    await pilot.press("I")


async def open_share(pilot) -> None:
    await pilot.app.push_screen(ShareScreen(FixedLinks()))  # type: ignore[arg-type]


async def open_settings(pilot) -> None:
    await pilot.press("O")


async def port_taken(pilot) -> None:
    from facilitator.web.live_server import PortTaken

    pilot.app.screen._ask_about_taken_port(PortTaken("127.0.0.1", 8765), 8766)


DIALOGS = {"inbox": open_inbox, "share": open_share, "settings": open_settings, "taken-port": port_taken}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("dialog", DIALOGS)
def test_live_dialog(snap_compare, tmp_path, dialog, size) -> None:
    assert snap_compare(inbox_app(tmp_path), terminal_size=size, run_before=once_loaded(DIALOGS[dialog]))
