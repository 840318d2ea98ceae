"""WebVTT and SubRip cues: when each starts (time elapsed since the recording began), who
speaks (a `<v Name>` voice, else Zoom's `Name: ` before the words) and the words.

WebVTT: a `WEBVTT` line, then blocks separated by blank lines; a cue is an optional id line
(Teams writes a GUID), `00:00:01.500 --> 00:00:04.000`, then its text. `NOTE`, `STYLE` and
`REGION` blocks are comments. SubRip: a number, `00:00:01,500 --> 00:00:04,000`, the text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

_TIMING = re.compile(r"^\s*(\S+)\s+-->\s+\S+")
ELAPSED = re.compile(r"(?:(?P<hours>\d{1,3}):)?(?P<minutes>\d{1,2}):(?P<seconds>\d{2})(?:[.,](?P<fraction>\d{1,3}))?")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<\d[^>]*>")
_NAMED = re.compile(r"([^:\n<>]{1,60}?):\s+(.*)", re.DOTALL)
_COMMENT_BLOCKS = ("NOTE", "STYLE", "REGION", "WEBVTT")


@dataclass
class Cue:
    """One cue: the line its timing is on, its start, its speaker (or "") and its words."""

    line: int
    start: timedelta
    speaker: str
    text: str


def elapsed(text: str) -> timedelta | None:
    """`01:02:03.500`, `02:03,5` or `00:21:14` as a duration; None if it is not one."""
    match = ELAPSED.fullmatch(text.strip())
    if match is None or int(match["seconds"]) > 59 or (match["hours"] and int(match["minutes"]) > 59):
        return None
    return timedelta(
        hours=int(match["hours"] or 0),
        minutes=int(match["minutes"]),
        seconds=int(match["seconds"]),
        milliseconds=int((match["fraction"] or "0").ljust(3, "0")),
    )


def cue_start(line: str) -> timedelta | None:
    """The start of a cue timing line (`00:00:01.500 --> 00:00:04.000`, settings may follow)."""
    match = _TIMING.match(line)
    return elapsed(match[1]) if match is not None else None


def _words(payload: list[str]) -> tuple[str, str]:
    """(speaker, words) of a cue's text lines."""
    joined = " ".join(line.strip() for line in payload if line.strip())
    voice = _VOICE.search(joined)
    speaker = html.unescape(voice[1]).strip() if voice else ""
    words = html.unescape(_TAG.sub("", joined)).strip()
    if not speaker and (named := _NAMED.fullmatch(words)) is not None:
        speaker, words = named[1].strip(), named[2].strip()
    return speaker, " ".join(words.split())


def cues(text: str) -> list[Cue]:
    """Every cue of a WebVTT or SubRip text, in file order."""
    found: list[Cue] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            block.append((number, line))
            continue
        if block and not block[0][1].lstrip().startswith(_COMMENT_BLOCKS):
            starts = [(index, cue_start(text_line)) for index, (_, text_line) in enumerate(block)]
            timing = next(((index, start) for index, start in starts if start is not None), None)
            if timing is not None:
                index, start = timing
                speaker, words = _words([text_line for _, text_line in block[index + 1 :]])
                if words:
                    found.append(Cue(block[index][0], start, speaker, words))
        block = []
    return found


def turns(found: list[Cue]) -> list[Cue]:
    """Consecutive cues of one speaker joined into one turn (a speaker's words are often split
    across cues mid-sentence); cues with no speaker stay as they are."""
    joined: list[Cue] = []
    for cue in found:
        if joined and cue.speaker and joined[-1].speaker == cue.speaker:
            joined[-1].text = f"{joined[-1].text} {cue.text}"
        else:
            joined.append(Cue(cue.line, cue.start, cue.speaker, cue.text))
    return joined
