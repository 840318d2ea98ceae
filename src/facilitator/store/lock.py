"""One writer per session: a lock file next to the session file, with stale-lock takeover.

The lock file `<name>.lock` holds the holder's process id and host, so a second opener can
say who has the session open. It is made with `O_CREAT|O_EXCL|O_NOFOLLOW` and only ever
opened with `O_NOFOLLOW`: a lock file that is a symbolic link (git checks links out) is
refused, never written through. Where the operating system offers `flock` (Linux, macOS),
the kernel lock on that file is what counts: it vanishes when its process dies, even by
SIGKILL, so a lock file left behind by a crash is recognised as stale and taken over, and
two openers can never both win.

Where flock does not work (Windows; NFS without lockd answers ENOLCK), the exclusive
create alone is the lock (atomic on local disks and NFSv3+): of two openers one creates
the file and the other finds it. A lock file whose recorded process is gone from this
host is stale; it is removed and the exclusive create tried again.

A holder that exits cleanly deletes the lock file, so a lock file found with someone
else's id in it, but no live holder, is a stale lock: `SessionLock.stale` names its owner.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import time
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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        fd = os.open(lock_file, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        return _parse_holder(os.read(fd, 4096)) if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except OSError:
        return None
    finally:
        os.close(fd)


class LockFileRefused(OSError):
    """A lock file that is not a plain file (a symbolic link, a folder): never written through."""


EMPTY_LOCK_GRACE_SECONDS = 10.0
"""An empty or unreadable lock file younger than this is being written by its creator."""


def _is_stale(holder: LockHolder | None, age: float = EMPTY_LOCK_GRACE_SECONDS) -> bool:
    """Without a kernel lock: stale when its process is gone (on this host), or when the file
    names no holder and is `age` seconds old (a creator writes its id at once)."""
    if holder is None:
        return age >= EMPTY_LOCK_GRACE_SECONDS
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
        Raises OSError if the lock file cannot be created (a read-only folder), and
        LockFileRefused if the lock file is a symbolic link or not a file.
        """
        for _ in range(5):
            fd, created = self._open()
            if fd is None:
                continue  # deleted between our attempts: try again
            kernel = _kernel_lock(fd)
            if kernel is False:
                os.close(fd)
                return read_holder(self.path) or LockHolder(0, "an unknown host")
            if kernel and not _still_named(fd, self.path):
                os.close(fd)  # its holder released it between our open and our lock
                continue
            previous = None if created else _parse_holder(os.read(fd, 4096))
            if kernel is None and not created:
                age = time.time() - os.fstat(fd).st_mtime
                if not _is_stale(previous, age):
                    os.close(fd)
                    return previous or LockHolder(0, "an unknown host")
                self._remove_stale(fd)  # a dead holder's file: remove it, then create our own
                os.close(fd)
                self.stale = previous
                continue
            stale = self.stale if kernel is None else previous
            self._take(fd, stale, bool(kernel))
            return None
        return read_holder(self.path) or LockHolder(0, "an unknown host")

    def _open(self) -> tuple[int | None, bool]:
        """(descriptor, created) of the lock file, made exclusively if there is none; never
        through a symbolic link. (None, False) if it vanished between the two opens."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644), True
        except FileExistsError:
            pass
        try:
            fd = os.open(self.path, os.O_RDWR | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return None, False
        except OSError as error:
            if error.errno == errno.ELOOP or self.path.is_symlink():
                raise self._refused("is a symbolic link") from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise self._refused("is not a plain file")
        return fd, False

    def _refused(self, what: str) -> LockFileRefused:
        return LockFileRefused(
            errno.EEXIST, f"its lock file {self.path.name} {what}; remove it (it is never written through)"
        )

    def _remove_stale(self, fd: int) -> None:
        """Without flock: delete the dead holder's lock file open as `fd`, if the name still
        is that file (not one a faster opener made meanwhile, nor a symbolic link)."""
        if _still_named(fd, self.path) and not self.path.is_symlink():
            self.path.unlink(missing_ok=True)

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
