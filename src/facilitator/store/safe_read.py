"""Opening and reading a file, but only a regular file and only up to a size limit.

`/dev/zero` would fill the memory, a FIFO would block the reader for ever (holding a
session lock meanwhile), and a device or socket is no session or timeline. The file is
opened without blocking, checked with fstat on the open descriptor (so it cannot be
swapped between the check and the read), and read up to MAX_FILE_BYTES.

Files the app keeps beside a session (its inbox, its links) are opened with `follow_links`
off: a symbolic link planted there (a git checkout, another user) is refused rather than
read or appended through, so a participant's note can never land in a shell start-up file.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 100 * 1024 * 1024
"""The largest session, timeline, layout or keymap file read (100 MiB)."""


class NotReadable(Exception):
    """A file that is not read; the message says why, without the file name."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
LINK_REFUSED = "is a symbolic link; facilitator never follows a link here. Remove the link, then try again"


def open_regular(path: Path, flags: int = os.O_RDONLY, mode: int = 0o600, follow_links: bool = True) -> int:
    """A descriptor on the regular file at `path`, opened with `flags` (and `mode` if it is
    created) without blocking; NotReadable for a link (unless `follow_links`), a FIFO, a device
    or a socket; any other OSError (FileNotFoundError, IsADirectoryError, PermissionError) as it is.
    """
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= _NOFOLLOW
    try:
        fd = os.open(path, flags, mode)
    except OSError as error:
        if not follow_links and (error.errno == errno.ELOOP or os.path.islink(path)):
            raise NotReadable(LINK_REFUSED) from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable(f"is {_kind(info.st_mode)}, not a file; only regular files are read")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_file(path: Path, limit: int | None = None, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed if `follow_links`), at most
    `limit` of them (MAX_FILE_BYTES by default); NotReadable otherwise.

    FileNotFoundError and IsADirectoryError pass through, for callers with their own words.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = open_regular(path, follow_links=follow_links)
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as error:
        raise NotReadable(f"cannot be read ({error.strerror or error})") from None
    try:
        info = os.fstat(fd)
        if info.st_size > limit:
            raise NotReadable(f"is larger than the limit of {limit:,} bytes ({info.st_size:,} bytes)")
        chunks, size = [], 0
        while chunk := os.read(fd, 1024 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while being read
                raise NotReadable(f"is larger than the limit of {limit:,} bytes")
        return b"".join(chunks)
    except OSError as error:
        raise NotReadable(f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(fd)


MAX_INT_DIGITS = 30


def _int(digits: str) -> int | float:
    """A JSON integer; one too long to be any count or time (thousands of digits would make
    `int()` raise) reads as a float, infinite if need be, which the model then refuses."""
    return int(digits) if len(digits) <= MAX_INT_DIGITS else float(digits)


JSON_DECODER = json.JSONDecoder(parse_int=_int)
"""The JSON decoder for every file read: sessions, exports and imports."""


def parse_json(text: str) -> Any:
    """`json.loads` through JSON_DECODER; JSONDecodeError and RecursionError as json raises them."""
    return JSON_DECODER.decode(text)


def parse_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads`, with nesting too deep for the parser (`a = [[[[...`) reported as a
    TOMLDecodeError like any other bad TOML, never a RecursionError."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("nested too deeply to be read") from None
