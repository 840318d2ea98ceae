"""Every model cleans the strings it is given; the quick check that lets clean values through as they are agrees with the cleaning."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from facilitator.model.base import _all_clean, _clean_raw

TEXT = st.text(alphabet=st.characters(codec=None, categories=None))  # control codes and lone surrogates too
VALUES = (
    TEXT
    | st.lists(TEXT, max_size=3)
    | st.tuples(TEXT, st.integers())
    | st.dictionaries(TEXT, TEXT, max_size=3)
    | st.dictionaries(TEXT, st.integers(), max_size=2)
    | st.none()
    | st.integers()
)


@given(st.dictionaries(st.sampled_from(["text", "notes", "answers", "line", "x"]), VALUES))
def test_values_found_clean_are_what_cleaning_gives(data: dict[str, Any]) -> None:
    cleaned = {key: _clean_raw(value) for key, value in data.items()}
    if _all_clean(data.values()):
        assert all(cleaned[key] == value or list(cleaned[key]) == list(value) for key, value in data.items())
    else:
        assert cleaned != data or any(type(cleaned[key]) is not type(value) for key, value in data.items())
