"""A TinyDB storage that writes atomically and keeps the previous good file as a backup.

Every write goes to a temporary file in the same folder, is fsynced, and is renamed over
the session file, so a crash leaves either the old file or the new one, never half of one.
Before the rename the old file is hard-linked to `<name>.bak`. Keys are sorted and
indented so a session file diffs and merges cleanly in git.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage


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


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically, keeping the old file as `<name>.bak`."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            link = path.with_name(f".{path.name}.bak.tmp")
            link.unlink(missing_ok=True)
            os.link(path, link)
            os.replace(link, backup_path(path))
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file, written atomically, cached after the first read."""

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._cache: dict[str, dict[str, Any]] | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._cache is None:
            if not self.path.exists():
                return None
            self._cache = json.loads(self.path.read_text(encoding="utf-8"))
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path}: opened read-only; not written")
        write_atomic(self.path, encode(data))
        self._cache = data

    def close(self) -> None:
        self._cache = None
