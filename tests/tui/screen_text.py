"""Read what the terminal would show: the composed screen as plain lines of text."""

from __future__ import annotations


def screen_lines(app) -> list[str]:
    """Every row of the current screen as the user would see it, styles dropped."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


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
