"""A regular expression compiled on first use, so importing the blameless check costs nothing
(and compiled from the program kept on disk, when there is one: compiled_patterns.py)."""

from __future__ import annotations

import re

from facilitator.checks.compiled_patterns import compile_pattern


class LazyPattern:
    """`pattern`, compiled the first time `compiled` is read."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_pattern(self._source)
        return self._compiled
