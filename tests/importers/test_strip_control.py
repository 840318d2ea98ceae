"""The terminal sanitiser: control codes go, the words (and any markup in them) stay."""

from __future__ import annotations

import pytest

from facilitator.model.text import strip_control


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[1;31mred\x1b[0m", "red"),
        ("\x1b]8;;https://evil.test\x1b\\click\x1b]8;;\x1b\\", "click"),
        ("\x1b]0;new title\x07after", "after"),
        ("\x9b2Jgone", "gone"),
        ("a\x00b\x07c\x08d\x7fe\x85f\rg", "abcde\nfg"),  # NEL is a line separator: it becomes a newline
        ("\x1bPq#0;2;0;0;0\x1b\\sixel", "sixel"),
        ("keep\ttabs\nand newlines", "keep\ttabs\nand newlines"),
        ("[bold]x[/bold] <b>y</b> | 🚒 שלום", "[bold]x[/bold] <b>y</b> | 🚒 שלום"),
    ],
)
def test_strip_control(raw: str, clean: str) -> None:
    assert strip_control(raw) == clean
