"""A session file's text: JSON with sorted keys and a one-space indent, put together from its documents.

`encode(tables)` writes exactly what `json.dumps(tables, sort_keys=True, indent=1,
ensure_ascii=False)` writes (plus a final newline), but a table may come with its documents
already encoded (an `EncodedTable` of texts from `encode_document`). A save keeps each item's
encoded document until the item changes, so saving a 20,000-event timeline after one edit
encodes one event, not 20,000: Python's json module encodes indented JSON in Python, not in C.

`encode_document` encodes with pydantic-core (compiled), which writes the same text as the
json module for everything but some floats (`0.00001` against `1e-05`); a document holding a
float, or anything pydantic-core will not encode, goes through the json module instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from json.encoder import encode_basestring as _string
from typing import Any

_JSON = json.JSONEncoder(sort_keys=True, indent=1, ensure_ascii=False)
DOCUMENT_DEPTH = 2
"""Where a table's documents sit in a file: in the file's object, in their table's object."""


class EncodedTable(dict[str, str]):
    """A table whose documents are encoded already, each as it stands in the file (at
    `DOCUMENT_DEPTH`), keyed by strings (`_string` writes a key as `_JSON` writes a string).
    Plain strings inside: the cyclic collector does not track them."""


_PLAIN = frozenset({str, int, bool, type(None)})
"""What pydantic-core writes exactly as the json module does (it writes `1e-05` as `0.00001`)."""
_EMPTY = frozenset({dict, list, tuple})
"""Containers that, empty (most events' notes and corrections), are written as they are."""


class _NotPlain(Exception):
    """A value the json module must encode: a float, or a type JSON does not have."""


def _sorted(value: Any) -> Any:
    """`value` with the keys of every object in it sorted, as `sort_keys` writes them; `_NotPlain`
    if it holds a float or anything not JSON (one type check per value, a call per container)."""
    kind = type(value)
    if kind is dict:
        return {
            key: item if type(item) in _PLAIN or (not item and type(item) in _EMPTY) else _sorted(item)
            for key, item in sorted(value.items())
        }
    if kind is list or kind is tuple:
        return [
            item if type(item) in _PLAIN or (not item and type(item) in _EMPTY) else _sorted(item) for item in value
        ]
    if kind in _PLAIN:
        return value
    raise _NotPlain


def _indented(text: str, depth: int) -> str:
    """JSON text encoded at the top level, as it stands `depth` levels in (a newline inside a
    JSON string is always escaped, so every newline of `text` is one of its own lines)."""
    return text.replace("\n", "\n" + " " * depth) if depth else text


@cache
def _to_json() -> Callable[..., bytes]:
    """pydantic-core's encoder, imported on first use: the app reads its settings through this
    module before its first frame. (Looked up once: a save may encode 20,000 documents.)"""
    from pydantic_core import to_json

    return to_json


def encode_document(document: Any) -> str:
    """`document` encoded as a document of a table."""
    try:
        text = _to_json()(_sorted(document), indent=1).decode("utf-8")
    except (_NotPlain, ValueError):  # a lone surrogate too: the json module writes it as it is
        text = _JSON.encode(document)
    return _indented(text, DOCUMENT_DEPTH)


def _documents(table: dict[str, Any]) -> str:
    """The documents of a table, keys sorted, each on its own lines at `DOCUMENT_DEPTH`."""
    if isinstance(table, EncodedTable):  # a save's tables: ids and texts, joined in one pass
        return ",\n  ".join([f"{_string(key)}: {table[key]}" for key in sorted(table)])
    return ",\n  ".join(
        [f"{_JSON.encode(key)}: {_indented(_JSON.encode(table[key]), DOCUMENT_DEPTH)}" for key in sorted(table)]
    )


def encode(tables: dict[str, Any]) -> str:
    """The text of a file holding `tables` (each usually an object of documents), joined once
    from its pieces (a 20,000-event file is not copied over and over on the way)."""
    if not tables:
        return "{}\n"
    pieces = ["{\n"]
    for number, name in enumerate(sorted(tables)):
        table = tables[name]
        pieces += (",\n " if number else " ", _JSON.encode(name), ": ")
        if isinstance(table, dict) and table:
            pieces += ("{\n  ", _documents(table), "\n }")
        else:
            pieces.append(_indented(_JSON.encode(table), 1))
    pieces.append("\n}\n")
    return "".join(pieces)
