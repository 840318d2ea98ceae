"""Pydantic's validation errors as one readable line (its messages carry a docs link and a prefix)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

Loc = tuple[int | str, ...]

MAX_PROBLEMS_SHOWN = 5


def describe_validation(
    error: ValidationError, subject: str = "value", name: Callable[[Loc], Loc] | None = None
) -> str:
    """One `field.path: message` per problem, the first few of them; `subject` names a problem
    of the whole object, and `name` may rewrite a path (an item by its key, not its index)."""
    problems = error.errors()
    parts = []
    for item in problems[:MAX_PROBLEMS_SHOWN]:
        loc = tuple(item["loc"])
        where = ".".join(str(p) for p in (name(loc) if name else loc)) or subject
        parts.append(f"{where}: {item['msg'].removeprefix('Value error, ')}")
    if len(problems) > MAX_PROBLEMS_SHOWN:
        parts.append(f"and {len(problems) - MAX_PROBLEMS_SHOWN} more problems")
    return "; ".join(parts)
