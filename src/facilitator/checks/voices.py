"""Whose voice is heard across reviews, by region: talk time in round robins, turns passed,
pre-prep forms sent, contributions sent from the live page and accepted, actions owned, and who
took the inconvenient meeting slots; the anonymous
pulse's trend; and a region that stays quiet review after review, named as a risk in neutral words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from facilitator.model.pulse import average
from facilitator.model.summary import SessionSummary
from facilitator.model.working_hours import meeting_cost

QUIET_SHARE = 0.5
"""A region is quiet in a review when its share of talk is under half its share of the people."""
QUIET_REVIEWS = 2
"""…and a risk when that happens in this many of the reviews it was in (with a round robin)."""


@dataclass
class RegionVoice:
    region: str
    seats: int = 0
    """Participants from the region, summed over reviews."""
    reviews: int = 0
    talk_seconds: float = 0.0
    turns: int = 0
    passed: int = 0
    prep_sent: int = 0
    page_sent: int = 0
    """Contributions sent from the live page (raised hands aside)."""
    page_accepted: int = 0
    """…of which the facilitator accepted this many."""
    actions_owned: int = 0
    unsocial_slots: int = 0
    """Times one of its people met at an unsocial hour (before 07:00 or from 21:00 on their clock)."""
    quiet_reviews: int = 0
    spoken_reviews: int = 0
    """Reviews it was in that had round-robin talk at all."""


@dataclass(frozen=True)
class PulsePoint:
    day: date
    session: str
    answers: int
    safe: float | None
    useful: float | None
    """None when fewer than three answered (too few to stay anonymous)."""


@dataclass(frozen=True)
class Voices:
    regions: tuple[RegionVoice, ...]
    total_talk: float
    risks: tuple[str, ...]
    pulse: tuple[PulsePoint, ...]


def _day(review: SessionSummary) -> date:
    return review.meeting_at.date() if review.meeting_at is not None else review.incident_day


def voices(history: Iterable[SessionSummary]) -> Voices:
    reviews = sorted(history, key=_day)
    regions: dict[str, RegionVoice] = {}
    pulse: list[PulsePoint] = []
    for review in reviews:
        answered: int = 0 if review.pulse is None else max(sum(review.pulse.safe), sum(review.pulse.useful))
        if review.pulse is not None and answered:
            safe, useful = average(review.pulse.safe), average(review.pulse.useful)
            pulse.append(PulsePoint(_day(review), review.slug, answered, safe, useful))
        if not review.people:
            continue
        talk = sum(p.talk_seconds for p in review.people)
        seats: dict[str, int] = {}
        said: dict[str, float] = {}
        for person in review.people:
            voice = regions.setdefault(person.region, RegionVoice(person.region))
            seats[person.region] = seats.get(person.region, 0) + 1
            said[person.region] = said.get(person.region, 0.0) + person.talk_seconds
            voice.seats += 1
            voice.talk_seconds += person.talk_seconds
            voice.turns += person.turns
            voice.passed += person.passed
            voice.prep_sent += person.prep_sent
            voice.page_sent += person.page_sent
            voice.page_accepted += person.page_accepted
            voice.actions_owned += person.actions_owned
            if review.meeting_at is not None:
                cost = meeting_cost(
                    review.meeting_at,
                    timedelta(minutes=review.meeting_minutes or 60),
                    person.tz,
                    person.working_hours,
                    person.days_off,
                )
                voice.unsocial_slots += bool(cost.unsocial_minutes)
        for region, count in seats.items():
            voice = regions[region]
            voice.reviews += 1
            if talk > 0:
                voice.spoken_reviews += 1
                if said[region] / talk < QUIET_SHARE * count / len(review.people):
                    voice.quiet_reviews += 1
    ordered = tuple(sorted(regions.values(), key=lambda v: (-v.talk_seconds, v.region)))
    return Voices(ordered, sum(v.talk_seconds for v in ordered), _risks(ordered), tuple(pulse))


def _risks(regions: Iterable[RegionVoice]) -> tuple[str, ...]:
    return tuple(
        f"{voice.region}: a small share of the round-robin talk in {voice.quiet_reviews} of "
        f"{voice.spoken_reviews} reviews, for its share of the people. Ask whether the meeting time, "
        "the language or the format makes it harder to speak, and offer an asynchronous round."
        for voice in regions
        if voice.quiet_reviews >= QUIET_REVIEWS
    )
