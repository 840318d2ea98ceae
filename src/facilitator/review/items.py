"""Small helpers for the immutable tuples of items a session holds."""

from __future__ import annotations

import bisect
from typing import Any, Protocol, Self, TypeVar

from facilitator.model.event import TimelineEvent, event_time


class Item(Protocol):
    """What a session's list items share: an id, and a validated copy with some values replaced."""

    @property
    def id(self) -> str: ...

    def changed(self, **values: Any) -> Self: ...


ItemT = TypeVar("ItemT", bound=Item)


def replace_item(items: tuple[ItemT, ...], item_id: str, **values: Any) -> tuple[tuple[ItemT, ...], ItemT]:
    """A copy of `items` with the item `item_id` changed; returns (items, new item)."""
    for index, item in enumerate(items):
        if item.id == item_id:
            new = item.changed(**values)
            return (*items[:index], new, *items[index + 1 :]), new
    raise KeyError(f"no item with id {item_id!r}")


def without(items: tuple[ItemT, ...], item_id: str) -> tuple[ItemT, ...]:
    kept = tuple(item for item in items if item.id != item_id)
    if len(kept) == len(items):
        raise KeyError(f"no item with id {item_id!r}")
    return kept


def insert_event(events: tuple[TimelineEvent, ...], event: TimelineEvent) -> tuple[TimelineEvent, ...]:
    """Insert keeping the timeline sorted; equal instants keep their order of arrival."""
    index = bisect.bisect_right(events, event.at, key=event_time)
    return (*events[:index], event, *events[index:])
