"""Starting a review: a fresh session file in a folder, named after its title.

The one way a session is created, for `facilitator new` and the picker's "New session".
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.model.enums import Severity
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout
from facilitator.store.paths import session_path, unique_slug
from facilitator.store.session_file import write_new_session


class NoTitleError(ValueError):
    """A session was asked for without a title."""

    def __init__(self) -> None:
        super().__init__("a session needs a title")


def create_session_file(folder: Path, title: str, layout: Layout, severity: Severity, now: datetime) -> Path:
    """Write a new session for `title` into `folder` (made if missing), under a slug no file there
    uses yet; returns its path. Raises NoTitleError, SessionFileError or OSError."""
    title = title.strip()
    if not title:
        raise NoTitleError()
    folder.mkdir(parents=True, exist_ok=True)
    slug = unique_slug(folder, title)
    path = session_path(folder, slug)
    write_new_session(path, new_session(title, slug, layout, now, severity))
    return path
