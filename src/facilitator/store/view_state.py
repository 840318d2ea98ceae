"""Where the facilitator was in each session: the pane, walk mode and the timeline cursor.

Kept per user in the cache folder (`paths.cache_dir`), not in the session file: moving the
cursor is not an edit, so it never marks a session for saving, fills the undo stack or shows up
in git. One small JSON file maps each session file's real path to its view; losing it loses
nothing but the place, and a damaged one is ignored and rewritten.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from facilitator.store.paths import cache_dir
from facilitator.store.safe_read import NotReadable, read_regular_file
from facilitator.store.storage import write_atomic

VIEWS_FILE = "views.json"
MAX_VIEWS = 200  # the most recently left sessions are remembered
MAX_VIEWS_BYTES = 1_000_000


@dataclass(frozen=True)
class ViewState:
    """The pane in front, whether the walk was on, and the event under the cursor."""

    pane: str
    walking: bool = False
    event_id: str | None = None


def views_path() -> Path:
    return cache_dir() / VIEWS_FILE


def _key(session_path: Path) -> str:
    return os.path.realpath(session_path)


def _read_all(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_regular_file(path, MAX_VIEWS_BYTES).decode("utf-8"))
    except (OSError, NotReadable, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def load_view(session_path: Path) -> ViewState | None:
    """The view last left in `session_path`, or None (never seen, or a damaged entry)."""
    entry = _read_all(views_path()).get(_key(session_path))
    if not isinstance(entry, dict):
        return None
    pane, walking, event_id = entry.get("pane"), entry.get("walking"), entry.get("event_id")
    if not isinstance(pane, str) or not isinstance(walking, bool) or not isinstance(event_id, str | None):
        return None
    return ViewState(pane, walking, event_id)


def save_view(session_path: Path, view: ViewState) -> None:
    """Remember `view` for `session_path` (atomically; the oldest entries beyond MAX_VIEWS go)."""
    path = views_path()
    views = _read_all(path)
    views.pop(_key(session_path), None)
    views[_key(session_path)] = asdict(view)
    kept = dict(list(views.items())[-MAX_VIEWS:])
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(kept, indent=1, sort_keys=False), backup=False)
