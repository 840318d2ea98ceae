"""Schema versions of session files and the steps that bring an older file up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facilitator.model import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# MIGRATIONS[n] turns a version-n session dict into a version n+1 one.
MIGRATIONS: dict[int, Migration] = {}


class SchemaError(ValueError):
    """A session file whose schema version this app cannot read."""


def migrate(data: dict[str, Any], target: int = SCHEMA_VERSION) -> dict[str, Any]:
    """Bring a session dict from its `schema_version` up to `target`, one step at a time."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise SchemaError(f"schema_version {version!r} is not a version number")
    if version > target:
        raise SchemaError(
            f"written by a newer facilitator (schema {version}; this one reads up to {target}); "
            "upgrade facilitator to open it"
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaError(f"no migration from schema {version} to {version + 1}")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data
