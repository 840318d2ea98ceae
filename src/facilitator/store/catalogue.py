"""The catalogue of a sessions folder: one summary per session file, kept in a TinyDB file.

`facilitator report`, `facilitator list` and the session picker ask the catalogue instead
of reading and validating every session. It lives in the user cache folder (one file per
sessions folder, see `store.paths.catalogue_path`), so a folder kept in git or shared
read-only gets no extra file. Its tables:

- `meta`, document `1`: `catalogue` (the version of this layout) and `folder`.
- `sessions`: one document per session file, keyed by file name: `stamp` (mtime in ns,
  size, inode, then the inbox file's mtime and size, if it has one), `problem` ("" for a
  readable file, else why it cannot be used) and the summary (`model.summary`): title, slug,
  severity, status, dates, actions, findings, the meeting's time and length, each participant's
  part (zone, region, talk, pre-prep, actions, what they sent from the live page and how much of
  it was accepted) and the anonymous pulse counts.

Each refresh lists the folder and re-reads only the files whose stamp changed (and files
that were broken, in case an upgraded app can now read them); gone files are dropped. A
broken file is one entry with its problem, the rest still work. The file is written
atomically, and only when something changed; a catalogue that cannot be read (or was
written by another layout) is rebuilt, and one that cannot be written is skipped, so two
runs at once never corrupt it: the last to finish wins, and both answered correctly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.table import Document

from facilitator.model.enums import ActionStatus, Category, FindingKind, Priority, SessionStatus, Severity
from facilitator.model.summary import (
    ActionSummary,
    FindingSummary,
    PersonSummary,
    PulseSummary,
    SessionSummary,
    summarise,
)
from facilitator.store.paths import catalogue_path, inbox_path, session_file_entries
from facilitator.store.safe_read import NotReadable, read_regular_file
from facilitator.store.storage import AtomicJSONStorage, write_atomic
from facilitator.store.text_ids import TextIdTable

CATALOGUE_VERSION = 3
MAX_CATALOGUE_BYTES = 1 << 30


class CompactJSONStorage(AtomicJSONStorage):
    """Written atomically like a session file, but as compact JSON and with no `.bak`: nobody
    diffs, merges or restores a cache, and compact JSON is written four times faster."""

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")), backup=False)
        self._cache = data


class CatalogueDB(TinyDB):
    """The catalogue file: document ids are file names."""

    table_class = TextIdTable


@dataclass(frozen=True)
class CatalogueEntry:
    """One session file: its summary if it can be read, else the problem that stops it."""

    path: Path
    summary: SessionSummary | None
    problem: str = ""


def readable(entries: list[CatalogueEntry]) -> tuple[list[SessionSummary], list[str]]:
    """The summaries of the readable sessions, and a warning for each file that is not."""
    summaries = [entry.summary for entry in entries if entry.summary is not None]
    warnings = [f"{entry.path.name}: skipped, {entry.problem}" for entry in entries if entry.summary is None]
    return summaries, warnings


def _stamp(entry: os.DirEntry[str], inbox_entry: os.DirEntry[str] | None) -> list[int] | None:
    """The session file's mtime, size and inode, then its inbox's mtime and size (the summary
    counts what was sent from the live page); None if the session file is gone."""
    try:
        info = entry.stat()
    except OSError:
        return None
    try:
        if inbox_entry is None:
            return [info.st_mtime_ns, info.st_size, info.st_ino]
        inbox = inbox_entry.stat(follow_symlinks=False)
    except OSError:
        return [info.st_mtime_ns, info.st_size, info.st_ino]
    return [info.st_mtime_ns, info.st_size, info.st_ino, inbox.st_mtime_ns, inbox.st_size]


def _lookup(kind: type[StrEnum]) -> dict[str, Any]:
    return {member.value: member for member in kind}


_PRIORITY, _ACTION = _lookup(Priority), _lookup(ActionStatus)
_KIND, _CATEGORY = _lookup(FindingKind), _lookup(Category)
_SEVERITY, _STATUS = _lookup(Severity), _lookup(SessionStatus)


def _seconds(span: timedelta | None) -> float | None:
    return None if span is None else span.total_seconds()


def _span(seconds: float | None) -> timedelta | None:
    return None if seconds is None else timedelta(seconds=seconds)


def _text(value: Any) -> str:
    """A text field of a catalogue document; TypeError if it is anything else."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is no text")
    return value


def _summary_document(summary: SessionSummary) -> dict[str, Any]:
    """The summary as catalogue JSON."""
    return {
        "slug": summary.slug,
        "title": summary.title,
        "severity": summary.severity.value,
        "status": summary.status.value,
        "created_at": summary.created_at.isoformat(),
        "incident_day": summary.incident_day.isoformat(),
        "to_detect": _seconds(summary.to_detect),
        "to_resolve": _seconds(summary.to_resolve),
        "actions": [
            [a.title, a.owner, a.priority.value, a.status.value, a.due and a.due.isoformat(), a.created_at, a.done_at]
            for a in summary.actions
        ],
        "findings": [[f.kind.value, f.category.value, f.text] for f in summary.findings],
        "meeting_at": summary.meeting_at and summary.meeting_at.isoformat(),
        "meeting_minutes": summary.meeting_minutes,
        "people": [list(person) for person in summary.people],
        "pulse": summary.pulse and [list(summary.pulse.safe), list(summary.pulse.useful)],
    }


def _summary_from_document(doc: dict[str, Any]) -> SessionSummary:
    """A summary read back; KeyError, TypeError, ValueError or OverflowError (a span of 1e300
    seconds) if the document is not one."""
    return SessionSummary(
        slug=_text(doc["slug"]),
        title=_text(doc["title"]),
        severity=_SEVERITY[doc["severity"]],
        status=_STATUS[doc["status"]],
        created_at=datetime.fromisoformat(doc["created_at"]),
        incident_day=date.fromisoformat(doc["incident_day"]),
        to_detect=_span(doc["to_detect"]),
        to_resolve=_span(doc["to_resolve"]),
        actions=tuple(
            [
                ActionSummary(
                    _text(title),
                    _text(owner),
                    _PRIORITY[p],
                    _ACTION[s],
                    due and date.fromisoformat(due),
                    _text(made),
                    _text(done),
                )
                for title, owner, p, s, due, made, done in doc["actions"]
            ]
        ),
        findings=tuple([FindingSummary(_KIND[k], _CATEGORY[c], _text(text)) for k, c, text in doc["findings"]]),
        meeting_at=doc["meeting_at"] and datetime.fromisoformat(doc["meeting_at"]),
        meeting_minutes=int(doc["meeting_minutes"]),
        people=tuple(_person(fields) for fields in doc["people"]),
        pulse=doc["pulse"] and PulseSummary(tuple(doc["pulse"][0]), tuple(doc["pulse"][1])),
    )


_PERSON_TYPES: tuple[type | tuple[type, ...], ...] = (
    str,
    str,
    str,
    str,
    (list, tuple),
    bool,
    bool,
    (int, float),
    int,
    int,
    bool,
    int,
    int,
    int,
)
"""The type of each field of a catalogued person, in `PersonSummary`'s order (a list once read
back from the JSON file, a tuple when just summarised)."""


def _person(fields: list[Any]) -> PersonSummary:
    """A person read back (TypeError if a field is not of its type), checked in one pass in C."""
    if len(fields) != len(_PERSON_TYPES) or not all(map(isinstance, fields, _PERSON_TYPES)):
        raise TypeError(f"{fields!r} is no catalogued person")
    name, tz, region, hours, days_off, facilitated, can, talk, turns, passed, prep, owned, sent, accepted = fields
    return PersonSummary(
        name,
        tz,
        region,
        hours,
        tuple(days_off),
        facilitated,
        can,
        float(talk),
        turns,
        passed,
        prep,
        owned,
        sent,
        accepted,
    )


def _read_file(path: Path, stamp: list[int]) -> dict[str, Any]:
    """A fresh catalogue document for the session file `path`."""
    from facilitator.store.session_file import SessionFileError, load_session  # the model: only when needed

    try:
        session = load_session(path)
    except SessionFileError as error:
        return {"stamp": stamp, "problem": error.problem}
    from facilitator.store.inbox import Inbox, InboxRecords

    try:
        inbox = Inbox(inbox_path(path)).read()
    except OSError:  # a link or a pipe where the inbox would be: nothing counted from it
        inbox = InboxRecords((), (), ())
    return {
        "stamp": stamp,
        "problem": "",
        **_summary_document(summarise(session, inbox.contributions, inbox.decisions)),
    }


def _entry(path: Path, doc: dict[str, Any]) -> CatalogueEntry:
    if doc["problem"]:
        return CatalogueEntry(path, None, str(doc["problem"]))
    return CatalogueEntry(path, _summary_from_document(doc))


def _cached(path: Path, doc: dict[str, Any] | None, stamp: list[int]) -> CatalogueEntry | None:
    """The entry the catalogue holds for `path`, if it is still good (same stamp, readable)."""
    if doc is None or doc.get("stamp") != stamp or doc.get("problem") != "":
        return None
    try:
        return _entry(path, doc)
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError):
        return None  # a damaged entry: the session file is read again


def _known(path: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """The tables of a usable catalogue at `path`, else none (it is then rebuilt)."""
    try:
        tables = json.loads(read_regular_file(path, MAX_CATALOGUE_BYTES).decode("utf-8"))
        if isinstance(tables, dict) and tables["meta"]["1"] == meta and isinstance(tables["sessions"], dict):
            return {str(key): value for key, value in tables.items()}
    except (OSError, NotReadable, ValueError, KeyError, TypeError, RecursionError):
        pass
    return {}


def refresh_catalogue(folder: Path) -> list[CatalogueEntry]:
    """Every session file in `folder`, by name, from the catalogue brought up to date."""
    if not folder.is_dir():
        return []
    where = catalogue_path(folder)
    meta = {"catalogue": CATALOGUE_VERSION, "folder": str(folder.expanduser().resolve())}
    tables = _known(where, meta)
    rebuilt = not tables
    storage = CachingMiddleware(CompactJSONStorage)  # type: ignore[no-untyped-call]  # tinydb ships no types
    db = CatalogueDB(where, storage=storage, initial=tables)
    sessions = db.table("sessions")
    known: dict[str, dict[str, Any]] = {str(doc.doc_id): doc for doc in sessions.all()}
    entries: list[CatalogueEntry] = []
    changed: list[Document] = []
    for found, inbox_entry in session_file_entries(folder):
        stamp = _stamp(found, inbox_entry)
        if stamp is None:
            continue  # deleted since the folder was listed
        path = folder / found.name
        doc = known.pop(path.name, None)
        entry = _cached(path, doc, stamp)
        if entry is None:
            new = _read_file(path, stamp)
            entry = _entry(path, new)
            if new != doc:
                changed.append(Document(new, doc_id=path.name))  # type: ignore[arg-type]
        entries.append(entry)
    if changed or known or rebuilt:
        stale: list[Any] = [*known, *(doc.doc_id for doc in changed)]  # text ids (TextIdTable)
        sessions.remove(doc_ids=stale)
        sessions.insert_multiple(changed)
        if rebuilt:
            db.table("meta").insert(Document(meta, doc_id="1"))  # type: ignore[arg-type]
    _close(db, where)
    return entries


def _close(db: TinyDB, where: Path) -> None:
    """Write what changed in one atomic step; a catalogue that cannot be written is skipped
    (a read-only cache folder, or another run writing at the same moment)."""
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        db.close()
    except OSError:
        pass
