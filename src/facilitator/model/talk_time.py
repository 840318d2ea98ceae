"""How the round robin's talk time fell across time zones: who was in the room, and from where."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.model.session import Session


@dataclass(frozen=True)
class ZoneTalk:
    zone: str
    people: int
    seconds: float


def talk_by_zone(session: Session) -> list[ZoneTalk]:
    """Talk time summed per participant time zone (every zone with a participant), most talk first,
    then by zone name."""
    talk = session.round_robin.talk_seconds()
    people: dict[str, int] = {}
    seconds: dict[str, float] = {}
    for person in session.participants:
        people[person.tz] = people.get(person.tz, 0) + 1
        seconds[person.tz] = seconds.get(person.tz, 0.0) + talk.get(person.id, 0.0)
    zones = sorted(people, key=lambda zone: (-seconds[zone], zone))
    return [ZoneTalk(zone, people[zone], seconds[zone]) for zone in zones]
