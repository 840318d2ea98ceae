"""Reading every session in a folder, for reports across reviews."""

from __future__ import annotations

from pathlib import Path

from facilitator.model.session import Session
from facilitator.store.paths import list_session_files
from facilitator.store.session_file import SessionFileError, load_session


def load_folder(where: Path) -> tuple[list[Session], list[str]]:
    """Every readable session in `where`, and a warning for each file that is not."""
    sessions, warnings = [], []
    for path in list_session_files(where):
        try:
            sessions.append(load_session(path))
        except SessionFileError as error:
            warnings.append(f"{path.name}: skipped, {error.problem}")
    return sessions, warnings
