"""Reading and writing one session file, with one writer at a time.

A session file is a TinyDB database with two tables: `meta` (schema version, when it was
saved) and `session` (one document, the whole session). A file that cannot be used (not
found, not UTF-8, broken JSON, wrong shape, wrong types, a newer schema) raises
SessionFileError naming the file and the problem, and offering the backup if there is
one; such a file is never written to.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from tinydb import TinyDB

from facilitator.model.session import SCHEMA_VERSION, Session
from facilitator.model.validation import describe_validation
from facilitator.store.lock import LockHolder, SessionLock
from facilitator.store.migrations import SchemaError, check_readable, migrate
from facilitator.store.storage import AtomicJSONStorage, backup_path, create_exclusive, encode, remove_leftovers


class SessionFileError(Exception):
    """A session file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        backup = backup_path(path)
        self.backup = backup if backup.exists() else None
        hint = f" (a backup is at {backup})" if self.backup else ""
        super().__init__(f"{path}: {problem}{hint}")


def session_to_document(session: Session) -> dict[str, Any]:
    """The session as JSON-ready data. The timeline is dumped event by event: the same result
    as one model_dump, but a save in a worker thread then lets the UI thread in between
    events instead of holding it for the whole of a long timeline."""
    document = session.model_dump(mode="json", exclude={"timeline"})
    document["timeline"] = [event.model_dump(mode="json") for event in session.timeline]
    return document


def session_from_document(path: Path, data: Any) -> Session:
    """Migrate and validate a session document read from `path`."""
    if not isinstance(data, dict):
        raise SessionFileError(path, "the session document is not an object")
    try:
        return Session.model_validate(migrate(data))
    except SchemaError as error:
        raise SessionFileError(path, str(error)) from None
    except ValidationError as error:
        raise SessionFileError(path, describe_validation(error, "session")) from None


def _read_tables(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(path, "no such session file") from None
    except OSError as error:
        raise SessionFileError(path, f"cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SessionFileError(path, f"not UTF-8 text (byte {error.start}: {error.reason})") from None
    if not text.strip():
        raise SessionFileError(path, "the file is empty")
    try:
        tables = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise SessionFileError(path, f"not valid JSON at {where}: {error.msg}") from None
    if not isinstance(tables, dict) or not isinstance(tables.get("session"), dict) or not tables["session"]:
        raise SessionFileError(path, "not a facilitator session file (no `session` table)")
    return tables


def _saved_meta(tables: dict[str, Any]) -> dict[str, Any]:
    meta = tables.get("meta")
    first = next(iter(meta.values()), None) if isinstance(meta, dict) else None
    return first if isinstance(first, dict) else {}


def _session_of(path: Path, tables: dict[str, Any]) -> Session:
    """The session in checked tables; a newer schema in either table is refused."""
    try:
        check_readable(_saved_meta(tables).get("schema_version", 1))
    except SchemaError as error:
        raise SessionFileError(path, str(error)) from None
    return session_from_document(path, next(iter(tables["session"].values())))


def load_session(path: Path) -> Session:
    """Read a session file without locking it (export, check, list)."""
    return _session_of(path, _read_tables(path))


def _tables(session: Session, now: datetime) -> dict[str, Any]:
    return {
        "meta": {"1": {"schema_version": SCHEMA_VERSION, "saved_at": now.isoformat()}},
        "session": {"1": session_to_document(session)},
    }


def write_new_session(path: Path, session: Session) -> None:
    """Create a session file; refuses to overwrite one that exists (even one made meanwhile)."""
    try:
        create_exclusive(path, encode(_tables(session, now=session.created_at)))
    except FileExistsError:
        raise SessionFileError(path, "a session file already exists there") from None


@dataclass
class SessionFile:
    """A session open in this process: writable if it holds the lock, else read-only."""

    path: Path
    session: Session
    read_only: bool
    holder: LockHolder | None = None
    saved_at: datetime | None = None
    stale_lock: LockHolder | None = None
    """Who held the lock left behind by a process that died (taken over on opening)."""
    lock_problem: str = ""
    """Why the lock could not be taken at all (a read-only folder), if that is the case."""
    _lock: SessionLock | None = field(default=None, repr=False)
    _db: TinyDB | None = field(default=None, repr=False)
    _saving: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def read_only_reason(self) -> str:
        if not self.read_only:
            return ""
        if self.lock_problem:
            return f"{self.path.name} cannot be locked for writing ({self.lock_problem}); this window is read-only"
        who = self.holder.describe() if self.holder and self.holder.pid else "another process"
        return f"{self.path.name} is open in {who}; this window is read-only"

    def save(self, session: Session, now: datetime) -> None:
        """Write `session` atomically. Safe to call from a worker thread.

        Raises PermissionError if read-only or closed, and OSError (naming the file) if the
        write fails; the file then still holds the last saved version.
        """
        if self.read_only or self._db is None:
            raise PermissionError(self.read_only_reason or f"{self.path}: closed; not saved")
        with self._saving:
            storage = self._db.storage
            storage.write({**(storage.read() or {}), **_tables(session, now)})
            self.saved_at = now

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()


def open_session(path: Path) -> SessionFile:
    """Open a session for editing; a second opener gets it read-only, never a second writer.

    The lock is taken before the file is read, so what is read is what the writer saved last.
    """
    lock = SessionLock(path)
    try:
        holder = lock.acquire()
    except OSError as error:
        tables = _read_tables(path)
        return SessionFile(
            path,
            _session_of(path, tables),
            read_only=True,
            saved_at=_parse_saved_at(_saved_meta(tables).get("saved_at")),
            lock_problem=error.strerror or str(error),
        )
    try:
        tables = _read_tables(path)
        session = _session_of(path, tables)
    except BaseException:
        lock.release()
        raise
    saved_at = _parse_saved_at(_saved_meta(tables).get("saved_at"))
    if holder is not None:
        return SessionFile(path, session, read_only=True, holder=holder, saved_at=saved_at)
    remove_leftovers(path)
    db = TinyDB(path, storage=AtomicJSONStorage, initial=tables)
    return SessionFile(path, session, read_only=False, saved_at=saved_at, stale_lock=lock.stale, _lock=lock, _db=db)


def _parse_saved_at(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else None
