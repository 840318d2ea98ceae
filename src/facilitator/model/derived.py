"""Figures derived from a session: time to detect, acknowledge, mitigate, resolve; gaps."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named here: the report over the session catalogue never loads the model
    from facilitator.model.event import TimelineEvent
    from facilitator.model.session import Session

LONG_GAP = timedelta(minutes=15)
"""The shortest silence marked as long, whatever the incident's length."""
LONG_GAP_SHARE = 10
"""A silence is long when it is at least this fraction (1/10) of the incident's span, if that is more."""


@dataclass(frozen=True)
class Durations:
    """Each figure is None when either end is unknown."""

    to_detect: timedelta | None
    to_acknowledge: timedelta | None
    to_mitigate: timedelta | None
    to_resolve: timedelta | None


def _between(start: datetime | None, end: datetime | None) -> timedelta | None:
    return None if start is None or end is None else end - start


def incident_start(session: Session) -> datetime | None:
    """When the incident began: the recorded start, else the first event."""
    if session.started_at is not None:
        return session.started_at
    return session.timeline[0].at if session.timeline else None


def durations(session: Session) -> Durations:
    """Detect and mitigate/resolve are measured from the start; acknowledge from detection."""
    start = incident_start(session)
    return Durations(
        to_detect=_between(start, session.detected_at),
        to_acknowledge=_between(session.detected_at, session.acknowledged_at),
        to_mitigate=_between(start, session.mitigated_at),
        to_resolve=_between(start, session.resolved_at),
    )


@dataclass(frozen=True)
class Gap:
    after: TimelineEvent
    before: TimelineEvent

    @property
    def length(self) -> timedelta:
        return self.before.at - self.after.at


def gaps(events: Sequence[TimelineEvent]) -> list[Gap]:
    """Every gap between consecutive events, longest first."""
    found = [Gap(a, b) for a, b in itertools.pairwise(events)]
    return sorted(found, key=lambda g: g.length, reverse=True)


def long_gap_threshold(events: Sequence[TimelineEvent]) -> timedelta:
    """15 minutes, or a tenth of the span from first to last event when that is longer.

    Gaps add up to the span, so at most ten events are marked however long the incident ran.
    """
    if len(events) < 2:
        return LONG_GAP
    return max(LONG_GAP, (events[-1].at - events[0].at) / LONG_GAP_SHARE)


def gap_summary(events: Sequence[TimelineEvent], threshold: timedelta | None = None) -> tuple[set[str], Gap | None]:
    """In one pass: the ids of events after a silence of at least `threshold` (default: scaled to
    the incident, `long_gap_threshold`), and the longest gap."""
    if threshold is None:
        threshold = long_gap_threshold(events)
    at = list(map(operator.attrgetter("at"), events))
    lengths = list(map(operator.sub, at[1:], at[:-1]))  # in C: this runs on every edit of a long timeline
    if not lengths:
        return set(), None
    long_ids = {
        events[index + 1].id for index in itertools.compress(range(len(lengths)), map(threshold.__le__, lengths))
    }
    widest = max(range(len(lengths)), key=lengths.__getitem__)
    return long_ids, Gap(events[widest], events[widest + 1])


def format_span(span: timedelta | None) -> str:
    """`1h 05m`, `12m`, `45s`, or `—` when unknown; negative spans keep their sign."""
    if span is None:
        return "—"
    seconds = int(span.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{sign}{days}d {hours}h {minutes:02d}m"
    if hours:
        return f"{sign}{hours}h {minutes:02d}m"
    if minutes:
        return f"{sign}{minutes}m"
    return f"{sign}{secs}s"
