"""One writer per session: a lock file next to the session file, with stale-lock takeover.

The lock file `<name>.lock` holds the holder's process id and host, so a second opener can
say who has the session open. Where the operating system offers `flock` (Linux, macOS),
the kernel lock on that file is what counts: it vanishes when its process dies, even by
SIGKILL, so a lock file left behind by a crash is recognised as stale and taken over, and
two openers can never both win. Elsewhere the lock falls back to checking whether the
recorded process is still alive on this host.

A holder that exits cleanly deletes the lock file, so a lock file found with someone
else's id in it, but no live holder, is a stale lock: `SessionLock.stale` names its owner.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


@dataclass
class LockHolder:
    pid: int
    host: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"


def _parse_holder(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(pid=int(data["pid"]), host=str(data["host"]))
    except (ValueError, KeyError, TypeError):
        return None


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        return _parse_holder(lock_file.read_bytes())
    except OSError:
        return None


def _is_stale(holder: LockHolder | None) -> bool:
    """Without a kernel lock: stale when its process is gone (on this host) or unreadable."""
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not _alive(holder.pid)


def _kernel_lock(fd: int) -> bool | None:
    """Try to flock `fd`: True if taken, False if someone else holds it, None if unsupported."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return None  # e.g. a network file system without flock
    return True


def _still_named(fd: int, path: Path) -> bool:
    """True if `path` still names the file open as `fd` (not deleted or replaced meanwhile)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


class SessionLock:
    """Holds the lock file of one session while the session is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.held = False
        self.stale: LockHolder | None = None
        """Who held the stale lock this lock took over, if there was one."""
        self._fd: int | None = None
        self._kernel = False

    def acquire(self) -> LockHolder | None:
        """Take the lock. Returns None on success, else who holds it (pid 0 if unknown).

        A stale lock, left by a process that died, is taken over and recorded in `stale`.
        Raises OSError if the lock file cannot be created (a read-only folder).
        """
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            kernel = _kernel_lock(fd)
            if kernel is False:
                os.close(fd)
                return read_holder(self.path) or LockHolder(0, "an unknown host")
            if kernel and not _still_named(fd, self.path):
                os.close(fd)  # its holder released it between our open and our lock
                continue
            previous = _parse_holder(os.read(fd, 4096))
            if not kernel and not _is_stale(previous):
                os.close(fd)
                return previous
            self._take(fd, previous, bool(kernel))
            return None
        return read_holder(self.path) or LockHolder(0, "an unknown host")

    def _take(self, fd: int, previous: LockHolder | None, kernel: bool) -> None:
        payload = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, payload)
        except BaseException:
            os.close(fd)  # not held after all (disk full?): let the next opener have it
            raise
        self.stale = previous
        self._fd, self._kernel, self.held = fd, kernel, True

    def release(self) -> None:
        if not self.held or self._fd is None:
            return
        if self._kernel:
            # Delete while still locked, so no one can lock this file and then lose it to us.
            self.path.unlink(missing_ok=True)
            os.close(self._fd)
        else:
            os.close(self._fd)  # Windows cannot delete a file that is open
            self.path.unlink(missing_ok=True)
        self._fd, self.held = None, False
