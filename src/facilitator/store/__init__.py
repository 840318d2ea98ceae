"""Session files: TinyDB JSON, atomic writes, a backup, one writer, schema migrations."""

from facilitator.store.paths import (
    list_session_files,
    resolve_session,
    session_path,
    sessions_dir,
    unique_slug,
    user_layouts_dir,
)
from facilitator.store.session_file import (
    SessionFile,
    SessionFileError,
    load_session,
    open_session,
    write_new_session,
)

__all__ = [
    "SessionFile",
    "SessionFileError",
    "list_session_files",
    "load_session",
    "open_session",
    "resolve_session",
    "session_path",
    "sessions_dir",
    "unique_slug",
    "user_layouts_dir",
    "write_new_session",
]
