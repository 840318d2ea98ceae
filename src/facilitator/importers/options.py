"""What the person importing knows that the file does not say: the one set of reading options.

The CLI (`--date`, `--tz`, `--channel`, `--incident`, `--start`, `--dayfirst`, `--per-cue`) and
the import dialog fill the same `ReadOptions`; every reader takes what it needs from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from facilitator.model.timeparse import TimeParseError, parse_time

START_FORMAT = "YYYY-MM-DD HH:MM[:SS]"


@dataclass(frozen=True)
class ReadOptions:
    """How to read an input.

    `default_date` and `default_tz` place times that give no date or zone; `channels` are the
    Slack channels to read from a workspace export; `incident` picks one incident from a listing
    that holds several (PagerDuty account-wide log entries, a Statuspage incidents list,
    incident.io updates); `start` (UTC) is when a recording or meeting began, for times
    written as time elapsed since then; `day_first` says numeric dates that could swap
    (`03/04/2026`) are day first; `per_cue` reads a transcript one event per cue instead of one
    per turn (a speaker's consecutive cues).
    """

    default_date: date | None = None
    default_tz: str = "UTC"
    channels: tuple[str, ...] = ()
    incident: str | None = None
    start: datetime | None = None
    day_first: bool = False
    per_cue: bool = False


def start_instant(text: str, zone: str) -> datetime:
    """`--start`: a date and a time of day, in `zone` unless it names its own. TimeParseError
    (naming the form to use) when it is not one."""
    try:
        placed = parse_time(text, None, zone)
    except TimeParseError as error:
        if "no date" in str(error):
            raise TimeParseError(f"{text.strip()!r} has no date (use {START_FORMAT})") from None
        raise
    return placed.at
