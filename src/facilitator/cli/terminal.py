"""What the command line prints reaches the terminal as text, never as control codes.

User text (titles, file names, imported lines, layout names, problem lines) may hold ESC
sequences: OSC 52 would write the clipboard, OSC 2 the window title. As `ls -q` does,
every control character is printed as `?` (tab, newline and CR LF stay), and so are lone
surrogates and bidi overrides. Standard error is always quoted; standard output only when
it is a terminal, so `export > file` and pipes get the text byte for byte.
"""

from __future__ import annotations

import re
import sys
from typing import Any, TextIO

_UNPRINTABLE = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def quote_controls(text: str) -> str:
    """`text` with each control character, lone surrogate and bidi override as `?` (a CR
    that ends a line before its LF, as in CSV, is harmless and stays)."""
    return _UNPRINTABLE.sub("?", text)


class QuotingStream:
    """A text stream that quotes control characters in all that is written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(quote_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def quote_output() -> None:
    """Quote standard error, and standard output when it is a terminal (for the CLI's run)."""
    if not isinstance(sys.stderr, QuotingStream):
        sys.stderr = QuotingStream(sys.stderr)
    if sys.stdout.isatty() and not isinstance(sys.stdout, QuotingStream):
        sys.stdout = QuotingStream(sys.stdout)
