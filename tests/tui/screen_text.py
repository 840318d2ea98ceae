"""Read what the terminal would show: the screen as plain lines of text, styles dropped.

It reads Textual's public screenshot (an SVG): each run of text sits at a cell column on a
numbered line, so the rows are rebuilt from those positions.
"""

from __future__ import annotations

import html
import re

from rich.cells import cell_len

_TEXT = re.compile(r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#[\w-]+-line-(\d+)\)">(.*?)</text>')
_CHAR_WIDTH = 20 * 0.61
"""Rich's SVG cell width: a 20px font at its 0.61 aspect ratio."""


def screen_lines(app) -> list[str]:
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


def screen_text(app) -> str:
    return "\n".join(screen_lines(app))


async def wait_for_text(pilot, wanted: str, tries: int = 40) -> str:
    """The screen text once it shows `wanted` (a loaded machine can take a few frames)."""
    text = screen_text(pilot.app)
    for _ in range(tries):
        if wanted in text:
            break
        await pilot.pause(0.05)
        text = screen_text(pilot.app)
    return text
