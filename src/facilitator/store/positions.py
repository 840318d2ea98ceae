"""The order of the items of a collection table, kept as an integer `_position` in each document.

A collection table is keyed by item id, so the file itself cannot say which action comes
first. Each document carries a position instead, and the items are read in the order of
(position, key). A save keeps every position that still fits the new order, so adding,
removing or editing one item changes that item's document only, and moving one item
changes that one document too. New items get positions in the gap where they go (a gap
of `STEP` at the end); only when a gap is used up is the whole collection renumbered.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

STEP = 1000
"""The distance between the positions of items saved next to each other."""

Key = tuple[int, str]


def place(keys: Sequence[str], previous: Mapping[str, int]) -> dict[str, int]:
    """Positions for the items `keys`, in this order, keeping every `previous` one that fits."""
    numbers = [previous[k] for k in keys if k in previous]
    if len(numbers) == len(keys) and numbers == sorted(numbers) and len(set(numbers)) == len(numbers):
        return dict(zip(keys, numbers, strict=True))  # the usual save: nothing moved, nothing new
    order: list[Key | None] = [(previous[k], k) if k in previous else None for k in keys]
    kept = _longest_rising(order)
    return _fill(keys, order, kept) or {k: STEP * (i + 1) for i, k in enumerate(keys)}


def _longest_rising(order: Sequence[Key | None]) -> set[int]:
    """Indexes of a longest strictly rising run (not necessarily adjacent) of the known keys."""
    tails: list[Key] = []
    tail_index: list[int] = []
    before: dict[int, int | None] = {}
    for index, key in enumerate(order):
        if key is None:
            continue
        slot = bisect.bisect_left(tails, key)
        before[index] = tail_index[slot - 1] if slot else None
        if slot == len(tails):
            tails.append(key)
            tail_index.append(index)
        else:
            tails[slot], tail_index[slot] = key, index
    kept: set[int] = set()
    at = tail_index[-1] if tail_index else None
    while at is not None:
        kept.add(at)
        at = before[at]
    return kept


def _fill(keys: Sequence[str], order: Sequence[Key | None], kept: set[int]) -> dict[str, int] | None:
    """Kept items keep their position; the others share out the gaps. None if a gap is too small."""
    placed: dict[str, int] = {}
    waiting: list[str] = []
    low: int | None = None
    for index, key in enumerate(keys):
        known = order[index]
        if index not in kept or known is None:
            waiting.append(key)
            continue
        if not _spread(waiting, low, known[0], placed):
            return None
        placed[key] = low = known[0]
        waiting = []
    _spread(waiting, low, None, placed)
    return placed


def _spread(waiting: list[str], low: int | None, high: int | None, placed: dict[str, int]) -> bool:
    """Positions strictly between `low` and `high` (either end open) for `waiting`, in order."""
    count = len(waiting)
    if not count:
        return True
    if high is None:
        start = 0 if low is None else low
        placed.update((key, start + STEP * (i + 1)) for i, key in enumerate(waiting))
    elif low is None:
        placed.update((key, high - STEP * (count - i)) for i, key in enumerate(waiting))
    elif high - low > count:
        placed.update((key, low + (high - low) * (i + 1) // (count + 1)) for i, key in enumerate(waiting))
    else:
        return False
    return True
