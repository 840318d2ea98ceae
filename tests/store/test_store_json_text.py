"""A session file's text is put together from documents encoded once; it reads exactly as json.dumps writes it."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from facilitator.store.json_text import EncodedTable, encode, encode_document

SCALARS = st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats(allow_nan=False) | st.text()
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20
)
TABLES = st.dictionaries(st.text(), st.dictionaries(st.text(), VALUES, max_size=5) | VALUES, max_size=5)


def as_json_writes(data: Any) -> str:
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


@given(TABLES)
def test_the_text_is_what_json_dumps_writes(tables: dict[str, Any]) -> None:
    assert encode(tables) == as_json_writes(tables)


@given(TABLES)
@example({"timeline": {"a": {"text": "lone \ud800", "x": 1e-05, "big": 10**30, "ctl": "\x1b[31m\x7f\u2028"}}})
@example({"timeline": {"a": {"at": [1e-05, float("inf"), {"deep": -0.0}], "text": "5e-3"}, "b": "a string document"}})
def test_documents_encoded_beforehand_read_the_same(tables: dict[str, Any]) -> None:
    """Every table given as an `EncodedTable` (floats, control codes, lone surrogates, nested
    lists and objects, numbers beyond 64 bits)."""
    encoded = {
        name: EncodedTable({key: encode_document(value) for key, value in table.items()})
        if isinstance(table, dict)
        else table
        for name, table in tables.items()
    }
    assert encode(encoded) == as_json_writes(tables)


def test_an_encoded_document_is_kept_as_given() -> None:
    """What a save keeps of an unchanged item is written as it is, not encoded again."""
    kept = EncodedTable({"ev1": '{\n   "text": "as saved before"\n  }'})
    assert encode({"timeline": kept}) == '{\n "timeline": {\n  "ev1": {\n   "text": "as saved before"\n  }\n }\n}\n'
