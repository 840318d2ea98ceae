"""The blameless check's regular expressions, kept compiled on disk between runs.

The check is some 400,000 characters of regular expressions. Python compiles a pattern by
parsing it in Python code, which takes about 0.6 s for all of them: every `facilitator export`,
`check` or `blameless` run, and the first marks the app draws, paid a share of that again.

`compile_pattern` keeps what the compiler produced for each pattern, its program for the regular
expression engine, in one file of the user cache folder (`keep_compiled_in`, set by the command
line), and builds the pattern from it in the next process in microseconds. The entry is found by
the pattern's own text, so a changed pattern is compiled afresh; the file is named for the
interpreter and the engine's version, so another Python never reads it. A file that is missing,
damaged or written by another version is ignored; the engine checks every program it is given.
Without a folder (tests, library use), patterns are compiled as `re.compile` does.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the text: flags, code, groups, group index, index group."""
MOST_KEPT = 4000
"""Programs kept in the file at most: more (patterns of many older versions) and only this run's are kept."""


class _Store:
    """The cache file's programs by key, those this process used or made, and whether any is new."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.stored: dict[str, _Program] | None = None
        self.used: dict[str, _Program] = {}
        self.new = False


_STORE = _Store()


def keep_compiled_in(folder: Path) -> None:
    """Read and keep compiled patterns in `folder` (the user cache folder) from now on."""
    _STORE.folder = folder


def cache_file(folder: Path) -> Path:
    """The file in `folder` for this interpreter and this version of the regular expression engine."""
    version = "-".join(map(str, sys.version_info[:3]))
    return folder / f"blame-patterns-{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}.marshal"


def compile_pattern(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, from the program kept on disk when there is one."""
    if _STORE.folder is None:
        return re.compile(source)
    key = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    program = _stored().get(key)
    if program is not None:
        try:
            pattern: re.Pattern[str] = _sre.compile(source, *program)
        except (RuntimeError, TypeError, ValueError):  # damaged: the engine refused the program
            pass
        else:
            _STORE.used[key] = program
            return pattern
    program = _program(source)
    _STORE.used[key] = program
    if not _STORE.new:
        _STORE.new = True
        atexit.register(_write)
    compiled: re.Pattern[str] = _sre.compile(source, *program)
    return compiled


def _program(source: str) -> _Program:
    """What `re.compile` hands the engine for `source` (re/_compiler.py, `compile`), as plain ints."""
    parsed = _parser.parse(source, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    names: dict[str, int] = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        index_group[index] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, names, tuple(index_group)


def _stored() -> dict[str, _Program]:
    """The programs in the cache file, read once; none if it is missing or unreadable."""
    if _STORE.stored is None:
        _STORE.stored = {}
        if _STORE.folder is not None:
            try:
                loaded: Any = marshal.loads(cache_file(_STORE.folder).read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                _STORE.stored = loaded
    return _STORE.stored


def _write() -> None:
    """Save the programs this run made beside those kept, in one replace: a reader sees the
    old file or the new one, and two runs saving at once leave one of them whole."""
    folder = _STORE.folder
    if folder is None:
        return
    kept = {**_stored(), **_STORE.used}
    if len(kept) > MOST_KEPT:
        kept = dict(_STORE.used)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=".blame-patterns-")
    except OSError:
        return  # a read-only cache folder: the next run compiles again
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(kept))
        os.replace(name, cache_file(folder))
    except OSError:
        Path(name).unlink(missing_ok=True)  # a full disk: nothing half written is left
