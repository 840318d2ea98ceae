"""Which imported events are new to a timeline, and which are already on it.

An incoming event repeated exactly (instant, actor and text) counts once. Then events are
compared as a multiset: the timeline "already has" an incoming event while it holds more
events of that instant and text than have been matched so far, same-actor matches taken
first. So two people posting the same words in the same second are two events, importing
the same file twice adds nothing, and a message seen in two sources (a Slack export and a
pasted chat, with different actors) counts once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from facilitator.model.event import TimelineEvent


def new_events(timeline: Iterable[TimelineEvent], incoming: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    """The events of `incoming` that `timeline` does not hold yet, in their order."""
    unique: dict[tuple[object, str, str], TimelineEvent] = {}
    for event in incoming:
        unique.setdefault((event.at, event.actor, event.text), event)
    offered = list(unique.values())
    exact = Counter((e.at, e.actor, e.text) for e in timeline)
    if not exact:
        return offered  # an empty timeline holds none of them (the first import of a long file)
    loose = Counter((at, text) for at, _, text in exact.elements())
    matched = [False] * len(offered)
    for index, event in enumerate(offered):
        key = (event.at, event.actor, event.text)
        if exact[key] > 0:
            exact[key] -= 1
            loose[event.at, event.text] -= 1
            matched[index] = True
    fresh = []
    for index, event in enumerate(offered):
        if matched[index]:
            continue
        if loose[event.at, event.text] > 0:
            loose[event.at, event.text] -= 1
        else:
            fresh.append(event)
    return fresh
