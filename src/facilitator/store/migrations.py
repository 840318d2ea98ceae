"""Schema versions of session files and the steps that bring an older file up to date.

Every session file records `schema_version` (in its `meta` table and in the session
document). This app reads any version up to `SCHEMA_VERSION`, migrating older ones in
memory (the file is rewritten in the new version at the next save, and the `.bak` keeps
the old one). A file from a *newer* app is refused, with a message saying so, and never
rewritten.

How to add a version, say 2:

1. Change the model, then set `SCHEMA_VERSION = 2` in `model/session.py`.
2. Write `def _v1_to_v2(data: dict) -> dict` here: it gets a version-1 session document
   (plain JSON data, already a copy) and returns it in the version-2 shape. Register it as
   `MIGRATIONS[1] = _v1_to_v2`. Never edit a published step; add a new one instead.
3. Keep `tests/store/fixtures/schema_v1.json` as it is (it is a real version-1 file) and
   add `schema_v2.json`, written by the new code, so both keep loading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facilitator.model.session import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _add_prep_round(data: dict[str, Any]) -> dict[str, Any]:
    """Pre-prep answers and the meeting time (issue 16): none yet in an older file."""
    data.setdefault("prep", [])
    data.setdefault("meeting_at", None)
    data.setdefault("walk_questions", [])
    return data


# MIGRATIONS[n] turns a version-n session dict into a version n+1 one.
# The pre-prep step is schema 3 by plan (2 is the tables layout); until that lands it runs as 1 -> 2.
MIGRATIONS: dict[int, Migration] = {1: _add_prep_round}


class SchemaError(ValueError):
    """A session file whose schema version this app cannot read."""


def check_readable(version: Any, target: int = SCHEMA_VERSION) -> int:
    """`version` if this app can read it; SchemaError if it is no version or a newer one."""
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SchemaError(f"schema_version {version!r} is not a version number")
    if version > target:
        raise SchemaError(
            f"written by a newer facilitator (schema {version}; this one reads up to {target}); "
            "upgrade facilitator to open it"
        )
    return version


def migrate(data: dict[str, Any], target: int = SCHEMA_VERSION) -> dict[str, Any]:
    """Bring a session dict from its `schema_version` up to `target`, one step at a time."""
    version = check_readable(data.get("schema_version", 1), target)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaError(f"no migration from schema {version} to {version + 1}")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data
