"""Who said it, in chat files and table pastes: Zoom's saved chat, Teams and Google Docs tables.

Zoom saves `10:05:23 From Ana Ops to Everyone:` with the message on the next lines, or after the
colon on the same line (older versions: `10:05:23\t From  Ana Ops : message`); a message sent to
one person says `to Bo(Direct Message)` or `(Privately)` (kept, marked as private); a reaction
is a message of its own (`Reacted to "…" with 👍`). A table pasted from Teams, Google Docs or a Zoom
cloud recording is one row a line with tab-separated cells: time, speaker, text, maybe
under a header row (`Time<TAB>Speaker<TAB>Message`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from facilitator.importers.csv_columns import map_header
from facilitator.importers.cues import ELAPSED

# `to` must be Zoom's own words, so `From the logs to the DB: ...` stays plain text.
_ZOOM = re.compile(
    r"From\s+(?P<name>.+?)(?:\s+to\s+(?P<to>Everyone[^:]*|[^:]+?\((?:Direct Message|Privately)\))\s*|\s+)"
    r":(?:\s+|$)(?P<text>.*)",
    re.DOTALL | re.IGNORECASE,
)
_PRIVATE = re.compile(r"\s*\((?:direct message|privately)\)\s*", re.IGNORECASE)
RECORDING_CHAT = re.compile(rf"(?P<clock>{ELAPSED.pattern})\t(?P<name>[^\t]*?):\t(?P<text>.*)")
"""A line of a Zoom cloud recording's chat: `00:21:14<TAB>Ana Ops:<TAB>words`, the time elapsed
since the recording began."""
_REACTION = re.compile(r'\s*(?:Reacted to|Removed a .{1,20} reaction from) ".*"', re.DOTALL)


class Said(NamedTuple):
    """A chat message's speaker, its text, and who it went to when it went to one person only."""

    speaker: str
    text: str
    private_to: str
    """The one person a private message went to; "" for a message to everyone."""


def zoom_message(rest: str) -> Said | None:
    """`From Ana to Everyone: text` (what follows a Zoom chat line's time), else None."""
    match = _ZOOM.fullmatch(rest)
    if match is None:
        return None
    to, text = match["to"] or "", match["text"]
    private = bool(_PRIVATE.search(to) or _PRIVATE.match(text))
    recipient = (_PRIVATE.sub("", to).strip() or "one person") if private else ""
    return Said(match["name"].strip(), text, recipient)


def is_chat_reaction(text: str) -> bool:
    """A Zoom chat message that is only a reaction to another: `Reacted to "…" with 👍`."""
    return _REACTION.match(text) is not None


def table_header(line: str) -> dict[str, int] | None:
    """The columns of a pasted table's header row (`Time<TAB>Speaker<TAB>Message`), else None."""
    if "\t" not in line:
        return None
    columns = map_header([cell.strip() for cell in line.split("\t")])
    return columns if "timestamp" in columns and "text" in columns else None


def table_row(line: str, columns: dict[str, int] | None) -> tuple[str, str, str] | None:
    """(time cell, speaker, text) of a tab-separated row, else None. Without a header the
    cells are time, speaker, text (a speaker's trailing `:` dropped, as Zoom writes it)."""
    cells = line.split("\t")
    if columns is not None:

        def cell(name: str) -> str:
            index = columns.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        return cell("timestamp"), cell("actor"), cell("text")
    if len(cells) < 3:
        return None
    return cells[0].strip(), cells[1].strip().removesuffix(":").strip(), "\t".join(cells[2:]).strip()
