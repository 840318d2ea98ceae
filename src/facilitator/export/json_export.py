"""The lossless JSON export, and reading one back.

The file is the session as the model dumps it, with a `facilitator_export` version key,
so events sit under `timeline`, each with `at` (ISO 8601, UTC), `actor`, `kind`, `text`.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from facilitator.model.session import Session
from facilitator.model.validation import describe_validation
from facilitator.store.migrations import SchemaError, migrate

EXPORT_KEY = "facilitator_export"
EXPORT_VERSION = 1


def to_json(session: Session) -> str:
    document = {EXPORT_KEY: EXPORT_VERSION, **session.model_dump(mode="json")}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def session_from_export(data: Any) -> Session:
    """The session in a parsed export; ValueError saying what is wrong when it is not one."""
    if not isinstance(data, dict):
        raise ValueError(f"a facilitator export is a JSON object, not a {type(data).__name__}")
    version = data.get(EXPORT_KEY)
    if version is None:
        raise ValueError(f"not a facilitator export: no {EXPORT_KEY!r} key")
    if type(version) is not int or version != EXPORT_VERSION:
        raise ValueError(f"{EXPORT_KEY} version {version!r} is not one this facilitator reads ({EXPORT_VERSION})")
    body = {key: value for key, value in data.items() if key != EXPORT_KEY}
    try:
        return Session.model_validate(migrate(body))
    except SchemaError as error:
        raise ValueError(f"facilitator export: {error}") from None
    except ValidationError as error:
        raise ValueError(f"facilitator export: {describe_validation(error)}") from None
