"""Read what the terminal would show: the composed screen as plain lines of text."""

from __future__ import annotations


def screen_lines(app) -> list[str]:
    """Every row of the current screen as the user would see it, styles dropped."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def screen_text(app) -> str:
    return "\n".join(screen_lines(app))
