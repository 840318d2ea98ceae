"""Who facilitates next: the recent reviews' facilitators by region, and a suggestion from a region
that has not facilitated for longest, among the people marked as able to facilitate.

People are matched across reviews by name (case-folded); what is known of a person (their
region, whether they can facilitate) comes from the newest review they were in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from facilitator.model.summary import PersonSummary, SessionSummary


@dataclass(frozen=True)
class Facilitated:
    day: date
    session: str
    name: str
    region: str


@dataclass(frozen=True)
class Candidate:
    name: str
    region: str
    last_facilitated: date | None
    region_last_facilitated: date | None


@dataclass(frozen=True)
class Rotation:
    recent: tuple[Facilitated, ...]
    """Who facilitated, newest first."""
    by_region: dict[str, int]
    """How many of those reviews each region facilitated."""
    suggestion: Candidate | None
    candidates: tuple[Candidate, ...]
    """Everyone able to facilitate, in the order the suggestion was picked from."""


def _day(review: SessionSummary) -> date:
    return review.meeting_at.date() if review.meeting_at is not None else review.incident_day


def rotation(history: Iterable[SessionSummary]) -> Rotation:
    reviews = sorted(history, key=_day, reverse=True)
    recent: list[Facilitated] = []
    newest: dict[str, PersonSummary] = {}
    for review in reviews:
        for person in review.people:
            newest.setdefault(person.name.casefold(), person)
            if person.facilitated:
                recent.append(Facilitated(_day(review), review.slug, person.name, person.region))
    by_region: dict[str, int] = {}
    person_last: dict[str, date] = {}
    region_last: dict[str, date] = {}
    for item in recent:
        by_region[item.region] = by_region.get(item.region, 0) + 1
        person_last.setdefault(item.name.casefold(), item.day)
        region_last.setdefault(item.region, item.day)
    able = [
        Candidate(p.name, p.region, person_last.get(key), region_last.get(p.region))
        for key, p in newest.items()
        if p.can_facilitate
    ]
    # A region that never facilitated first, then the one that did longest ago; within a region,
    # whoever facilitated longest ago (or never); then by name, so the answer is stable.
    able.sort(
        key=lambda c: (
            c.region_last_facilitated or date.min,
            by_region.get(c.region, 0),
            c.last_facilitated or date.min,
            c.name.casefold(),
        )
    )
    return Rotation(tuple(recent), by_region, able[0] if able else None, tuple(able))
