"""The shared base of every model: immutable, strict about unknown fields, aware instants only.

Models are frozen. A change builds a new object, so an older version of a session can be
kept for undo, or handed to a worker thread to save, while the UI goes on editing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Self
from uuid import uuid4

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict


class Model(BaseModel):
    """Frozen pydantic model; use `changed()` to get a validated copy with new values."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    def changed(self, **values: Any) -> Self:
        """A new, validated copy with `values` replaced (model_copy skips validation)."""
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(values)
        return type(self).model_validate(data)


def _parse_iso(value: Any) -> Any:
    """Read ISO 8601 text with the standard library (fast, and UTC comes back as
    `timezone.utc`); anything else goes on to pydantic's own parsing and errors."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is UTC:  # what a saved session holds: nothing to convert
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime refused: give a time zone or offset (e.g. 14:23 UTC)")
    return value.astimezone(UTC)


UtcInstant = Annotated[datetime, BeforeValidator(_parse_iso), AfterValidator(_aware_utc)]
"""An aware instant, stored in UTC. A naive datetime is refused."""


def new_id() -> str:
    """A short random id for an item of a session."""
    return uuid4().hex[:10]
