"""Putting the backup back when a session file is broken, without losing the broken file."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from facilitator.store.session_file import SessionFileError, load_session
from facilitator.store.storage import backup_path


def restore_backup(path: Path, now: datetime) -> Path:
    """Make the backup the session file again. The broken file is kept beside it as
    `NAME.json.broken-YYYYmmddTHHMMSS`; returns that path. Refuses (SessionFileError) when
    the backup is missing or does not load either, and then changes nothing."""
    backup = backup_path(path)
    if not backup.exists():
        raise SessionFileError(path, "there is no backup to restore")
    try:
        load_session(backup)
    except SessionFileError as error:
        raise SessionFileError(path, f"the backup does not load either ({error.problem})") from None
    kept = path.with_name(f"{path.name}.broken-{now:%Y%m%dT%H%M%S}")
    staged = path.with_name(f".{path.name}.restore.tmp")
    staged.unlink(missing_ok=True)  # whatever is there (a link planted beside the session) is never written through
    with open(backup, "rb") as source, open(staged, "xb") as copy:
        shutil.copyfileobj(source, copy)
    if path.exists():
        os.replace(path, kept)
    os.replace(staged, path)
    return kept
