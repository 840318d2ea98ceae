"""A TinyDB storage that writes atomically and keeps the previous good file as a backup.

Every write goes to a temporary file in the same folder, is fsynced, and is renamed over
the session file, so a crash leaves either the old file or the new one, never half of one.
Before the rename the old file is hard-linked (or, where links are not supported, copied)
to `<name>.bak`. Keys are sorted and indented so a session file diffs and merges cleanly
in git.

A failed write (disk full, folder not writable, text that cannot be encoded) raises an
OSError of the same kind whose message names the file, says in a sentence what happened
and what to do, and that the last saved version is unchanged; no temporary file is left
behind. A write-protected file (no write permission, as after `chmod a-w`) is refused, as
an editor refuses it, rather than replaced.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from facilitator.store.json_text import encode
from facilitator.store.safe_read import parse_json, read_regular_file

NEW_FILE_MODE = 0o644
WRITE_CHUNK = 1 << 20
"""Characters encoded and written at a time: a 20,000-event session is not held twice more as bytes."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_WHY = {
    errno.ENOSPC: "the disk is full; free some space, then try again",
    errno.EDQUOT: "your disk quota is used up; free some space, then try again",
    errno.EROFS: "the disk is mounted read-only; save to a writable folder instead",
    errno.EACCES: "you have no permission to write in that folder; fix its permissions or use another folder",
    errno.EPERM: "the system does not allow writing there; fix the permissions or use another folder",
    errno.ENOTDIR: "part of that path is a file, not a folder; point it at a folder",
    errno.ENOENT: "its folder does not exist (any more); create it, then try again",
    errno.EIO: "the disk reported an input/output error; check the disk, then try again",
    errno.ENAMETOOLONG: "the file name is too long for this file system",
}


def describe_os_error(error: OSError) -> str:
    """What went wrong, as a sentence a user can act on (not `[Errno 28]`)."""
    if error.errno in _WHY:
        return _WHY[error.errno]
    reason = error.strerror or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]


class SaveError(OSError):
    """A failed write; `str()` is its sentence alone, without `[Errno 28]` before it."""

    def __str__(self) -> str:
        return str(self.strerror)


_SAVE_ERRORS: dict[type[OSError], type[SaveError]] = {OSError: SaveError}


def save_error(number: int | None, message: str) -> SaveError:
    """A SaveError that is also the OSError subclass `number` maps to (PermissionError, ...)."""
    kind = type(OSError(number, message)) if number is not None else OSError
    if kind not in _SAVE_ERRORS:
        _SAVE_ERRORS[kind] = type(kind.__name__, (SaveError, kind), {"__doc__": SaveError.__doc__})
    return _SAVE_ERRORS[kind](number or 0, message)


def as_save_error(
    path: Path, error: Exception, new: bool = False, kept: str = "The last saved version is unchanged."
) -> SaveError:
    """The same kind of OSError (PermissionError, disk full, ...), with a message a user can act
    on; `new` for a file being created (nothing was there to keep), else `kept` says what stays."""
    if isinstance(error, SaveError):
        return error
    if isinstance(error, OSError):
        number, why = error.errno, describe_os_error(error)
    else:  # text that cannot be encoded, say: not the disk's fault, but not saved either
        number, why = errno.EINVAL, f"the text could not be written out ({type(error).__name__}: {error})"
    if new:
        return save_error(number, f"{path}: not created: {why}.")
    return save_error(number, f"{path}: not saved: {why}. {kept}")


def refuse_write_protected(path: Path, kept: str = "The last saved version is unchanged.") -> None:
    """PermissionError if `path` is a file its owner made read-only (as an editor without `!`)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise save_error(
            errno.EACCES,
            f"{path}: not saved: the file is write-protected; make it writable (chmod u+w) to save it. {kept}",
        )


def _write_temp(path: Path, text: str, mode: int | None = None) -> Path:
    """`text` in a new, fsynced temporary file next to `path`, with `mode`, else `path`'s
    permissions; newlines are written as they are in `text`."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for start in range(0, len(text), WRITE_CHUNK):  # never the whole text encoded at once
                handle.write(text[start : start + WRITE_CHUNK])
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            try:
                mode = stat.S_IMODE(path.stat().st_mode)
            except FileNotFoundError:
                mode = NEW_FILE_MODE
        os.chmod(tmp, mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _keep_backup(path: Path) -> None:
    """Make `<name>.bak` the current content of `path`, replacing the old backup in one step."""
    staging = path.with_name(f".{path.name}.bak.tmp")
    staging.unlink(missing_ok=True)
    try:
        try:
            os.link(path, staging)
        except OSError:  # a file system without hard links: copy instead
            shutil.copyfile(path, staging)
        os.replace(staging, backup_path(path))
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def write_atomic(
    path: Path,
    text: str,
    backup: bool = True,
    mode: int | None = None,
    kept: str = "The last saved version is unchanged.",
) -> None:
    """Replace `path` with `text` atomically, keeping the old file as `<name>.bak` if `backup`;
    the new file gets `mode`, else the old file's permissions."""
    refuse_write_protected(path, kept)
    try:
        tmp = _write_temp(path, text, mode)
    except (OSError, ValueError) as error:
        raise as_save_error(path, error, kept=kept) from error
    try:
        if backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise as_save_error(path, error, kept=kept) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def create_exclusive(path: Path, text: str) -> None:
    """Write a new file at `path` in one step; FileExistsError if something is already there."""
    try:
        tmp = _write_temp(path, text)
    except (OSError, ValueError) as error:
        raise as_save_error(path, error, new=True) from error
    try:
        _link_new(tmp, path, text)
    except FileExistsError:
        raise
    except OSError as error:
        raise as_save_error(path, error, new=True) from error
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _link_new(tmp: Path, path: Path, text: str) -> None:
    """Give the finished `tmp` the name `path` unless that name is taken (no overwrite)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: exclusive create, then write
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())


def remove_leftovers(path: Path) -> list[Path]:
    """Delete temporary files a killed writer of `path` left behind; call with the lock held."""
    prefix = f".{path.name}."
    leftovers = [p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(".tmp")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    return leftovers


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file, written atomically, cached after the first read.

    `initial` primes the cache with tables already read (and checked) by the caller, so the
    file is not read a second time.
    """

    def __init__(
        self, path: str | os.PathLike[str], read_only: bool = False, initial: dict[str, dict[str, Any]] | None = None
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._cache = initial

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._cache is None:
            if not self.path.exists():
                return None
            self._cache = parse_json(read_regular_file(self.path).decode("utf-8-sig"))
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path}: opened read-only; not written")
        try:
            text = encode(data)
        except (ValueError, TypeError, RecursionError) as error:
            raise as_save_error(self.path, error) from error
        write_atomic(self.path, text)
        self._cache = data

    def close(self) -> None:
        self._cache = None
