"""Chat threads on the timeline: the line that says which message a reply answers."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.model.event import TimelineEvent

REPLY_MARK = "↳"


def reply_line(event: TimelineEvent, by_id: Mapping[str, TimelineEvent]) -> str | None:
    """`↳ reply to 23:44 Ana Ops` for a thread reply whose parent is in `by_id`, else None."""
    parent = by_id.get(event.parent_id) if event.parent_id is not None else None
    if parent is None:
        return None
    who = f" {parent.actor}" if parent.actor else ""
    return f"{REPLY_MARK} reply to {parent.at:%H:%M}{who}"
