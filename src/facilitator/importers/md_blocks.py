"""Markdown, as plainly as a filled-in form needs it: headings, list items and paragraphs.

Forms come back from GitHub, Confluence, Google Docs and Notion in many dialects: ATX or
setext headings, `-`, `*`, `+` or numbered list items, emphasis around labels, backslash
escapes added by HTML-to-Markdown converters. `blocks()` turns any of those into one flat
list of blocks, each with the line it starts on, with list markers, emphasis around the
whole text and escapes removed. Nested items become blocks of their own.
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
_WRAPPED = re.compile(r"^(\*\*|__|\*|_)(.+)\1$", re.DOTALL)
_LEAD = re.compile(r"^(\*\*|__|\*|_)([^*_\n]+?)\1")


class Kind(Enum):
    HEADING = "heading"
    ITEM = "item"
    TEXT = "text"


@dataclass
class Block:
    kind: Kind
    line: int
    text: str


def unescape(text: str) -> str:
    """Backslash escapes of ASCII punctuation removed, as a Markdown renderer would."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


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
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _QUOTE.sub("", raw).rstrip()
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
            current.text += "\n" + line.strip()
            continue
        current = Block(Kind.TEXT, number, line.strip())
        found.append(current)
    for block in found:
        block.text = "\n".join(plain(part) for part in block.text.split("\n")).strip()
    return found
