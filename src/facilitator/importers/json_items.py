"""Read a JSON list and remember the line each item starts on, so problems can name it.

`json.loads` forgets positions; here each item of the list is decoded on its own with
`raw_decode`, and its start offset turned into a line number.
"""

from __future__ import annotations

import bisect
import json
from typing import Any

from facilitator.store.safe_read import JSON_DECODER

_DECODER = JSON_DECODER
_SPACE = " \t\r\n"


class JsonShapeError(ValueError):
    """The JSON is valid but not shaped as expected, or not valid; the message says where."""


def _error_line(error: json.JSONDecodeError) -> str:
    return f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines = [i for i, char in enumerate(text) if char == "\n"] if "\n" in text else []

    def line_of(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1

    def skip(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset] in _SPACE:
            offset += 1
        return offset

    def expect(self, offset: int, char: str) -> int:
        offset = self.skip(offset)
        if not self.text.startswith(char, offset):
            found = self.text[offset : offset + 1] or "the end"
            raise JsonShapeError(f"line {self.line_of(offset)}: expected {char!r}, found {found!r}")
        return offset + 1

    def value(self, offset: int) -> tuple[Any, int]:
        try:
            return _DECODER.raw_decode(self.text, self.skip(offset))
        except json.JSONDecodeError as error:
            raise JsonShapeError(_error_line(error)) from None
        except RecursionError:
            raise JsonShapeError(f"line {self.line_of(offset)}: nested too deeply") from None

    def items(self, offset: int) -> tuple[list[tuple[int, Any]], int]:
        """The items of the list that opens at `offset`, each with its line; and the end offset."""
        offset = self.expect(offset, "[")
        found: list[tuple[int, Any]] = []
        if self.text.startswith("]", self.skip(offset)):
            return found, self.skip(offset) + 1
        while True:
            start = self.skip(offset)
            item, offset = self.value(start)
            found.append((self.line_of(start), item))
            offset = self.skip(offset)
            if self.text.startswith("]", offset):
                return found, offset + 1
            offset = self.expect(offset, ",")


def located_items(text: str, key: str | None = None) -> tuple[list[tuple[int, Any]], Any]:
    """(line, item) for each item of the top-level list, or of the list under `key` of the
    top-level object; and the whole document. Raises JsonShapeError."""
    reader = _Reader(text)
    start = reader.skip(0)
    if text.startswith("[", start):
        listed, end = reader.items(start)
        _check_end(reader, end)
        return listed, [item for _, item in listed]
    if key is None or not text.startswith("{", start):
        raise JsonShapeError("expected a JSON list")
    document: dict[str, Any] = {}
    items: list[tuple[int, Any]] | None = None
    offset = reader.expect(start, "{")
    if not text.startswith("}", reader.skip(offset)):
        while True:
            key_start = reader.skip(offset)
            name, offset = reader.value(key_start)
            if not isinstance(name, str):
                raise JsonShapeError(f"line {reader.line_of(key_start)}: an object key must be a string")
            offset = reader.expect(offset, ":")
            if name == key and text.startswith("[", reader.skip(offset)):
                items, offset = reader.items(offset)
                document[name] = [item for _, item in items]
            else:
                document[name], offset = reader.value(offset)
            offset = reader.skip(offset)
            if not text.startswith(",", offset):
                break
            offset += 1
    _check_end(reader, reader.expect(offset, "}"))
    if items is None:
        raise JsonShapeError(f"expected a list under {key!r}")
    return items, document


def _check_end(reader: _Reader, offset: int) -> None:
    offset = reader.skip(offset)
    if offset < len(reader.text):
        raise JsonShapeError(f"line {reader.line_of(offset)}: unexpected text after the JSON document")
