"""Schema versions of session files and the steps that bring an older file up to date.

Every session file records `schema_version` (in its `meta` table and in the session
document). This app reads any version up to `SCHEMA_VERSION`, migrating older ones in
memory (the file is rewritten in the new version at the next save, and the `.bak` keeps
the old one). A file from a *newer* app is refused, with a message saying so, and never
rewritten.

Versions: 1, the whole session in one document; 2, one table per collection (the layout
is read by `store.tables`, which hands the steps below the session as one document); 3, the
pre-prep round; 4, fairness across reviews (working hours, regions, the anonymous pulse); 5, the
ids of the inbox contributions accepted into the session; 6, how many pulse answers of the inbox
the pulse counts hold.

How to add a version, say 3:

1. Change the model, then set `SCHEMA_VERSION = 3` in `model/session.py`. A new collection
   field (a tuple of models with an `id`) gets a table of its own with no store change.
2. Write `def _v2_to_v3(data: dict) -> dict` here: it gets a version-2 session document
   (plain JSON data, already a copy, collections as lists) and returns it in the version-3
   shape. Register it as `MIGRATIONS[2] = _v2_to_v3`. Never edit a published step; add a
   new one instead.
3. Keep `tests/store/fixtures/schema_v1.json` and `schema_v2.json` as they are (real files
   of those versions) and add `schema_vN.json`, written by the new code, so all keep loading (schema_v6.json is the newest).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facilitator.model.session import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 moved the collections into tables of their own (`store.tables`); the session
    document, once read from them, is the same as in version 1."""
    return data


def _add_prep_round(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 added the pre-prep round (answers, meeting time, walk questions): none in an older file."""
    data.setdefault("prep", [])
    data.setdefault("meeting_at", None)
    data.setdefault("walk_questions", [])
    return data


def _add_fairness(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 added fairness across reviews: each participant's working hours, days off, region
    and whether they can facilitate (defaults fill them), and the anonymous pulse (no answers yet)."""
    data.setdefault("pulse", {"safe": [0, 0, 0, 0, 0], "useful": [0, 0, 0, 0, 0]})
    return data


def _add_inbox_accepted(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 records which inbox contributions the session took in: none in an older file."""
    data.setdefault("inbox_accepted", [])
    return data


def _add_pulse_counted(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 records which pulse answers of the inbox the counts hold: answers sent from the
    live page came in with version 6, so an older file's counts hold none."""
    pulse = data.get("pulse")
    if isinstance(pulse, dict):
        pulse.setdefault("answer_ids", [])
    return data


# MIGRATIONS[n] turns a version-n session dict into a version n+1 one.
MIGRATIONS: dict[int, Migration] = {
    1: _v1_to_v2,
    2: _add_prep_round,
    3: _add_fairness,
    4: _add_inbox_accepted,
    5: _add_pulse_counted,
}


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
