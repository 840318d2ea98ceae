"""Agenda layouts from TOML: the bundled ones and the user's own.

A bad file gets a LayoutError naming the file, the line and the field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from facilitator.model.layout import MAX_TIMEBOXES, Layout
from facilitator.resources import bundled_dir
from facilitator.store.paths import user_layouts_dir
from facilitator.store.safe_read import NotReadable, parse_toml, read_regular_file

MAX_LAYOUT_BYTES = 1_000_000


class LayoutError(ValueError):
    """`FILE:LINE: field: problem`, one line per problem."""


@dataclass(frozen=True)
class LayoutEntry:
    layout: Layout
    path: Path
    builtin: bool


def _key_line(lines: list[str], key: str, start: int, end: int) -> int | None:
    """The 1-based line of `key = ...`, `[key]` or `[[key]]` within lines[start:end]."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}\s*=|\[\[?\s*{re.escape(key)}\s*\]\]?)")
    return next((i + 1 for i in range(start, end) if pattern.match(lines[i])), None)


def _line_of(text: str, loc: tuple[int | str, ...], kind: str = "") -> int | None:
    """Best-effort line of a field: the n-th `[[timeboxes]]` block, then `key =` inside it."""
    lines = text.splitlines()
    start, end = 0, len(lines)
    rest = list(loc)
    headers = [i for i, line in enumerate(lines) if line.strip().startswith("[[timeboxes]]")]
    if rest == ["timeboxes"] and kind == "too_long" and len(headers) > MAX_TIMEBOXES:
        return headers[MAX_TIMEBOXES] + 1  # the first timebox too many
    if len(rest) >= 2 and rest[0] == "timeboxes" and isinstance(rest[1], int) and rest[1] < len(headers):
        start = headers[rest[1]]
        end = headers[rest[1] + 1] if rest[1] + 1 < len(headers) else len(lines)
        rest = rest[2:]
        if not rest:
            return start + 1
    key = next((str(p) for p in rest if isinstance(p, str)), None)
    found = _key_line(lines, key, start, end) if key else None
    return found or (start + 1 if start else None)


_TOML_WHERE = re.compile(r"^(?P<msg>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


def _problems(error: ValidationError) -> list[ErrorDetails]:
    """Pydantic's problems, less the "at least 1 timebox" that follows from bad timeboxes."""
    items = error.errors()
    bad_box = any(len(i["loc"]) > 1 and i["loc"][0] == "timeboxes" for i in items)
    return [i for i in items if not (bad_box and tuple(i["loc"]) == ("timeboxes",) and i["type"] == "too_short")]


def parse_layout(text: str, source: Path) -> Layout:
    """Parse and validate layout TOML; raise LayoutError naming file, line and field."""
    if len(text) > MAX_LAYOUT_BYTES:
        raise LayoutError(f"{source}: larger than {MAX_LAYOUT_BYTES} bytes; not a layout")
    try:
        data = parse_toml(text)
    except tomllib.TOMLDecodeError as error:
        where = _TOML_WHERE.match(str(error))
        if where is None:
            raise LayoutError(f"{source}: not valid TOML: {error}") from None
        raise LayoutError(f"{source}:{where['line']}: not valid TOML: {where['msg']} (column {where['col']})") from None
    data.setdefault("name", source.stem)
    try:
        return Layout.model_validate(data)
    except RecursionError:
        raise LayoutError(f"{source}: nested too deeply to be a layout") from None
    except ValidationError as error:
        problems = []
        for item in _problems(error)[:20]:
            loc = tuple(item["loc"])
            field = ".".join(str(p) for p in loc) or "layout"
            line = _line_of(text, loc, item["type"])
            place = f"{source}:{line}" if line else str(source)
            problems.append(f"{place}: {field}: {item['msg']}")
        raise LayoutError("\n".join(problems)) from None


def load_layout_file(path: Path) -> Layout:
    try:
        text = read_regular_file(path, MAX_LAYOUT_BYTES).decode("utf-8-sig")
    except NotReadable as error:
        raise LayoutError(f"{path}: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LayoutError(f"{path}: cannot be read ({error})") from None
    return parse_layout(text, path)


def _entries(folder: Path, builtin: bool) -> tuple[list[LayoutEntry], list[str]]:
    entries, errors = [], []
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            try:
                entries.append(LayoutEntry(load_layout_file(path), path, builtin))
            except LayoutError as error:
                errors.append(str(error))
    return entries, errors


def all_layouts(user_dir: Path | None = None) -> tuple[list[LayoutEntry], list[str]]:
    """Bundled layouts, then the user's (a user layout may replace a bundled one by name)."""
    bundled, errors = _entries(bundled_dir("layouts"), builtin=True)
    mine, my_errors = _entries(user_dir or user_layouts_dir(), builtin=False)
    by_name = {entry.layout.name: entry for entry in [*bundled, *mine]}
    return list(by_name.values()), errors + my_errors


def find_layout(name: str, user_dir: Path | None = None) -> Layout:
    entries, _ = all_layouts(user_dir)
    for entry in entries:
        if entry.layout.name == name:
            return entry.layout
    known = ", ".join(sorted(e.layout.name for e in entries))
    raise LayoutError(f"no layout named {name!r} (known: {known})")
