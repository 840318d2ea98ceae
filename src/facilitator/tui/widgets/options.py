"""Refilling a list of options after a change without losing the user's place in it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def refill(options: OptionList, items: Sequence[Option], empty: str = "") -> None:
    """Replace the options with `items`, keeping the highlighted one (by id, else by position).
    With no items, show `empty` as a line that cannot be chosen."""
    before = options.highlighted
    chosen = options.get_option_at_index(before).id if before is not None and options.option_count else None
    options.clear_options()
    if not items:
        if empty:
            options.add_option(Option(Text(empty, style="dim italic"), disabled=True))
        return
    options.add_options(items)
    ids = [item.id for item in items]
    options.highlighted = (
        ids.index(chosen) if chosen is not None and chosen in ids else min(before or 0, len(items) - 1)
    )
