"""A TinyDB storage that writes atomically and keeps the previous good file as a backup.

Every write goes to a temporary file in the same folder, is fsynced, and is renamed over
the session file, so a crash leaves either the old file or the new one, never half of one.
Before the rename the old file is hard-linked (or, where links are not supported, copied)
to `<name>.bak`. Keys are sorted and indented so a session file diffs and merges cleanly
in git.

A failed write (disk full, folder not writable) raises an OSError of the same kind whose
message names the file and says the last saved version is unchanged; no temporary file
is left behind.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

NEW_FILE_MODE = 0o644


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def encode(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


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


def _save_error(path: Path, error: OSError) -> OSError:
    """The same kind of OSError (PermissionError, disk full, ...), with a message a user can act on."""
    message = f"{path}: not saved ({error.strerror or error}); the last saved version is unchanged"
    return OSError(error.errno, message) if error.errno is not None else OSError(message)


def _write_temp(path: Path, text: str) -> Path:
    """`text` in a new, fsynced temporary file next to `path`, with `path`'s permissions."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
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


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically, keeping the old file as `<name>.bak`."""
    try:
        tmp = _write_temp(path, text)
    except OSError as error:
        raise _save_error(path, error) from error
    try:
        if path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise _save_error(path, error) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def create_exclusive(path: Path, text: str) -> None:
    """Write a new file at `path` in one step; FileExistsError if something is already there."""
    try:
        tmp = _write_temp(path, text)
    except OSError as error:
        raise _save_error(path, error) from error
    try:
        _link_new(tmp, path, text)
    except FileExistsError:
        raise
    except OSError as error:
        raise _save_error(path, error) from error
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
            self._cache = json.loads(self.path.read_text(encoding="utf-8-sig"))
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path}: opened read-only; not written")
        write_atomic(self.path, encode(data))
        self._cache = data

    def close(self) -> None:
        self._cache = None
