"""Make user text safe for a terminal without changing what it says.

Imported text (chat logs, paging tools, pasted notes) can carry terminal control codes:
colours, cursor moves, window titles, OSC-8 hyperlinks, a stray bell. Shown as-is they
would repaint the screen, so they are removed; everything else (markup, HTML, pipes,
emoji, right-to-left text, tabs and newlines) is kept exactly.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(
    r"""
      (?:\x1b\]|\x9d) [^\x07\x1b\x9c]* (?:\x07|\x1b\\|\x9c)         # OSC (titles, OSC-8 links), terminated
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]) [^\x1b\x9c]* (?:\x1b\\|\x9c)  # DCS, SOS, PM, APC strings, terminated
    | (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]         # CSI: colours, cursor moves, erases
    | \x1b [\x20-\x2f]* [\x30-\x7e]                                 # other escape sequences (ESC 7, ESC ( B, ...)
    | [\x00-\x08\x0b-\x1f\x7f-\x9f]                                 # lone C0 (not tab, newline), DEL, C1
    """,
    re.VERBOSE,
)
_MAYBE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_control(text: str) -> str:
    """`text` without terminal control characters and escape sequences; tab and newline stay,
    and NEL (U+0085, a line separator that is also a C1 control) becomes a newline."""
    if _MAYBE_CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text.replace("\x85", "\n"))
