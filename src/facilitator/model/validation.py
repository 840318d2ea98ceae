"""Pydantic's validation errors as one readable line (its messages carry a docs link and a prefix)."""

from __future__ import annotations

from pydantic import ValidationError

MAX_PROBLEMS_SHOWN = 5


def describe_validation(error: ValidationError, subject: str = "value") -> str:
    """One `field.path: message` per problem, the first few of them; `subject` names a problem
    of the whole object."""
    problems = error.errors()
    parts = [
        f"{'.'.join(str(p) for p in item['loc']) or subject}: {item['msg'].removeprefix('Value error, ')}"
        for item in problems[:MAX_PROBLEMS_SHOWN]
    ]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        parts.append(f"and {len(problems) - MAX_PROBLEMS_SHOWN} more problems")
    return "; ".join(parts)
