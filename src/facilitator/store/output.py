"""Writing an export (or any output file) as safely as a session: whole or not at all.

The text goes through the same temporary file, fsync and rename as a session save, so a
full disk or a kill leaves the earlier file as it was. A session file, or any file that
has a session lock beside it, is never written over: an export aimed at one by mistake is
refused with a sentence saying so. A path through a symbolic link writes to the file the
link names and keeps the link. A target that is not a regular file (`/dev/stdout`, a
pipe) is written to directly, as there is nothing there to replace.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from facilitator.store.lock import lock_path
from facilitator.store.safe_read import NotReadable, parse_json, read_regular_file
from facilitator.store.storage import as_save_error, save_error, write_atomic

SNIFF_BYTES = 64 * 1024 * 1024
KEPT = "Any earlier file there is unchanged."


def is_session_file(path: Path) -> bool:
    """True if `path` holds a facilitator session (a TinyDB file with a `meta` schema version)."""
    try:
        tables = parse_json(read_regular_file(path, SNIFF_BYTES).decode("utf-8-sig"))
    except (OSError, NotReadable, ValueError, RecursionError):
        return False
    meta = tables.get("meta") if isinstance(tables, dict) else None
    return isinstance(meta, dict) and any(isinstance(row, dict) and "schema_version" in row for row in meta.values())


def write_output(target: Path, text: str, mode: int | None = None) -> Path:
    """Write `text` to `target` atomically; returns the file written (links resolved).

    Raises an OSError (a SaveError, in a sentence) if it cannot, or if `target` is a session
    file or holds a session lock.
    """
    real = Path(os.path.realpath(target))
    if lock_path(real).exists() or is_session_file(real):
        raise save_error(
            errno.EEXIST,
            f"{target}: not written: it is a session file{' open in facilitator' if lock_path(real).exists() else ''}; "
            "an export never replaces a session. Choose another file name.",
        )
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise as_save_error(target, error, new=True) from error
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise save_error(errno.EISDIR, f"{target}: not written: it is a folder. Give a file name.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with open(real, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            raise as_save_error(target, error, new=True) from error
        return real
    write_atomic(real, text, backup=False, mode=mode, kept=KEPT)
    return real
