"""How talk time was shared: per person, per time zone, who passed, who never spoke."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text

from facilitator.model.enums import TurnOutcome
from facilitator.model.session import Session
from facilitator.model.talk_time import never_spoke, talk_by_zone
from facilitator.tui.text import clock_text, one_line
from facilitator.tui.widgets.people import name_of

BAR_WIDTH = 10


def _bar(seconds: float, most: float) -> str:
    return "█" * round(BAR_WIDTH * seconds / most) if most else ""


def talk_time_text(session: Session, now: datetime | None = None) -> Text:
    """The round-robin figures over every round so far (empty rounds say so); with `now`,
    the turn running counts up."""
    rr = session.round_robin
    text = Text()
    running = rr.current is not None and not rr.current.done and now is not None
    if not any(r.turns for r in rr.rounds) and not running:
        text.append("No turns taken yet.", style="dim")
        return text
    per_person = rr.talk_seconds(now)
    most = max(per_person.values(), default=0.0)
    width = max((len(one_line(p.name)) for p in session.participants), default=8)
    text.append("Talk time\n", style="bold underline")
    for person in sorted(session.participants, key=lambda p: -per_person.get(p.id, 0.0)):
        seconds = per_person.get(person.id, 0.0)
        text.append(f" {one_line(person.name)[:24].ljust(min(width, 24))} {clock_text(seconds):>6} ")
        text.append(_bar(seconds, most) + "\n", style="cyan")
    text.append("By time zone\n", style="bold underline")
    for zone in talk_by_zone(session, now):
        text.append(f" {zone.zone[:24].ljust(24)} {clock_text(zone.seconds):>6}")
        if zone.voiced_by:
            text.append(" voiced by " + ", ".join(one_line(name) for name in zone.voiced_by), style="italic")
        text.append("\n")
    passed = sorted(name_of(session, pid) for pid in rr.passed())
    text.append("Passed: ", style="bold")
    text.append((", ".join(passed) or "nobody") + "\n")
    voiced = rr.voiced_seconds(now)
    absent = {t.participant_id: t.proxy for r in rr.rounds for t in r.turns if t.outcome is TurnOutcome.ABSENT}
    if absent:
        text.append("Absent: ", style="bold")
        parts = []
        for pid, proxy in absent.items():
            tz = next((p.tz for p in session.participants if p.id == pid), "?")
            heard = f"{tz}: voiced by {one_line(proxy)}" if proxy and voiced.get(pid) else f"{tz}: not heard"
            parts.append(f"{name_of(session, pid)} ({heard})")
        text.append(", ".join(parts) + "\n")
    silent = [one_line(p.name) for p in never_spoke(session)]
    text.append("Never spoke: ", style="bold")
    text.append(", ".join(silent) or "everyone spoke", style="bold yellow" if silent else "green")
    return text
