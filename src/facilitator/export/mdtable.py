"""Markdown tables and lists from cells that are already escaped."""

from __future__ import annotations

from collections.abc import Sequence

EMPTY_CELL = "—"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A GFM table; an empty cell shows a dash so every row keeps its columns."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join([cell or EMPTY_CELL for cell in row]) + " |")
    return lines


def section(title: str, body: list[str]) -> list[str]:
    """A level-two section, or nothing when it has no body."""
    return ["", f"## {title}", "", *body] if body else []
