"""User text on screen: always literal, never markup, never terminal control sequences.

The one way out to the terminal for user text: panes, the agenda strip, select boxes and
edit forms all pass what they show through `display_safe` (or `literal`/`one_line`, built
on it), and text inputs get `input_safe`. The model already cleans every string on the way
in (model/text.py), so this is the second line, for text that never went through a model.
"""

from __future__ import annotations

import re

from rich.text import Text

from facilitator.model.clock_face import clock_text as clock_text  # the agenda's figures, shared with the live page
from facilitator.model.text import clean_text

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def display_safe(text: str) -> str:
    """Terminal control removed; bidi overrides shown as `<U+202E>` so they cannot reorder
    what is on screen (the stored text keeps them)."""
    return _BIDI_CONTROLS.sub(lambda m: f"<U+{ord(m.group()):04X}>", clean_text(text))


def input_safe(text: str) -> str:
    """The value to put in a text input: control codes and lone surrogates gone, nothing added
    (what the input holds is saved back as typed)."""
    return clean_text(text)


def literal(text: str, style: str = "") -> Text:
    """A Rich Text showing `text` exactly as typed: `[bold]` stays `[bold]`, ESC never reaches
    the terminal, and a line separator (U+2028, U+0085) shows as a space."""
    return Text(one_line(text) if "\n" not in text else display_safe(text), style=style, no_wrap=False)


def one_line(text: str) -> str:
    """`text` folded onto one line for a row of a list."""
    cleaned = display_safe(text)
    return " ".join(cleaned.split()) if any(c in cleaned for c in "\n\r\t\u2028\u2029\x85") else cleaned
