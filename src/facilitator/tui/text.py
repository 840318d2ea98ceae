"""User text on screen: always literal, never markup, never terminal control sequences."""

from __future__ import annotations

import re

from rich.text import Text

from facilitator.model.clock_face import clock_text as clock_text  # the agenda's figures, shared with the live page
from facilitator.model.text import strip_control

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def display_safe(text: str) -> str:
    """Terminal control removed; bidi overrides shown as `<U+202E>` so they cannot reorder
    what is on screen (the stored text keeps them)."""
    return _BIDI_CONTROLS.sub(lambda m: f"<U+{ord(m.group()):04X}>", strip_control(text))


def literal(text: str, style: str = "") -> Text:
    """A Rich Text showing `text` exactly as typed: `[bold]` stays `[bold]`, ESC never reaches
    the terminal, and a line separator (U+2028, U+0085) shows as a space."""
    return Text(one_line(text) if "\n" not in text else display_safe(text), style=style, no_wrap=False)


def one_line(text: str) -> str:
    """`text` folded onto one line for a row of a list."""
    cleaned = display_safe(text)
    return " ".join(cleaned.split()) if any(c in cleaned for c in "\n\r\t\u2028\u2029\x85") else cleaned
