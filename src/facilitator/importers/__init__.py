"""Timeline importers: pure functions from text or files to events plus problems.

`parse_file` and `parse_text` read one input whole and return an `ImportResult`: the
events, sorted by time, and every line that could not be placed (`problems`, each
`FILE:LINE: reason`, with the line's text kept in `unplaced`). Nothing is applied here;
the caller hands the events to `Review.import_events` only when it is happy with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.importers.options import ReadOptions
    from facilitator.importers.parse import parse_file, parse_text, read_file
    from facilitator.importers.readers import FORMATS
    from facilitator.importers.result import ImportResult, Problem, Progress


def __getattr__(name: str) -> Any:
    """The package's names (`from facilitator.importers import parse_file`) load every reader on
    first use only: the review layer and the timeline use small submodules (`importers.line_head`,
    `importers.result`) and must not pull in thirty readers when a session opens."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from facilitator.importers import parse

    return getattr(parse, name)


__all__ = ["FORMATS", "ImportResult", "Problem", "Progress", "ReadOptions", "parse_file", "parse_text", "read_file"]
