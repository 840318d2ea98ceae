"""The one place user text is made safe for the formats facilitator writes.

User text is data. In Markdown it must not become a heading, a list, a quote, a table
column, a link, an image, raw HTML or an HTML entity, nor ping a person (`@handle`) or
link an issue (`#123`) when pasted into GitHub; a URL in it stays a working link (an
`<…>` autolink, nothing escaped inside). In a Mermaid diagram it must not end a label or
start a statement; on a terminal or in a shell comment it must stay on its one line.
Every exporter goes through these functions, never its own replace().
"""

from __future__ import annotations

import functools
import re

# Backslash-escaped anywhere in a line: emphasis, code, links and images, raw HTML and
# autolinks, entities, table pipes, strikethrough, math, and ATX heading marks. The backslash
# comes first, so the backslashes the others get are not escaped again. Each is one `replace`
# in C, only for the marks the text holds (a regular expression's replacement template is
# expanded in Python for every mark it finds: a 20,000-event timeline holds many).
_MARKDOWN_SPECIAL = "\\`*_[]<>#|~&$"
# Block markers that only matter at the start of a line: lists, setext underlines.
_LEADING_MARKER = re.compile(r"^(\d{1,9})([.)])|^([-+=])")

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_URL_TRAILING = ".,:;!?'\"*_~"
# GitHub links `@login` and `#123` only after a non-word character; a zero-width space
# after the mark keeps the text as written, and unlinked. Each pattern starts with its mark, so
# the search skips to it; the space goes in as a plain string, with no call per mark.
ZERO_WIDTH_SPACE = "\u200b"
_MENTION = re.compile(r"@(?<!\w@)(?=[A-Za-z0-9])")
_ISSUE = re.compile(r"#(?<!\w#)(?=\d)")
GITHUB_LOGIN = re.compile(r"@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})")

# Mermaid's own entity codes (`#58;`) for what would end a label or start a statement.
_MERMAID_ENTITIES = str.maketrans({char: f"#{ord(char)};" for char in ':;#%"<>{}[]`|\\'})
MERMAID_MAX = 60
LINE_BREAK = " ¶ "
"""Where a table cell, list item or heading breaks a line. Not `<br>`: document converters
(pandoc to .docx) drop raw HTML and run the words together; a pilcrow is kept everywhere."""


def _printable(text: str) -> str:
    """Tabs and other control or format characters become spaces."""
    if text.isprintable():  # the usual case, checked in one C call
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _url_end(url: str) -> int:
    """Where a URL found in text really ends: trailing punctuation, and a `)` it did not open, stay text."""
    end = len(url)
    while end and (
        url[end - 1] in _URL_TRAILING or (url[end - 1] == ")" and url.count("(", 0, end) < url.count(")", 0, end))
    ):
        end -= 1
    return end


def _autolink(url: str) -> str:
    target = url if "://" in url else f"http://{url}"
    return "<" + target.replace("|", "%7C") + ">"  # a `|` would end a table cell, `\|` would enter the link


def _escaped_text(text: str) -> str:
    if "@" in text:
        text = _MENTION.sub("@" + ZERO_WIDTH_SPACE, text)
    if "#" in text:
        text = _ISSUE.sub("#" + ZERO_WIDTH_SPACE, text)
    for mark in _MARKDOWN_SPECIAL:
        if mark in text:
            text = text.replace(mark, "\\" + mark)
    return text


def _escaped_with_links(line: str) -> str:
    """`line` escaped, each URL in it an autolink left exactly as written."""
    parts, position = [], 0
    for match in _URL.finditer(line):
        end = match.start() + _url_end(match[0])
        if end <= match.start() + len("www."):
            continue
        parts += [_escaped_text(line[position : match.start()]), _autolink(line[match.start() : end])]
        position = end
    parts.append(_escaped_text(line[position:]))
    return "".join(parts)


def _markdown_line(line: str) -> str:
    line = _printable(line).strip()
    line = _escaped_with_links(line) if ("://" in line or "www." in line.lower()) else _escaped_text(line)
    if not line or line[0] not in "0123456789-+=":
        return line
    return _LEADING_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", line)


def md_owner(owner: str) -> str:
    """An action's owner: a real GitHub mention when written as `@login`, else escaped text."""
    return owner.strip() if GITHUB_LOGIN.fullmatch(owner.strip()) else md_inline(owner)


@functools.lru_cache(maxsize=1024)
def md_inline(text: str) -> str:
    """Text for a table cell, list item or heading: one source line, breaks as `LINE_BREAK`.
    Kept for the texts a document repeats (owners, slugs, actors, kinds)."""
    text = str(text)
    if text.isprintable():  # one line with nothing to blank out: the usual case
        return _markdown_line(text)
    lines = [_markdown_line(line) for line in text.splitlines()]
    return LINE_BREAK.join(line for line in lines if line)


_ANSWER_PARTS = re.compile(r"(\\[!-/:-@\[-`{-~]|[*_`])")
_KEPT_MARKS = "*_`"


def _answer_line(line: str) -> str:
    """One line of a participant's Markdown: emphasis, strong, code marks and their escapes as
    written; every other character escaped as in `md_inline`."""
    out = []
    for part in _ANSWER_PARTS.split(_printable(line).strip()):
        if part in _KEPT_MARKS or (len(part) == 2 and part[0] == "\\" and part[1] in _KEPT_MARKS + "\\"):
            out.append(part)
        elif part:
            text = part[1] if len(part) == 2 and part[0] == "\\" else part
            out.append(_escaped_with_links(text) if ("://" in text or "www." in text.lower()) else _escaped_text(text))
    joined = "".join(out)
    if not joined or joined[0] not in "0123456789-+=":
        return joined
    return _LEADING_MARKER.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", joined)


def md_answer(text: str) -> str:
    """What a participant wrote in a pre-prep form, which is Markdown: their emphasis, strong and
    code stay Markdown (`**Personal Health Dashboard**` is bold); nothing else can become markup
    (a link, HTML, a table column, a heading). Lines break as `LINE_BREAK`."""
    return LINE_BREAK.join(line for line in (_answer_line(raw) for raw in str(text).splitlines()) if line)


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
    """A Mermaid label on one line, shortened to `limit` characters as written.

    Colons, semicolons, `#`, `%`, quotes, brackets and the like would end a label or start
    a statement, so they are written as Mermaid's entity codes (`#58;` shows a `:`).
    """
    words = " ".join(_printable(str(text)).split())
    if len(words) > limit:
        words = words[: limit - 1].rstrip() + "…"
    return words.translate(_MERMAID_ENTITIES) or "-"


def plain_line(text: str) -> str:
    """Text for a terminal line or a shell comment: control characters and breaks become spaces."""
    return " ".join(_printable(str(text)).split())
