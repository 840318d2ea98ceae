"""Make user text safe for a terminal without changing what it says.

Imported text (chat logs, paging tools, pasted notes) can carry terminal control codes:
colours, cursor moves, window titles, OSC-8 hyperlinks, a stray bell. Shown as-is they
would repaint the screen, so they are removed; everything else (markup, HTML, pipes,
emoji, right-to-left text, tabs and newlines) is kept exactly.

A lone surrogate (`"\\ud800"` in JSON) is not a character at all: it cannot be written as
UTF-8, so a session holding one could never be saved again. `clean_text` turns each into
U+FFFD, the replacement character, and removes control codes; every string a model holds
goes through it (see model/base.py), which makes it the one place text is cleaned on the
way in, whether typed, imported, loaded from a session file or read from a layout.
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
_SURROGATE = re.compile("[\ud800-\udfff]")
MAYBE_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""Any character `clean_text` may change: a control code or a surrogate."""


def strip_control(text: str) -> str:
    """`text` without terminal control characters and escape sequences; tab and newline stay,
    a Windows line end (CR LF) and NEL (U+0085, a line separator that is also a C1 control)
    become a newline."""
    if _MAYBE_CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\x85", "\n"))


def clean_text(text: str) -> str:
    """`text` safe to store and show: lone surrogates become U+FFFD, control codes go."""
    if MAYBE_UNCLEAN.search(text) is None:
        return text
    return strip_control(_SURROGATE.sub("\ufffd", text))


_CONTROL_BYTES = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
_C1_IN_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_ESCAPED_UNCLEAN = re.compile(rb"\\(?:[bfr]|u00[01789]|u[dD][89a-fA-F])")
"""In JSON: a control code escaped (\\b, \\f, \\r, \\u00XX) or a surrogate (\\uD8XX). Over-eager
on purpose (`\\u0009`, `\\\\b`, a surrogate pair): a false alarm only means the strings are
cleaned one by one."""


def json_file_is_clean(raw: bytes) -> bool:
    """True if no string read from the UTF-8 JSON file `raw` can hold anything `clean_text` would
    change: no control code in it (C0, DEL, or C1 as UTF-8 writes it), raw or escaped, and no
    escaped surrogate (UTF-8 that decodes holds no lone one). Three passes in C over the file."""
    return (
        len(raw.translate(None, _CONTROL_BYTES)) == len(raw)
        and (b"\xc2" not in raw or _C1_IN_UTF8.search(raw) is None)
        and _ESCAPED_UNCLEAN.search(raw) is None
    )
