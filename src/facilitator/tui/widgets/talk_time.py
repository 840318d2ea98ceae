"""How talk time was shared: per person, per time zone, who passed, who never spoke."""

from __future__ import annotations

from rich.text import Text

from facilitator.model.enums import TurnOutcome
from facilitator.model.session import Session
from facilitator.model.talk_time import talk_by_zone
from facilitator.tui.text import clock_text, one_line
from facilitator.tui.widgets.people import name_of

BAR_WIDTH = 10


def _bar(seconds: float, most: float) -> str:
    return "█" * round(BAR_WIDTH * seconds / most) if most else ""


def talk_time_text(session: Session) -> Text:
    """The round-robin figures over every round so far (empty rounds say so)."""
    rr = session.round_robin
    text = Text()
    if not any(r.turns for r in rr.rounds):
        text.append("No turns taken yet.", style="dim")
        return text
    per_person = rr.talk_seconds()
    most = max(per_person.values(), default=0.0)
    width = max((len(one_line(p.name)) for p in session.participants), default=8)
    text.append("Talk time\n", style="bold underline")
    for person in sorted(session.participants, key=lambda p: -per_person.get(p.id, 0.0)):
        seconds = per_person.get(person.id, 0.0)
        text.append(f" {one_line(person.name)[:24].ljust(min(width, 24))} {clock_text(seconds):>6} ")
        text.append(_bar(seconds, most) + "\n", style="cyan")
    text.append("By time zone\n", style="bold underline")
    for zone in talk_by_zone(session):
        text.append(f" {zone.zone[:24].ljust(24)} {clock_text(zone.seconds):>6}\n")
    passed = sorted(name_of(session, pid) for pid in rr.passed())
    text.append("Passed: ", style="bold")
    text.append((", ".join(passed) or "nobody") + "\n")
    proxies = [
        (name_of(session, t.participant_id), t.proxy)
        for r in rr.rounds
        for t in r.turns
        if t.outcome is TurnOutcome.ABSENT
    ]
    if proxies:
        text.append("Absent: ", style="bold")
        text.append(
            ", ".join(
                f"{who} ({'spoken for by ' + one_line(proxy) if proxy else 'no proxy'})" for who, proxy in proxies
            )
            + "\n"
        )
    spoke = rr.spoke()
    silent = [one_line(p.name) for p in session.participants if p.id not in spoke]
    text.append("Never spoke: ", style="bold")
    text.append(", ".join(silent) or "everyone spoke", style="bold yellow" if silent else "green")
    return text
