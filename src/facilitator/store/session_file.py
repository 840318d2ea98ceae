"""Reading and writing one session file, with one writer at a time.

A session file is a TinyDB database with two tables: `meta` (schema version, when it was
saved) and `session` (one document, the whole session).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from tinydb import TinyDB
from tinydb.table import Document

from facilitator.model import SCHEMA_VERSION, Session
from facilitator.store.lock import LockHolder, SessionLock
from facilitator.store.migrations import SchemaError, migrate
from facilitator.store.storage import AtomicJSONStorage, backup_path

SUFFIX = ".json"


class SessionFileError(Exception):
    """A session file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        backup = backup_path(path)
        self.backup = backup if backup.exists() else None
        hint = f" (a backup is at {backup})" if self.backup else ""
        super().__init__(f"{path}: {problem}{hint}")


def describe_validation(error: ValidationError) -> str:
    """One line per problem: `field.path: message`."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "session"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def session_to_document(session: Session) -> dict[str, Any]:
    return session.model_dump(mode="json")


def session_from_document(path: Path, data: Any) -> Session:
    """Migrate and validate a session document read from `path`."""
    if not isinstance(data, dict):
        raise SessionFileError(path, "the session document is not an object")
    try:
        return Session.model_validate(migrate(data))
    except SchemaError as error:
        raise SessionFileError(path, str(error)) from None
    except ValidationError as error:
        raise SessionFileError(path, describe_validation(error)) from None


def _read_tables(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SessionFileError(path, "no such session file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SessionFileError(path, f"cannot be read ({error})") from None
    try:
        tables = json.loads(text)
    except json.JSONDecodeError as error:
        raise SessionFileError(path, f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    if not isinstance(tables, dict) or not isinstance(tables.get("session"), dict) or not tables["session"]:
        raise SessionFileError(path, "not a facilitator session file (no `session` table)")
    return tables


def load_session(path: Path) -> Session:
    """Read a session file without locking it (export, check, list)."""
    tables = _read_tables(path)
    (document,) = list(tables["session"].values())[:1]
    return session_from_document(path, document)


def write_new_session(path: Path, session: Session) -> None:
    """Create a session file; refuses to overwrite one that exists."""
    if path.exists():
        raise SessionFileError(path, "a session file already exists there")
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        _write(db, session, now=session.created_at)


def _write(db: TinyDB, session: Session, now: datetime) -> None:
    # Both tables go in one storage write, so the file never holds one without the other.
    data = db.storage.read() or {}
    data["meta"] = {"1": {"schema_version": SCHEMA_VERSION, "saved_at": now.isoformat()}}
    data["session"] = {"1": session_to_document(session)}
    db.storage.write(data)


@dataclass
class SessionFile:
    """A session open in this process: writable if it holds the lock, else read-only."""

    path: Path
    session: Session
    read_only: bool
    holder: LockHolder | None = None
    saved_at: datetime | None = None
    _lock: SessionLock | None = field(default=None, repr=False)
    _db: TinyDB | None = field(default=None, repr=False)

    @property
    def read_only_reason(self) -> str:
        if not self.read_only:
            return ""
        who = self.holder.describe() if self.holder else "another process"
        return f"{self.path.name} is open in {who}; this window is read-only"

    def save(self, session: Session, now: datetime) -> None:
        """Write `session` atomically. Safe to call from a worker thread."""
        if self.read_only or self._db is None:
            raise PermissionError(self.read_only_reason or f"{self.path}: closed")
        _write(self._db, session, now)
        self.saved_at = now

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()


def open_session(path: Path) -> SessionFile:
    """Open a session for editing; a second opener gets it read-only, never a second writer."""
    tables = _read_tables(path)
    meta = next(iter(tables.get("meta", {}).values()), {})
    session = session_from_document(path, next(iter(tables["session"].values())))
    saved_at = _parse_saved_at(meta.get("saved_at"))
    lock = SessionLock(path)
    holder = lock.acquire()
    if holder is not None:
        return SessionFile(path, session, read_only=True, holder=holder, saved_at=saved_at)
    db = TinyDB(path, storage=AtomicJSONStorage)
    return SessionFile(path, session, read_only=False, saved_at=saved_at, _lock=lock, _db=db)


def _parse_saved_at(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else None
