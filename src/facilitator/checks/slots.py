"""A fair meeting time: the best few slots in the coming days for everyone in the review.

Each candidate start is scored by what it costs each participant on their own clock (minutes
outside their working hours or on a day off, and minutes before 07:00 or from 21:00), weighted
by what earlier reviews already cost them: whoever took an unsocial slot in a recent review
weighs more, so the burden moves round instead of landing on the same region every time, and
a person whose last review was at an unsocial hour is not given one again while any candidate
spares them. Times are walked in each person's zone, so DST changes and day boundaries count
as their clock shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from facilitator.model.participant import Participant
from facilitator.model.summary import SessionSummary
from facilitator.model.working_hours import LocalCost, meeting_cost

RECENT_REVIEWS = 5
"""How many earlier reviews of a person count towards their burden."""
REPEAT_PENALTY = 10_000
"""Added per person given an unsocial slot again right after one: only taken when nothing spares them."""
MIN_NOTICE = timedelta(hours=2)
SPACING = timedelta(hours=2)
"""Proposed slots start at least this far apart, so the few shown are real alternatives."""


@dataclass(frozen=True)
class Burden:
    """What earlier reviews cost one person (matched by name, case-folded)."""

    reviews: int = 0
    outside_minutes: int = 0
    unsocial_reviews: int = 0
    last_unsocial: bool = False
    """Their most recent review fell at an unsocial hour for them."""


@dataclass(frozen=True)
class PersonCost:
    person: Participant
    cost: LocalCost
    burden: Burden


@dataclass(frozen=True)
class Slot:
    start: datetime
    duration: timedelta
    people: tuple[PersonCost, ...]
    score: float

    @property
    def outside_minutes(self) -> int:
        return sum(p.cost.outside_minutes for p in self.people)

    @property
    def unsocial_people(self) -> tuple[str, ...]:
        return tuple(p.person.name for p in self.people if p.cost.unsocial_minutes)


def burdens(history: Iterable[SessionSummary], before: datetime | None = None) -> dict[str, Burden]:
    """Each person's burden from the reviews in `history` that met before `before` (newest count most)."""
    met = sorted(
        (s for s in history if s.meeting_at is not None and (before is None or s.meeting_at < before)),
        key=lambda s: s.meeting_at or datetime.min.replace(tzinfo=UTC),
        reverse=True,
    )
    seen: dict[str, list[LocalCost]] = {}
    for review in met:
        assert review.meeting_at is not None
        length = timedelta(minutes=review.meeting_minutes or 60)
        for person in review.people:
            costs = seen.setdefault(person.name.casefold(), [])
            if len(costs) < RECENT_REVIEWS:
                costs.append(meeting_cost(review.meeting_at, length, person.tz, person.working_hours, person.days_off))
    return {
        name: Burden(
            reviews=len(costs),
            outside_minutes=sum(c.outside_minutes for c in costs),
            unsocial_reviews=sum(1 for c in costs if c.unsocial_minutes),
            last_unsocial=bool(costs and costs[0].unsocial_minutes),
        )
        for name, costs in seen.items()
    }


def _score(costs: Sequence[PersonCost]) -> float:
    total = 0.0
    for item in costs:
        weight = 1 + item.burden.unsocial_reviews
        total += weight * item.cost.penalty
        if item.cost.unsocial_minutes and item.burden.last_unsocial:
            total += REPEAT_PENALTY
    return total


def propose_slots(
    people: Sequence[Participant],
    now: datetime,
    history: dict[str, Burden] | None = None,
    days: int = 5,
    duration: timedelta = timedelta(hours=1),
    step: timedelta = timedelta(minutes=30),
    count: int = 5,
) -> list[Slot]:
    """The `count` best meeting starts from `now` (plus some notice) over the next `days`, best first."""
    if not people:
        return []
    history = history or {}
    earliest = now + MIN_NOTICE
    step_seconds = int(step.total_seconds())
    first = datetime.fromtimestamp(-(-int(earliest.timestamp()) // step_seconds) * step_seconds, UTC)
    candidates: list[Slot] = []
    start = first
    while start < now + timedelta(days=days):
        costs = tuple(
            PersonCost(
                p,
                meeting_cost(start, duration, p.tz, p.working_hours, p.days_off),
                history.get(p.name.casefold(), Burden()),
            )
            for p in people
        )
        candidates.append(Slot(start, duration, costs, _score(costs)))
        start += step
    ranked = sorted(candidates, key=lambda s: (s.score, s.start))
    chosen: list[Slot] = []
    # Distinct times of day first (real alternatives), then the same times on other days.
    for apart in (lambda a, b: _clock_gap(a, b) >= SPACING, lambda a, b: abs(a - b) >= SPACING):
        for slot in ranked:
            if len(chosen) == count:
                return chosen
            if slot not in chosen and all(apart(slot.start, other.start) for other in chosen):
                chosen.append(slot)
    return chosen


def _clock_gap(a: datetime, b: datetime) -> timedelta:
    """How far apart two instants are as times of day (UTC), ignoring the date."""
    gap = abs((a - b).total_seconds()) % 86_400
    return timedelta(seconds=min(gap, 86_400 - gap))
