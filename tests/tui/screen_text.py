"""Read what the terminal would show, and wait until it shows something.

The screen is read from Textual's public screenshot (an SVG): each run of text sits at a cell
column on a numbered line, so the rows are rebuilt from those positions. Waiting is a bounded
number of `pilot.pause()` calls (each lets the app handle what is queued and go idle), never a sleep.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any, TypeVar

from rich.cells import cell_len
from textual.app import App
from textual.notifications import Notification
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.form import FormDialog

_TEXT = re.compile(r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#[\w-]+-line-(\d+)\)">(.*?)</text>')
_CHAR_WIDTH = 20 * 0.61
"""Rich's SVG cell width: a 20px font at its 0.61 aspect ratio."""
PAUSES = 200
"""How many pauses a wait allows: each is at least one idle frame, so a loaded machine still settles."""

S = TypeVar("S", bound=Screen[Any])


def screen_lines(app: App[Any]) -> list[str]:
    """Every row of the current screen as the user would see it."""
    rows: list[list[tuple[int, str]]] = [[] for _ in range(app.size.height)]
    for x, line, text in _TEXT.findall(app.export_screenshot()):
        rows[int(line)].append((round(float(x) / _CHAR_WIDTH), html.unescape(text.replace("&#160;", " "))))
    lines = []
    for runs in rows:
        line = ""
        for column, text in sorted(runs):
            line += " " * (column - cell_len(line)) + text
        lines.append(line.ljust(app.size.width))
    return lines


def screen_text(app: App[Any]) -> str:
    return "\n".join(screen_lines(app))


def notifications(app: App[Any]) -> list[Notification]:
    """The notifications the app has shown (and not cleared), oldest first: the one place tests
    read Textual's private list (notifications stay up in tests: see tests/tui/conftest.py)."""
    return list(app._notifications)


def notices(app: App[Any]) -> list[str]:
    """The messages of the notifications the app has shown (and not cleared), oldest first."""
    return [notification.message for notification in notifications(app)]


def on_top(app: App[Any], kind: type[S]) -> S:
    """The screen on top, checked to be a `kind`, so its own state can be read (and typed)."""
    screen = app.screen
    assert isinstance(screen, kind), f"{type(screen).__name__} is on top, not {kind.__name__}"
    return screen


async def wait_until(pilot: Pilot[Any], condition: Callable[[], object], what: str = "the condition") -> None:
    """Pause until `condition()` holds: the app handles what is queued between two looks."""
    for _ in range(PAUSES):
        if condition():
            return
        await pilot.pause()
    assert condition(), f"{what} did not happen within {PAUSES} pauses"


def _opened(app: App[Any]) -> bool:
    """The session given at start-up is open (or refused with a problem screen)."""
    return not isinstance(app, FacilitatorApp) or app.session_path is None or app.session_loaded.is_set()


async def settle(pilot: Pilot[Any]) -> None:
    """Pause until the screen is still: the session open, no worker running, no animation, and
    two frames in a row alike. Text cursors are drawn steadily, so a blink cannot tell frames apart."""
    app = pilot.app
    frame = ""
    for _ in range(PAUSES):
        await app.workers.wait_for_complete()
        await pilot.wait_for_scheduled_animations()
        for field in app.screen.query(Input):
            field.cursor_blink = False
        for area in app.screen.query(TextArea):
            area.cursor_blink = False
        last, frame = frame, app.export_screenshot()
        if frame == last and _opened(app) and not any(worker.is_running for worker in app.workers):
            return
        await pilot.pause()
    raise AssertionError(f"the screen did not settle within {PAUSES} pauses")


async def form_open(pilot: Pilot[Any]) -> FormDialog[Any]:
    """The form on top, once it is up with the focus in it (what is typed now lands in a field)."""
    app = pilot.app

    def up() -> bool:
        return isinstance(app.screen, FormDialog) and app.focused is not None and app.focused.screen is app.screen

    await wait_until(pilot, up, "a form with the focus in it")
    return on_top(app, FormDialog)


async def wait_for_text(pilot: Pilot[Any], wanted: str) -> str:
    """The screen text once it shows `wanted`; fails, showing the screen, if it never does."""
    text = screen_text(pilot.app)
    for _ in range(PAUSES):
        if wanted in text:
            return text
        await pilot.pause()
        text = screen_text(pilot.app)
    assert wanted in text, f"{wanted!r} never showed within {PAUSES} pauses; the screen:\n{text}"
    return text
