"""Markdown, as plainly as a filled-in form needs it: headings, list items and paragraphs.

Forms come back from GitHub, Confluence, Google Docs and Notion in many dialects: ATX or
setext headings, `-`, `*`, `+` or numbered list items, emphasis around labels, backslash
escapes added by HTML-to-Markdown converters. `blocks()` turns any of those into one flat
list of blocks, each with the line it starts on and list markers removed: its `text` is the
participant's Markdown as written (soft line breaks unwrapped, the exporter's own escapes
undone), its `plain` the same as plain text. Nested items become blocks of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from facilitator.export.escape import ZERO_WIDTH_SPACE

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,9}[.)])(?:[ \t]+(.*))?$")
_CHECKBOX = re.compile(r"^\[[ xX]\][ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_PLAIN_ESCAPE = re.compile(r"(\\\\)|\\([!-)+-/:-@{-~^|])")
"""An escaped backslash (kept whole, so the escape after it is not eaten), or an escape to drop."""
_WRAPPED = re.compile(r"^(\*\*|__|\*|_)(.+)\1$", re.DOTALL)
_LEAD = re.compile(r"^(\*\*|__|\*|_)([^*_\n]+?)\1")


class Kind(Enum):
    HEADING = "heading"
    ITEM = "item"
    TEXT = "text"


@dataclass
class Block:
    """A heading, list item or paragraph: `text` is its Markdown as written (soft line breaks a
    docs tool added unwrapped, a hard break kept as a newline), `plain` the same as plain text."""

    kind: Kind
    line: int
    text: str

    @property
    def plain(self) -> str:
        return "\n".join(plain(part) for part in self.text.split("\n")).strip()


def unescape(text: str) -> str:
    """Backslash escapes of ASCII punctuation removed, as a Markdown renderer would."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


def as_written(text: str) -> str:
    """A participant's Markdown as they wrote it: the zero-width space the exporter puts after
    `@` and `#` removed, and backslash escapes that converters add before punctuation that is
    plain in running text (`\\#1`, `\\~80%`) too; escaped emphasis and code marks stay escaped."""
    if ZERO_WIDTH_SPACE in text:
        text = text.replace("@" + ZERO_WIDTH_SPACE, "@").replace("#" + ZERO_WIDTH_SPACE, "#")
    return _PLAIN_ESCAPE.sub(lambda m: m[1] or m[2], text).strip() if "\\" in text else text.strip()


def plain(text: str) -> str:
    """Block text as a person typed it: escapes and emphasis around the whole of it removed, and
    the zero-width space the exporter puts after `@` and `#` (so GitHub links nothing) too."""
    text = text.strip()
    if ZERO_WIDTH_SPACE in text:
        text = text.replace("@" + ZERO_WIDTH_SPACE, "@").replace("#" + ZERO_WIDTH_SPACE, "#")
    while (match := _WRAPPED.match(text)) is not None and match[2].strip():
        text = match[2].strip()
    return unescape(text).strip()


def unwrap_lead(text: str) -> str:
    """`**Vote:** +1` as `Vote: +1`: emphasis around the start of a line (a label) removed."""
    return _LEAD.sub(r"\2", text, count=1)


def blocks(text: str) -> list[Block]:
    """The headings, list items and paragraphs of `text`, in order, each with its first line."""
    found: list[Block] = []
    current: Block | None = None
    hard_break = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _QUOTE.sub("", raw).rstrip()
        broke, hard_break = hard_break, raw.endswith(("  ", "\\"))
        if not line.strip():
            current = None
            continue
        setext = _SETEXT.match(line)
        if setext and current is not None and current.kind is Kind.TEXT and "\n" not in current.text:
            current.kind = Kind.HEADING
            current = None
            continue
        if _BREAK.match(line):
            current = None
            continue
        heading = _ATX.match(line)
        if heading:
            found.append(Block(Kind.HEADING, number, heading[2] or ""))
            current = None
            continue
        item = _ITEM.match(line)
        if item:
            body = _CHECKBOX.sub("", item[2] or "")
            current = Block(Kind.ITEM, number, body)
            found.append(current)
            continue
        if current is not None:
            current.text += ("\n" if broke else " ") + line.strip().removesuffix("\\")
            continue
        current = Block(Kind.TEXT, number, line.strip())
        found.append(current)
    for block in found:
        block.text = as_written(block.text.removesuffix("\\"))
    return found
