"""Creating a new session's file: a folder to put it in, and a name no one else takes.

Two `facilitator new "Same title"` at the same moment both succeed: the file is created
exclusively, and the one that finds its name taken meanwhile takes the next free one
(`same-title-2`). A folder that cannot be made says why in a sentence.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from facilitator.model.enums import Severity
from facilitator.model.factory import new_session
from facilitator.model.layout import Layout
from facilitator.model.session import Session
from facilitator.store.paths import session_path, unique_slug
from facilitator.store.session_file import SessionExists, write_new_session
from facilitator.store.storage import describe_os_error, save_error

MAX_ATTEMPTS = 100


class NoTitleError(ValueError):
    """A session was asked for without a title."""

    def __init__(self) -> None:
        super().__init__("a session needs a title")


def make_sessions_folder(folder: Path) -> None:
    """Make `folder` (and its parents); an OSError in a sentence if it cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise save_error(
            errno.ENOTDIR,
            f"{folder}: the sessions folder is a file, not a folder; point FACILITATOR_HOME or --dir at a folder.",
        ) from None
    except OSError as error:
        raise save_error(
            error.errno, f"{folder}: the sessions folder cannot be made: {describe_os_error(error)}."
        ) from None


def create_session_file(folder: Path, title: str, build: Callable[[str], Session]) -> Path:
    """Create the file of a new session titled `title` in `folder`; `build(slug)` makes the
    session. Returns its path; an OSError (in a sentence) if the disk refuses."""
    make_sessions_folder(folder)
    for _ in range(MAX_ATTEMPTS):
        slug = unique_slug(folder, title)
        path = session_path(folder, slug)
        try:
            write_new_session(path, build(slug))
        except SessionExists:
            continue  # another `new` took this name between our look and our create
        return path
    raise save_error(errno.EEXIST, f"{folder}: no free file name for {title!r}; try another title.")


def start_session_file(folder: Path, title: str, layout: Layout, severity: Severity, now: datetime) -> Path:
    """The one way a review starts (`facilitator new`, the picker): a fresh session for `title`
    (trimmed) on `layout`, in its own file in `folder`. Raises NoTitleError, or an OSError."""
    title = title.strip()
    if not title:
        raise NoTitleError()
    return create_session_file(folder, title, lambda slug: new_session(title, slug, layout, now, severity))
