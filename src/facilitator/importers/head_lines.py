"""The first lines of a text, without splitting the whole of it.

Telling a file's format looks at its first few hundred lines, five times over; a 20,000-row
sheet would be split into lines whole each time only to keep the first of them.
"""

from __future__ import annotations

_FIRST_CUT = 16_384


def first_lines(text: str, count: int, cut: int = _FIRST_CUT) -> list[str]:
    """`text.splitlines()[:count]`, from as much of the text's start as those lines need (`cut`
    characters first, four times as many each time that is too few).

    A cut of the text ends every line before its last one where the whole text does (a line
    break is one character, or CR LF: a CR cut off its LF still ends the same line), so once
    the cut holds more than `count` lines, its first `count` are the text's."""
    while cut < len(text):
        lines = text[:cut].splitlines()
        if len(lines) > count:
            return lines[:count]
        cut *= 4
    return text.splitlines()[:count]
