"""One writer per session: a lock file next to the session file, with stale-lock takeover."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class LockHolder:
    pid: int
    host: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockHolder(pid=int(data["pid"]), host=str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(holder: LockHolder | None) -> bool:
    """A lock is stale when its process is gone (on this host) or the file is unreadable."""
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not _alive(holder.pid)


class SessionLock:
    """Holds the lock file of one session while the session is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock. Returns None on success, else who holds it.

        A stale lock, left by a process that died, is taken over.
        """
        payload = json.dumps({"pid": os.getpid(), "host": socket.gethostname()})
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if not _is_stale(holder):
                    return holder
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            self.held = True
            return None
        return read_holder(self.path)

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
