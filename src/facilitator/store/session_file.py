"""Reading and writing one session file, with one writer at a time.

A session file is a TinyDB database: a `meta` table (schema version), a `session` table
(one document: the session's own fields) and one table per collection (timeline, findings,
actions, parking, participants), keyed by item id; `store.tables` describes the layout. A
file that cannot be used (not found, not UTF-8, broken JSON, wrong shape, wrong types, a
newer schema) raises SessionFileError naming the file and the problem, and offering the
backup if there is one; such a file is never written to.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from facilitator.model.base import CLEAN_TEXT
from facilitator.model.session import SCHEMA_VERSION, Session
from facilitator.model.text import json_file_is_clean
from facilitator.model.validation import describe_validation
from facilitator.store.json_text import encode
from facilitator.store.lock import LockHolder, SessionLock
from facilitator.store.migrations import SchemaError, check_readable, migrate
from facilitator.store.safe_read import NotReadable, parse_json, read_regular_file
from facilitator.store.storage import as_save_error, backup_path, create_exclusive, remove_leftovers
from facilitator.store.tables import (
    LayoutError,
    SessionDB,
    SessionStorage,
    Written,
    foreign_tables,
    read_tables,
    session_tables,
)


class SessionFileError(Exception):
    """A session file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        backup = backup_path(path)
        self.backup = backup if backup.exists() else None
        hint = f" (a backup is at {backup})" if self.backup else ""
        super().__init__(f"{path}: {problem}{hint}")


def _named(loc: tuple[int | str, ...], keys: dict[str, list[str]]) -> tuple[int | str, ...]:
    """`actions.3.title` as `actions.fd0a26e192.title`: an item of a table by its key
    (`keys`: per table, the keys in the order read)."""
    if len(loc) >= 2 and isinstance(loc[1], int) and str(loc[0]) in keys:
        table = keys[str(loc[0])]
        if 0 <= loc[1] < len(table):
            return (loc[0], table[loc[1]], *loc[2:])
    return loc


def session_from_tables(path: Path, tables: dict[str, Any], clean: bool = False) -> tuple[Session, Written]:
    """Assemble, migrate and validate the session in the tables read from `path`; `clean` if
    the file's text was found clean as a whole (its strings need no cleaning one by one)."""
    data = next(iter(tables["session"].values()))
    if not isinstance(data, dict):
        raise SessionFileError(path, "the session document is not an object")
    try:
        read = read_tables(tables, data)
        document = migrate(read.document)
    except (SchemaError, LayoutError) as error:
        raise SessionFileError(path, str(error)) from None
    try:
        return Session.model_validate(document, context={CLEAN_TEXT: True} if clean else None), read.written
    except ValidationError as error:
        keys = read.keys
        raise SessionFileError(path, describe_validation(error, "session", lambda loc: _named(loc, keys))) from None
    except RecursionError:
        raise SessionFileError(path, "nested too deeply to be a session") from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
        raise SessionFileError(path, f"not a usable session ({type(error).__name__}: {error})") from None


def _read_tables(path: Path) -> tuple[dict[str, Any], bool]:
    """The tables of the file at `path`, and whether its text is clean (`json_file_is_clean`)."""
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        raise SessionFileError(path, "no such session file") from None
    except IsADirectoryError:
        raise SessionFileError(path, "is a folder, not a session file") from None
    except NotReadable as error:
        raise SessionFileError(path, str(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SessionFileError(path, f"not UTF-8 text (byte {error.start}: {error.reason})") from None
    if not text.strip():
        raise SessionFileError(path, "the file is empty")
    try:
        tables = parse_json(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise SessionFileError(path, f"not valid JSON at {where}: {error.msg}") from None
    except RecursionError:
        raise SessionFileError(path, "nested too deeply to be a session") from None
    except ValueError:  # an integer of thousands of digits
        raise SessionFileError(path, "holds a number thousands of digits long; not a session") from None
    if not isinstance(tables, dict) or not isinstance(tables.get("session"), dict) or not tables["session"]:
        raise SessionFileError(path, "not a facilitator session file (no `session` table)")
    return tables, json_file_is_clean(raw)


def _saved_meta(tables: dict[str, Any]) -> dict[str, Any]:
    meta = tables.get("meta")
    first = next(iter(meta.values()), None) if isinstance(meta, dict) else None
    return first if isinstance(first, dict) else {}


def _session_of(path: Path, tables: dict[str, Any], clean: bool) -> tuple[Session, Written]:
    """The session in checked tables; a newer schema in either table is refused."""
    try:
        check_readable(_saved_meta(tables).get("schema_version", 1))
    except SchemaError as error:
        raise SessionFileError(path, str(error)) from None
    return session_from_tables(path, tables, clean)


def load_session(path: Path) -> Session:
    """Read a session file without locking it (export, check, list). Whatever is wrong with
    the file, the one exception is SessionFileError, so a folder listing goes on past it."""
    try:
        return _session_of(path, *_read_tables(path))[0]
    except SessionFileError:
        raise
    except Exception as error:  # a case not foreseen above: still one line, never a traceback
        raise SessionFileError(path, f"cannot be read ({type(error).__name__}: {error})") from None


def file_tables(session: Session, now: datetime, previous: Written) -> tuple[dict[str, Any], Written]:
    """Every table of the file of `session` saved at `now`, and what its collections hold.

    `saved_at` is written only while the agenda clock runs, the one time reopening needs
    it: a session at rest saves to the same bytes, whenever it is saved.
    """
    meta: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if session.clock.running:
        meta["saved_at"] = now.isoformat()
    tables, written = session_tables(session, previous)
    return {"meta": {"1": meta}, **tables}, written


class SessionExists(SessionFileError):
    """A new session's file name is taken already."""


def write_new_session(path: Path, session: Session) -> None:
    """Create a session file; refuses to overwrite one that exists (even one made meanwhile)."""
    try:
        create_exclusive(path, encode(file_tables(session, session.created_at, Written())[0]))
    except FileExistsError:
        raise SessionExists(path, "a session file already exists there") from None


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
    _db: SessionDB | None = field(default=None, repr=False)
    _written: Written = field(default_factory=Written, repr=False)
    _saving: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def read_only_reason(self) -> str:
        if not self.read_only:
            return ""
        if self.lock_problem:
            return f"{self.path.name} cannot be locked for writing ({self.lock_problem}); this window is read-only"
        who = self.holder.describe() if self.holder and self.holder.pid else "another process"
        return f"{self.path.name} is open in {who}; this window is read-only"

    def read_only_fix(self, then: str) -> str:
        """What to do about it before `then` ("import again"): close the other window, or, where
        nothing can be written (a read-only disk), work on a copy elsewhere."""
        if self.lock_problem:
            return f"nothing can be written there: copy the session to a writable folder, then {then} on the copy"
        return f"close it there, then {then}"

    def save(self, session: Session, now: datetime) -> None:
        """Write `session` atomically. Safe to call from a worker thread.

        Raises PermissionError if read-only or closed, and an OSError (a SaveError naming the
        file, in a sentence) if the write fails, whatever the cause; the file then still holds
        the last saved version.
        """
        if self.read_only or self._db is None:
            raise PermissionError(self.read_only_reason or f"{self.path}: closed; not saved")
        with self._saving:
            storage = self._db.storage
            tables, written = file_tables(session, now, self._written)
            try:
                storage.write({**(storage.read() or {}), **tables})
            except Exception as error:
                raise as_save_error(self.path, error) from error
            self.saved_at, self._written = now, written

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()


def open_session(path: Path) -> SessionFile:
    """Open a session for editing; a second opener gets it read-only, never a second writer.

    The lock is taken before the file is read, so what is read is what the writer saved last.
    A path through a symbolic link is resolved first: the lock and the saves are the real
    file's, so every name for one session shares one lock, and a save keeps the link.
    """
    path = real_path(path)
    lock = SessionLock(path)
    try:
        holder = lock.acquire()
    except OSError as error:
        tables, clean = _read_tables(path)
        return SessionFile(
            path,
            _session_of(path, tables, clean)[0],
            read_only=True,
            saved_at=_parse_saved_at(_saved_meta(tables).get("saved_at")),
            lock_problem=error.strerror or str(error),
        )
    try:
        tables, clean = _read_tables(path)
        session, written = _session_of(path, tables, clean)
    except BaseException:
        lock.release()
        raise
    saved_at = _parse_saved_at(_saved_meta(tables).get("saved_at"))
    if holder is not None:
        return SessionFile(path, session, read_only=True, holder=holder, saved_at=saved_at)
    remove_leftovers(path)
    db = SessionDB(path, storage=SessionStorage, initial=foreign_tables(tables))
    return SessionFile(
        path,
        session,
        read_only=False,
        saved_at=saved_at,
        stale_lock=lock.stale,
        _lock=lock,
        _db=db,
        _written=written,
    )


def real_path(path: Path) -> Path:
    """`path` with every symbolic link on the way resolved (it need not exist)."""
    return Path(os.path.realpath(path))


def _parse_saved_at(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else None
