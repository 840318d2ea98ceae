"""What an importer hands back: the events it parsed, and every line it could not place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from facilitator.importers.kinds import infer_kind
from facilitator.model.base import CLEAN_TEXT
from facilitator.model.enums import EventKind
from facilitator.model.event import TimelineEvent, UnplacedLine, event_time
from facilitator.model.session import Session
from facilitator.model.text import clean_text, strip_control

if TYPE_CHECKING:
    from facilitator.importers.prep_form import FilledForm

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)` while a big input is parsed."""

PROGRESS_STEP = 1000
_CLEANED = {CLEAN_TEXT: True}
"""Validation context for an event whose every string went through `clean_text` already."""


@dataclass(frozen=True)
class Problem:
    """Something in the input that could not be used, at `file` line `line` (None: the whole file)."""

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}" if self.line is None else f"{self.file}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class Page:
    """One page of an offset-paginated listing: its `offset` and `limit`, and whether `more` follow."""

    offset: int
    limit: int
    more: bool

    @property
    def next_offset(self) -> int:
        return self.offset + self.limit


@dataclass(frozen=True)
class ImportResult:
    """Events parsed from one input, sorted by time, plus what went wrong.

    `problems` block a strict import; `unplaced` holds the input of each problem line so a
    lenient import can keep it for placing by hand; `warnings` (an ambiguous zone, a time
    that runs backwards) never block.
    """

    source: str
    format: str
    events: tuple[TimelineEvent, ...] = ()
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    unplaced: tuple[UnplacedLine, ...] = ()
    incident_times: dict[str, datetime] = field(default_factory=dict)
    """Session times the input knows (detected_at, acknowledged_at, resolved_at, ...)."""
    session: Session | None = None
    """The whole session, when the input is a facilitator JSON export."""
    prep_form: FilledForm | None = None
    """A filled pre-prep form (events stay empty); `answers_from_form` checks it against a session."""
    skipped: dict[str, int] = field(default_factory=dict)
    """What was left out on purpose, by what it was (`private chat messages`: 2)."""
    page: Page | None = None
    """Where this input sits in a paged API listing (PagerDuty's offset pagination)."""
    notes: tuple[str, ...] = ()
    """How the input was read, for the summary (`columns used: time 'Created (UTC)', ...`)."""

    @property
    def unreadable(self) -> bool:
        """Nothing in it could be used, not even kept as an unplaced line: `--lenient` cannot help."""
        return bool(self.problems) and not (self.events or self.unplaced or self.session or self.prep_form)

    @property
    def span(self) -> tuple[datetime, datetime] | None:
        """(first, last) instant of the events, or None when there are none."""
        return (self.events[0].at, self.events[-1].at) if self.events else None


class Collector:
    """Gathers one input's events and problems as an importer walks it."""

    def __init__(self, source: str, fmt: str, progress: Progress | None = None) -> None:
        self.source = source
        self._folder = str(PurePath(source).parent) if PurePath(source).name != source else ""
        self.format = fmt
        self.progress = progress
        self.events: list[TimelineEvent] = []
        self.problems: list[Problem] = []
        self.unplaced: list[UnplacedLine] = []
        self.incident_times: dict[str, datetime] = {}
        self.skipped: dict[str, int] = {}
        self.page: Page | None = None
        self.notes: list[str] = []
        self._warnings: dict[str, Problem] = {}
        self._sources: dict[str | None, str] = {}

    def event(
        self,
        at: datetime,
        text: str,
        line: int | None,
        actor: str = "",
        kind: EventKind | None = None,
        *,
        file: str | None = None,
        parent_id: str | None = None,
    ) -> TimelineEvent | None:
        """Add an event (control sequences stripped); an event with no text is a problem instead.

        Every string is cleaned here with `clean_text`, as the model would clean it (the same text:
        stripping control codes first, as this did before, leaves nothing more for `clean_text` to
        strip), so the model is told its input is clean and skips looking again: a 20,000-row file
        makes 40,000 models."""
        clean = clean_text(text)
        if not clean.strip():
            self.problem(line, "no text for the event", text, file=file)
            return None
        source = self._sources.get(file)
        if source is None:
            source = self._sources[file] = clean_text(self.relative(file or self.source))
        event = TimelineEvent.model_validate(
            {
                "at": at,
                "text": clean,
                "actor": clean_text(actor).strip(),
                "kind": kind or infer_kind(clean),
                "provenance": {"source": source, "line": line},
                "parent_id": None if parent_id is None else clean_text(parent_id),
            },
            context=_CLEANED,
        )
        self.events.append(event)
        return event

    def problem(self, line: int | None, reason: str, raw: str | None = None, *, file: str | None = None) -> None:
        """Record a problem; `raw` (the input that could not be placed) is kept as an unplaced line."""
        where = file or self.source
        self.problems.append(Problem(where, line, reason))
        if raw is not None:
            self.unplaced.append(
                UnplacedLine(source=self.relative(where), line=line, text=strip_control(raw), reason=reason)
            )

    def relative(self, where: str) -> str:
        """`where` named from what was imported (`export.zip/inc-2041/2026-03-22.json`), never with
        the folders above it on the facilitator's machine: a session file travels."""
        if self._folder and where.startswith(self._folder):
            return where[len(self._folder) :].lstrip("/\\") or where
        return where

    def warn(self, line: int | None, reason: str, *, file: str | None = None) -> None:
        """Record a warning once per distinct reason (the first line it happened on)."""
        self._warnings.setdefault(reason, Problem(file or self.source, line, reason))

    def note(self, text: str) -> None:
        """Say how the input was read (shown with the summary of the import)."""
        self.notes.append(text)

    def skip(self, what: str) -> None:
        """Count one input item left out on purpose (`what` names the kind, plural)."""
        self.skipped[what] = self.skipped.get(what, 0) + 1

    def tick(self, done: int, total: int) -> None:
        if self.progress is not None and (done % PROGRESS_STEP == 0 or done == total):
            self.progress(done, total)

    def result(self, session: Session | None = None) -> ImportResult:
        if not self.events and not self.problems and session is None:
            left_out = f"; left out: {skipped_text(self.skipped)}" if self.skipped else ""
            self.problem(None, f"no timeline events found (read as {self.format}){left_out}")
        return ImportResult(
            source=self.source,
            format=self.format,
            events=tuple(sorted(self.events, key=event_time)),
            problems=tuple(self.problems),
            warnings=tuple(self._warnings.values()),
            unplaced=tuple(self.unplaced),
            incident_times=dict(self.incident_times),
            session=session,
            skipped=dict(self.skipped),
            page=self.page,
            notes=tuple(self.notes),
        )


def skipped_text(skipped: dict[str, int]) -> str:
    """`private chat messages (2), Slack messages with nothing in them (1)`."""
    return ", ".join(f"{what} ({count})" for what, count in skipped.items())
