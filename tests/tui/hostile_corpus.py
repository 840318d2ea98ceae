"""Text that tries to style, link, act or break a screen, for tests across every path."""

from __future__ import annotations

MARKUP = [
    "[bold]x[/bold]",
    "[@click=app.quit]q[/]",
    "[link=file:///etc/passwd]x[/link]",
    "unbalanced [/ closing",
    "[red on white]loud[/]",
]

CONTROL = [
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;http://evil.example\x1b\\osc link\x1b]8;;\x1b\\",
    "bell\x07 and back\x08space",
]
"""Terminal control: removed before display or storage; the words around them stay."""

UNICODE = [
    "rtl \u202eevil\u202c override",
    "zero\u200bwidth\u200djoiner",
    "line\u2028separator",
    "next\x85line",
    "family 👩\u200d👩\u200d👧 emoji",
    "tab\tinside",
    "\ufeffbom first",
    "x" * 6000,
]
"""Kept as typed in storage; shown without breaking the layout."""

ALL = MARKUP + CONTROL + UNICODE
