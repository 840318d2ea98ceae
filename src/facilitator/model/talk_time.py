"""How the round robin's talk time fell across time zones: who was in the room, and from where.

An absent person's zone counts as heard only when a proxy really spoke for it; what the proxy
said for it counts for that zone, not for the proxy's own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.model.participant import Participant
from facilitator.model.session import Session


@dataclass(frozen=True)
class ZoneTalk:
    zone: str
    people: int
    seconds: float
    voiced_by: tuple[str, ...] = ()
    """Proxies who spoke for absent people of this zone."""


def talk_by_zone(session: Session, now: datetime | None = None) -> list[ZoneTalk]:
    """Talk time summed per participant time zone (every zone with a participant), most talk first,
    then by zone name; with `now`, the turn running counts up to it."""
    rr = session.round_robin
    own, voiced, proxies = rr.talk_seconds(now), rr.voiced_seconds(now), rr.proxies()
    people: dict[str, int] = {}
    seconds: dict[str, float] = {}
    voices: dict[str, list[str]] = {}
    for person in session.participants:
        people[person.tz] = people.get(person.tz, 0) + 1
        spoken_for = voiced.get(person.id, 0.0)
        seconds[person.tz] = seconds.get(person.tz, 0.0) + own.get(person.id, 0.0) + spoken_for
        proxy = proxies.get(person.id, "")
        if spoken_for and proxy and proxy not in voices.setdefault(person.tz, []):
            voices[person.tz].append(proxy)
    zones = sorted(people, key=lambda zone: (-seconds[zone], zone))
    return [ZoneTalk(zone, people[zone], seconds[zone], tuple(voices.get(zone, ()))) for zone in zones]


def never_spoke(session: Session) -> list[Participant]:
    """Participants who have not spoken in a turn of their own; the facilitator, who runs the
    rounds, only when they were given a turn."""
    rr = session.round_robin
    spoke, given_turns = rr.spoke(), rr.in_rounds()
    return [p for p in session.participants if p.id not in spoke and (not p.facilitator or p.id in given_turns)]
