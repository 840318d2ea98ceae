"""The blameless check over a whole document: sentences, not lines.

A draft postmortem is hard-wrapped ("the on-call\nforgot to page"), so lines are first joined
into blocks (a paragraph, a list item with its continuation lines, a heading, a table row, a
chat line), each block is cut into sentences, and each sentence is checked. A flag is
reported on the line where it starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_people import normalize
from facilitator.checks.blameless import Flag, check_text


@dataclass(frozen=True)
class LineFlag:
    """A flag in a file: 1-based `line`; `start`/`end` are offsets within that line (`end` at most
    the line's end when the phrase goes on to the next line); `phrase` on one line."""

    line: int
    start: int
    end: int
    phrase: str
    suggestion: str


_STARTS_BLOCK = LazyPattern(
    r"\s*(?:[-*+•]\s|\d+[.)]\s|#|\||>|```|~~~|\[|<|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|[-=_*]{3,}\s*$|[^\s:]{1,40}:\s)"
)
"""A line that begins a block of its own: a list item, heading, table row, quote, fence, chat or log line."""
_ALONE = LazyPattern(r"\s*(?:#|\||```|~~~|[-=_*]{3,}\s*$)")
"""A line that the next line never continues: a heading, a table row, a fence, a rule."""
_SENTENCE_END = LazyPattern(
    r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bapprox)"
    r"(?<!\bno)(?<!\bfig)(?<!\bcf)[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[\w@])|\n\s*\n"
)


def blocks(lines: list[str]) -> list[list[int]]:
    """Indices of the lines of each block, in order; blank lines belong to none."""
    found: list[list[int]] = []
    open_block = False
    for index, line in enumerate(lines):
        if not line.strip():
            open_block = False
            continue
        if open_block and not _STARTS_BLOCK.compiled.match(line):
            found[-1].append(index)
        else:
            found.append([index])
        open_block = not _ALONE.compiled.match(line)
    return found


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`: cut after . ! ? (not after "e.g.", "Dr.", "v1.2",
    an initial) when a word follows, and at blank lines."""
    found, start = [], 0
    for end in _SENTENCE_END.compiled.finditer(text):
        found.append((start, end.end()))
        start = end.end()
    found.append((start, len(text)))
    return [(low, high) for low, high in found if text[low:high].strip()]


def check_document(text: str, people: frozenset[str] = frozenset()) -> list[LineFlag]:
    """Every flag in `text`, sentence by sentence across wrapped lines, with its line and offsets."""
    lines = text.splitlines()
    flags = []
    for block in blocks(lines):
        starts, offset = [], 0
        for index in block:
            starts.append(offset)
            offset += len(lines[index]) + 1
        joined = "\n".join(lines[index] for index in block)
        previous = ""
        for low, high in sentences(joined):
            sentence, shift = _quoted_on(joined, low, high)
            for found in check_text(sentence, people):
                if not sentence[shift : found.start].strip() and _stands_for_things(sentence, previous, people):
                    continue  # "They don't check ...", after "The smoke tests confirm ...": the tests
                end = min(found.end - shift, high - low)
                flag = Flag(max(found.start - shift, 0), end, found.phrase, found.suggestion)
                where = _line_of(starts, low + flag.start)
                line_start = starts[where]
                line = lines[block[where]]
                start = low + flag.start - line_start
                flags.append(
                    LineFlag(
                        block[where] + 1,
                        start,
                        min(low + flag.end - line_start, len(line)),
                        " ".join(flag.phrase.split()),
                        flag.suggestion,
                    )
                )
            previous = joined[low:high]
    return flags


def _quoted_on(block: str, low: int, high: int) -> tuple[str, int]:
    """The sentence block[low:high] with a double quote mark put back at its start if a quotation opened in an
    earlier sentence is still open, and at its end if one it opens goes on past it ("if we blame the person who
    scaled, nobody will scale. the fix is in the manifest."): quoted words stay quoted across sentences. Also how
    many marks it put before the sentence (0 or 1)."""
    sentence = block[low:high]
    opened = _open_after(block[:low])
    closes = _open_after(block[:high])
    before = '"' if opened else ""
    after = '"' if closes else ""
    return before + sentence.rstrip() + after + sentence[len(sentence.rstrip()) :], len(before)


def _open_after(text: str) -> bool:
    """Whether a double quotation is open at the end of `text` (straight marks pair up; curly ones open and close)."""
    straight = text.count('"') % 2 == 1
    curly = text.count("“") > text.count("”")
    return straight or curly


_THINGS_OPEN = LazyPattern(
    r"(?:the|these|those|our|all|both|all the|its|their|some|many) (?:[a-z0-9-]+ ){0,4}?[a-z-]+s"
    r"(?= (?!§|¬)[a-z])"
)
"""A sentence that opens with things as its subject ("the smoke tests that run after every migration confirm")."""


def _stands_for_things(sentence: str, previous: str, people: frozenset[str]) -> bool:
    """Whether a sentence opens with "They" that stands for the things the sentence before opened with."""
    if not sentence.lstrip(' "').startswith(("They ", "they ")) or not previous:
        return False
    norm = normalize(previous.strip(), people).text
    found = _THINGS_OPEN.compiled.match(norm)
    return found is not None and "§" not in found.group() and "¬" not in found.group()


def _line_of(starts: list[int], offset: int) -> int:
    """Which line of a block (index into `starts`) holds `offset` of the joined block."""
    return max(index for index, start in enumerate(starts) if start <= offset)
