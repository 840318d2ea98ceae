"""The one place user text is made safe for the formats facilitator writes.

User text is data. In Markdown it must not become a heading, a list, a quote, a table
column, a link, an image, raw HTML or an HTML entity; in a Mermaid diagram it must not
end a label or start a statement; on a terminal or in a shell comment it must stay on
its one line. Every exporter goes through these functions, never its own replace().
"""

from __future__ import annotations

import re

# Backslash-escaped anywhere in a line: emphasis, code, links and images, raw HTML and
# autolinks, entities, table pipes, strikethrough, math, and ATX heading marks.
_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]<>#|~&$"})
# Block markers that only matter at the start of a line: lists, setext underlines.
_LEADING_MARKER = re.compile(r"^(\d{1,9})([.)])|^([-+=])")

_MERMAID_KEEP = frozenset(" .,!?'/+-_()@")
MERMAID_MAX = 60


def _printable(text: str) -> str:
    """Tabs and other control or format characters become spaces."""
    if text.isprintable():  # the usual case, checked in one C call
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _markdown_line(line: str) -> str:
    line = _printable(line).strip().translate(_MARKDOWN_SPECIAL)
    if not line or line[0] not in "0123456789-+=":
        return line
    return _LEADING_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line)


def md_inline(text: str) -> str:
    """Text for a table cell, list item or heading: one source line, breaks as `<br>`."""
    text = str(text)
    if text.isprintable():  # one line with nothing to blank out: the usual case
        return _markdown_line(text)
    lines = [_markdown_line(line) for line in text.splitlines()]
    return "<br>".join(line for line in lines if line)


def md_block(text: str) -> str:
    """Text as paragraphs: blank lines separate them, other line breaks are kept."""
    paragraphs: list[list[str]] = [[]]
    for raw in str(text).splitlines():
        line = _markdown_line(raw)
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("  \n".join(lines) for lines in paragraphs if lines)


def mermaid_label(text: str, limit: int = MERMAID_MAX) -> str:
    """A Mermaid label: letters, digits, spaces and harmless punctuation only, shortened.

    Colons, semicolons, `#`, `%`, quotes, brackets and line breaks would end a label or
    start a statement, so they become spaces.
    """
    kept = "".join(ch if ch.isalnum() or ch in _MERMAID_KEEP else " " for ch in str(text))
    words = " ".join(kept.split())
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return words or "-"


def plain_line(text: str) -> str:
    """Text for a terminal line or a shell comment: control characters and breaks become spaces."""
    return " ".join(_printable(str(text)).split())
