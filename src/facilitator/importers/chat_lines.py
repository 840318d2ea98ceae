"""The lines of text copied out of a chat client, told apart: who posted and when, a bare
continuation time, a day divider, the client's own words around messages, or message text.

Message headers as the clients show them when their messages are selected and copied:

- Slack: `Ana Ops  11:41 PM` (name and time on one line, or the time on the next line),
  `Yesterday at 11:41 PM`; an app's posts say `PagerDuty APP`; the older layout
  `Ana Ops [11:41 PM]`. One person's next messages carry only a bare time (`11:42`).
- Discord: `Ana Ops — Today at 11:41 PM` or `Ana Ops — 03/22/2026 11:41 PM` (cozy), and
  `[11:41 PM] Ana Ops: text` (compact).
- Google Chat: `Ana Ops, 11:41 PM` or `Ana Ops, Mar 22, 11:41 PM`.
- Teams: `[22/03/2026 23:41] Ana Ops: text`, or the name with `22/03/2026 23:41` below it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from facilitator.importers.chat_times import CLOCK, MONTHS, NUMERIC_DATE, RELATIVE_DAY
from facilitator.importers.head_lines import first_lines

_WHEN = rf"(?:(?P<relative>{RELATIVE_DAY})(?:\s+at)?,?\s+|(?P<date>{NUMERIC_DATE}),?\s+)?(?P<clock>{CLOCK})"
_MONTH_DAY = r"(?P<month_day>(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?)"
_HEADS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (client, re.compile(pattern, re.IGNORECASE), handles)
    for client, pattern, handles in (
        (
            "teams",
            rf"\[(?P<date>{NUMERIC_DATE}),?\s+(?P<clock>{CLOCK})\]\s+(?P<name>[^:\[\]]+?)(?::\s+(?P<text>.*))?",
            True,
        ),
        ("discord", rf"\[(?P<clock>{CLOCK})\]\s?(?P<name>[^:\[\]]+?):\s+(?P<text>.*)", True),
        ("discord", rf"(?P<name>\S.*?)\s+[—–]\s+{_WHEN}", False),
        ("slack", rf"(?P<name>\S.*?)(?P<app>\s+APP)?\s+\[(?P<clock>{CLOCK})\]", True),
        ("slack", rf"(?P<name>\S.*?)(?P<app>\s+APP)?(?:\s{{2,}}|\t+){_WHEN}", True),
        ("google chat", rf"(?P<name>\S.*?),\s+(?:{_MONTH_DAY},?\s+)?{_WHEN}", False),
    )
)
SPLIT_WHEN = re.compile(rf"\s*{_WHEN}\s*", re.IGNORECASE)
_CONTINUATION = re.compile(rf"\s*\[?(?P<clock>{CLOCK})\]?(?:\s+(?P<text>\S.*))?", re.IGNORECASE)
_NOISE = re.compile(
    r"""\s*(?:
        new\ messages? | \d+\ repl(?:y|ies) | last\ reply\ .{1,40} | view\ thread | also\ sent\ to\ the\ channel
      | show\ more | show\ less | edited | \(edited\) | reply | react | more\ actions | jump\ to\ present
      | (?:joined|left)\ \#\S+\.? | this\ is\ the\ very\ beginning\ of .*
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_REACTIONS = re.compile(
    r"\s*(?:(?::[\w+'-]+:|[^\w\s\x00-\x7f]{1,8})\s*\d*\s*)+",  # :eyes: 1, 👀 1, or the emoji alone
)
_COUNT = re.compile(r"\s*\d{1,4}\s*")
_EDITED = re.compile(r"\s*(?:\(edited\)|•\s*Edited|\(edited\s+\d.*\))\s*$", re.IGNORECASE)
_PARTICLES = {"van", "der", "de", "da", "di", "von", "la", "le", "du", "del", "bin", "al", "dos", "das"}
_HANDLE = re.compile(r"[\w.@-]{2,32}")
LABEL_WORDS = {
    "alert", "update", "note", "status", "action", "decision", "resolved", "resolution", "incident", "info",
    "warning", "error", "fix", "mitigation", "impact", "cause", "comms", "page", "paged", "deploy", "rollback",
    "fyi", "todo", "summary", "timeline", "question", "answer", "q", "a",
}  # fmt: skip
"""Words that start a log line (`[09:26] Alert: disk full`), never a chat speaker's name."""


class Head(NamedTuple):
    """A message header: the client whose layout it is, who, when, and any text on its line."""

    client: str
    speaker: str
    clock: str
    date: str
    relative: str
    month_day: str
    text: str | None


def looks_like_name(text: str, handles: bool = False) -> bool:
    """A person's or an app's name as a chat client shows it: a few words, each capitalised
    (a particle like `van` aside), or with `handles` a single handle like `ana.ops`."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 48 or any(mark in text for mark in ':!?;"') or text[0] in "[(#":
        return False
    if handles and len(words) == 1 and _HANDLE.fullmatch(text):
        return True
    return (
        all(
            (word[0].isalnum() and not word[0].islower()) or word.lower() in _PARTICLES or word.startswith("(")
            for word in words
        )
        and words[0][0].isalpha()
    )


def head(line: str) -> Head | None:
    """The header on `line` in any client's layout, else None."""
    for client, pattern, handles in _HEADS:
        match = pattern.fullmatch(line.strip())
        if match is None:
            continue
        name = match["name"].strip()
        groups = match.groupdict()
        if looks_like_name(name, handles) and name.lower() not in LABEL_WORDS:
            return Head(
                client,
                name,
                match["clock"],
                groups.get("date") or "",
                groups.get("relative") or "",
                groups.get("month_day") or "",
                groups.get("text"),
            )
    return None


def split_head(name_line: str, when_line: str, speakers: set[str]) -> Head | None:
    """A header split over two lines: the name, then the time (`11:41 PM`, `Today at 11:41 PM`,
    `22/03/2026 23:41`). A bare 24-hour time under a line that could be a name is a header only
    when that name has already spoken (or nobody has): otherwise it is the time of the next
    message of the speaker above, under the last line of their message."""
    when = SPLIT_WHEN.fullmatch(when_line)
    name = name_line.strip().removesuffix(" APP").strip()
    if when is None or not looks_like_name(name, handles=True) or name.lower() in LABEL_WORDS:
        return None
    full = when["date"] or when["relative"] or read_half(when["clock"])
    if not (full or name in speakers or not speakers):
        return None
    return Head("split", name, when["clock"], when["date"] or "", when["relative"] or "", "", None)


def read_half(clock: str) -> bool:
    """Whether a written time says AM or PM."""
    return bool(re.search(r"[AaPp]\.?\s?[Mm]", clock))


def continuation(line: str) -> tuple[str, str | None] | None:
    """(time, text on the line) of a bare continuation time (`11:42`, `[11:42 PM] text`), else None."""
    match = _CONTINUATION.fullmatch(line)
    return (match["clock"], match["text"]) if match is not None else None


def is_noise(line: str) -> bool:
    """The client's own words around messages: `New messages`, `3 replies`, `View thread`, ..."""
    return _NOISE.fullmatch(line) is not None


def is_reaction(line: str) -> bool:
    """Reactions under a message: `:eyes: 1`, `👀 2 🙏 1`, or the emoji alone (its count below)."""
    return _REACTIONS.fullmatch(line) is not None and not line.strip().isdigit()


def is_count(line: str) -> bool:
    """A reaction's count on the line under its emoji."""
    return _COUNT.fullmatch(line) is not None


def without_edited(line: str) -> str:
    """A message line without the `(edited)` mark a client adds to it."""
    return _EDITED.sub("", line)


_TIMED_LINE = re.compile(r"\s*(?:[-*\u2022]\s+)?\[?\d{1,4}[-:/]\d{1,2}")


def next_written(lines: list[str], number: int) -> int | None:
    """The number (1-based) of the first line after line `number` with something on it: a header's
    time may stand below its name with blank lines between (the Slack web client's copy)."""
    return next((below for below in range(number + 1, len(lines) + 1) if lines[below - 1].strip()), None)


def looks_like_chat(text: str) -> bool:
    """Whether `text` reads as messages copied from a chat client: at least two headers, and
    no more lines that start with a time outside headers than twice the headers."""
    lines = [line.rstrip() for line in first_lines(text, 400)]
    heads = other = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        below = next_written(lines, index + 1)
        following = lines[below - 1] if below is not None else ""
        if head(line) is not None or split_head(line, following, {"\0"}) is not None:
            heads += 1
            continue
        bare = continuation(line)
        if _TIMED_LINE.match(line) and (bare is None or bare[1]):
            other += 1
    return heads >= 2 and other <= 2 * heads
