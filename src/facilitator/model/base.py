"""The shared base of every model: immutable, strict about unknown fields, aware instants only.

Models are frozen. A change builds a new object, so an older version of a session can be
kept for undo, or handed to a worker thread to save, while the UI goes on editing.

Every model is also the one gate all data passes, whichever way it came in (typed, imported,
loaded, a layout file): each string is cleaned (model/text.py: no control codes, no lone
surrogates), each number is finite (and each model's numbers bounded, by MAX_NUMBER at
most), and each instant lies between
the years MIN_YEAR and MAX_YEAR, so nothing stored can break a save, an export or a clock.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationInfo, model_validator

from facilitator.model.text import MAYBE_UNCLEAN, clean_text

CLEAN_TEXT = "clean text"
"""Validation context: `{CLEAN_TEXT: True}` says no string of the input holds anything
`clean_text` would change (a whole file checked at once, `json_file_is_clean`)."""
MAX_NUMBER = 10**12
"""The largest magnitude of any number in a model (about 31,700 years in seconds)."""
MIN_YEAR, MAX_YEAR = 1900, 9000
"""Instants outside these years are refused: far enough apart for any incident, and far
enough inside the calendar's ends that a time zone or a duration added never overflows."""


_SEQUENCES = (list, tuple)


def _all_clean(values: Iterable[Any]) -> bool:
    """True if `_clean_raw` would change none of `values`: the same cases, checked in one loop
    with no call per value (every model runs this on every value it is given)."""
    search = MAYBE_UNCLEAN.search
    for value in values:
        if isinstance(value, str):
            if search(value) is not None:
                return False
        elif isinstance(value, _SEQUENCES) and value and isinstance(value[0], str):
            for item in value:
                if isinstance(item, str) and search(item) is not None:
                    return False
        elif type(value) is dict and value and all(type(item) is str for item in value.values()):
            for key, item in value.items():
                if (isinstance(key, str) and search(key) is not None) or search(item) is not None:
                    return False
    return True


def _clean_raw(value: Any) -> Any:
    """A raw field value with its strings (and those of a list of strings, or of a mapping of
    strings such as a pre-prep form's answers, keys and values) cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, _SEQUENCES) and value and isinstance(value[0], str):
        return [clean_text(item) if isinstance(item, str) else item for item in value]
    if type(value) is dict and value and all(type(item) is str for item in value.values()):
        return {clean_text(key) if isinstance(key, str) else key: clean_text(item) for key, item in value.items()}
    return value


class Model(BaseModel):
    """Frozen pydantic model; use `changed()` to get a validated copy with new values."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _clean_input(cls, data: Any, info: ValidationInfo) -> Any:
        """Strings cleaned before any field sees them (pydantic refuses a lone surrogate outright
        in a field with a length limit, and a field's own check would see raw codes). One call
        per model, not per field: an edit of a long session passes its events through as they are;
        so does a file whose text was found clean as a whole (`CLEAN_TEXT`)."""
        if (
            type(data) is not dict
            or (info.context is not None and info.context.get(CLEAN_TEXT))
            or _all_clean(data.values())
        ):
            return data
        return {key: _clean_raw(value) for key, value in data.items()}

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


def as_utc(value: datetime) -> datetime:
    """`value` in UTC; ValueError if it is naive or out of range (years MIN_YEAR to MAX_YEAR),
    never an OverflowError (0001-01-01 at +14:00 has no UTC date)."""
    if value.tzinfo is not UTC:  # a saved session holds UTC already: nothing to check or convert
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: give a time zone or offset (e.g. 14:23 UTC)")
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            raise ValueError(f"date out of range (years {MIN_YEAR} to {MAX_YEAR})") from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"date out of range (years {MIN_YEAR} to {MAX_YEAR})")
    return value


UtcInstant = Annotated[datetime, BeforeValidator(_parse_iso), AfterValidator(as_utc)]
"""An aware instant, stored in UTC. A naive datetime is refused."""


_IDS = random.Random()  # seeded from the system's randomness; no system call per id (an import makes thousands)


def new_id() -> str:
    """A short random id for an item of a session: ten hex digits (40 random bits, as uuid4's first ten)."""
    return f"{_IDS.getrandbits(40):010x}"
