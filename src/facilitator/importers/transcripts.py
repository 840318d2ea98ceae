"""Meeting recordings and transcripts: who said what, and when.

Read: WebVTT and SubRip (a Zoom or Teams recording's transcript; one speaker's consecutive
cues are one turn, one event, and the summary says how many cues became how many turns; with
`--per-cue`, one event per cue); Zoom's saved live transcript (`[Ana Ops] 23:41:07` then the
words, clock times on the date of `--start`, else `--date`); a Google Meet transcript
(`00:05:00` markers every few minutes, then `Ana Ops: words`); a Zoom cloud recording's
chat (`00:21:14<TAB>Ana Ops:<TAB>words`). Times elapsed since the recording began are
placed against `--start` and are never read as clock times: without it the input is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitator.importers.chat_speakers import RECORDING_CHAT, is_chat_reaction
from facilitator.importers.cues import cue_start, cues, elapsed, turns
from facilitator.importers.head_lines import first_lines
from facilitator.importers.options import START_FORMAT, ReadOptions
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.importers.text_lines import NO_DATE, place_lines
from facilitator.model.timeparse import WallClock, zone_from_token

_ZOOM_LIVE = re.compile(r"\[(?P<name>[^\]\n]+)\]\s+(?P<clock>\d{1,2}:\d{2}:\d{2})\s*")
_MARKER = re.compile(r"\s*(\d{1,2}:\d{2}:\d{2})\s*")
_SPEAKER = re.compile(r"(?P<name>[^:\n]{1,60}?)\s*~?:\s+(?P<text>\S.*)")
_MEET_NOISE = re.compile(r"Meeting ended after \d|This editable transcript was computer generated", re.IGNORECASE)

PER_CUE = "--per-cue"
LAYOUTS = {
    "cues": "transcript's cue times",
    "meet": "Google Meet transcript's times",
    "recording chat": "Zoom recording chat's times",
}


def layout_of(text: str) -> str | None:
    """Which transcript layout `text` is in (`cues`, `zoom live`, `meet`, `recording chat`), or None."""
    lines = [line for line in first_lines(text, 60) if line.strip()]
    if not lines:
        return None
    if lines[0].lstrip().startswith("WEBVTT") or (
        len(lines) > 1 and lines[0].strip().isdigit() and cue_start(lines[1]) is not None
    ):
        return "cues"
    if _ZOOM_LIVE.fullmatch(lines[0]):
        return "zoom live"
    if RECORDING_CHAT.fullmatch(lines[0]):
        return "recording chat"
    markers = [index for index, line in enumerate(lines) if _MARKER.fullmatch(line)]
    if markers and any(_SPEAKER.fullmatch(line) for line in lines[markers[0] + 1 :]):
        after = lines[markers[0] + 1 :]
        if not any(re.match(r"\s*\d{1,2}:\d{2}\S*\s+\S", line) for line in after):
            return "meet"
    return None


@dataclass
class _Said:
    """Words someone said (or wrote), and when: elapsed since the start, or a clock time."""

    line: int
    speaker: str
    lines: list[str]
    offset: timedelta | None = None
    clock: WallClock | None = None
    at: datetime | None = None
    reason: str = ""
    dated: bool = False
    joiner: str = "\n"

    @property
    def text(self) -> str:
        return self.joiner.join(self.lines).strip()


def _recording_chat(collector: Collector, text: str) -> list[_Said]:
    said: list[_Said] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = RECORDING_CHAT.fullmatch(line)
        if match is None:
            if said and line.strip():
                said[-1].lines.append(line.strip())
            continue
        if is_chat_reaction(match["text"]):
            collector.skip("chat reactions")
            continue
        said.append(_Said(number, match["name"].strip(), [match["text"]], offset=elapsed(match["clock"])))
    return said


def _meet(text: str) -> list[_Said]:
    """Speakers under each `00:05:00` marker; the words before the first marker were said at
    its start (Meet writes no `00:00:00`), once they are a known speaker's (an attendee's, or
    someone who speaks later), so the title and the attendees list never become events."""
    lines = text.splitlines()
    known = _meet_speakers(lines)
    said: list[_Said] = []
    offset: timedelta | None = None
    for number, line in enumerate(lines, start=1):
        marker = _MARKER.fullmatch(line)
        if marker is not None:
            offset = elapsed(marker[1])
            continue
        if not line.strip() or _MEET_NOISE.match(line.strip()):
            continue
        speaker = _SPEAKER.fullmatch(line.strip())
        if speaker is not None and (offset is not None or speaker["name"].strip() in known):
            said.append(_Said(number, speaker["name"].strip(), [speaker["text"]], offset=offset or timedelta(0)))
        elif said:
            said[-1].lines.append(line.strip())
    return said


def _meet_speakers(lines: list[str]) -> set[str]:
    """The names on the attendees line and of everyone who speaks after a marker."""
    known: set[str] = set()
    filled = [line for line in lines if line.strip()]
    for before, line in zip(["", *filled], filled, strict=False):
        if before.strip().lower() == "attendees":
            known.update(name.strip() for name in line.split(","))
    first = next((i for i, line in enumerate(lines) if _MARKER.fullmatch(line)), len(lines))
    for line in lines[first:]:
        speaker = _SPEAKER.fullmatch(line.strip())
        if speaker is not None:
            known.add(speaker["name"].strip())
    return known


def _zoom_live(text: str, options: ReadOptions) -> list[_Said]:
    """Clock times: on the date of `--start` (in `--tz`), else `--date`."""
    tzinfo = zone_from_token(options.default_tz)[0]
    day = options.start.astimezone(tzinfo).date() if options.start else options.default_date
    said: list[_Said] = []
    for number, line in enumerate(text.splitlines(), start=1):
        head = _ZOOM_LIVE.fullmatch(line)
        if head is None:
            if said and line.strip():
                said[-1].lines.append(line.strip())
            continue
        item = _Said(number, head["name"].strip(), [])
        if day is None:
            item.reason = NO_DATE
        else:
            hour, minute, second = (int(part) for part in head["clock"].split(":"))
            try:
                item.clock = WallClock(datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tzinfo))
            except ValueError:
                item.reason = f"{head['clock']!r} is not a time of day"
        said.append(item)
    return said


def parse_transcript(text: str, source: str, options: ReadOptions, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "transcript", progress)
    layout = layout_of(text)
    if layout == "zoom live":
        said = _zoom_live(text, options)
        place_lines(collector, [item for item in said if item.clock is not None])
    else:
        how = ""
        if layout == "cues":
            found = cues(text)
            joined = found if options.per_cue else turns(found)
            said = [_Said(cue.line, cue.speaker, [cue.text], offset=cue.start, joiner=" ") for cue in joined]
            if options.per_cue:
                how = f"{len(found)} cues read as {len(found)} events, one per cue"
            elif len(joined) < len(found):
                how = (
                    f"{len(found)} cues read as {len(joined)} turns: one speaker's consecutive cues are one event "
                    f"({PER_CUE} gives one event per cue)"
                )
        else:
            said = _meet(text) if layout == "meet" else _recording_chat(collector, text)
        if said and options.start is None:
            first = said[0].offset or timedelta(0)
            collector.problem(
                None,
                f"the {LAYOUTS.get(layout or '', 'times')} ({_hms(first)}, ...) are elapsed since the recording "
                f'began, not clock times: give --start "{START_FORMAT}", when it began (in --tz)',
            )
            return collector.result()
        if how:
            collector.note(how)
        for item in said:
            if item.offset is not None and options.start is not None:
                item.at = options.start + _whole_seconds(item.offset)
    for done, item in enumerate(said, start=1):
        collector.tick(done, len(said))
        if item.at is None:
            collector.problem(item.line, item.reason or "no time for these words", item.text)
        else:
            collector.event(item.at, item.text, item.line, actor=item.speaker)
    return collector.result()


def _whole_seconds(offset: timedelta) -> timedelta:
    return timedelta(seconds=int(offset.total_seconds()))


def _hms(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
