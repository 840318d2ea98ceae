"""Which date undated lines take: the incident's start, else the earliest date the inputs give.

The one rule for `facilitator import` and the import dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from facilitator.importers.result import ImportResult
from facilitator.model.derived import incident_start
from facilitator.model.session import Session

Input = TypeVar("Input")


def incident_day(session: Session) -> date | None:
    """The day the incident started, if the session knows it."""
    start = incident_start(session)
    return start.date() if start else None


def parse_dated(
    parse: Callable[[Input, date | None], ImportResult], inputs: Sequence[Input], day: date | None
) -> list[ImportResult]:
    """Every input parsed with `day` for its undated lines. Without a day, an input with problems
    is parsed again with the earliest date any input gave (undated chat lines then take the date
    of the dated files imported with them)."""
    results = [parse(item, day) for item in inputs]
    if day is None:
        dated = [result.span[0].date() for result in results if result.span]
        if dated and any(result.problems for result in results):
            earliest = min(dated)
            results = [
                parse(item, earliest) if result.problems else result
                for item, result in zip(inputs, results, strict=True)
            ]
    return results
