"""Session files: TinyDB JSON, atomic writes, a backup, one writer, schema migrations.

Names load with their submodule on first use (see facilitator.lazy), so finding a session
file does not load the model."""

from facilitator.lazy import lazy_exports

_EXPORTS = {
    "SessionFile": "session_file",
    "SessionFileError": "session_file",
    "list_session_files": "paths",
    "load_session": "session_file",
    "open_session": "session_file",
    "resolve_session": "paths",
    "session_path": "paths",
    "sessions_dir": "paths",
    "unique_slug": "paths",
    "user_layouts_dir": "paths",
    "write_new_session": "session_file",
}

__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
