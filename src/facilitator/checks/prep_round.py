"""Who has not sent a pre-prep form yet, and how long they have (in their own time zone).

The round is on once a meeting time is set or a first form came in. Until the meeting
starts, every missing form is a gap: due in so long, or overdue by so long, with the
deadline on the person's own clock. Once the meeting runs, a missing form is only a note;
so is the facilitator's own, at any time (they run the meeting; their answers are welcome).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from facilitator.model.derived import format_span
from facilitator.model.enums import SessionStatus
from facilitator.model.participant import Participant
from facilitator.model.prep import prep_deadline
from facilitator.model.session import Session

PREP = "Pre-prep forms"


def round_is_on(session: Session) -> bool:
    return session.meeting_at is not None or bool(session.prep)


def missing_forms(session: Session) -> list[Participant]:
    """Participants who have not sent a form, the facilitator left out (not one they owe)."""
    return [p for p in session.participants if session.prep_of(p.id) is None and not p.facilitator]


def overdue_as_written(session: Session, now: datetime) -> str | None:
    """Forms written now for a meeting less than 24 hours away are late the moment they are
    written: a sentence saying so (None when there is time, or no meeting time)."""
    deadline = prep_deadline(session.meeting_at)
    if session.meeting_at is None or deadline is None or deadline > now:
        return None
    until = session.meeting_at - now
    when = f"is in {format_span(until)}" if until.total_seconds() > 0 else "has started"
    return (
        f"the meeting {when}, so these forms are overdue as they are written (they are due 24 hours "
        f"before it, {deadline:%a %d %b %H:%M} UTC)"
    )


def local_deadline(deadline: datetime, zone: str) -> str:
    """`Tue 22:00 +08`: the deadline on the person's own clock."""
    local = deadline.astimezone(ZoneInfo(zone))
    return f"{local:%a %H:%M} {local.tzname() or zone}"


def time_left(deadline: datetime, now: datetime) -> str:
    """`due in 5h 10m` or `overdue by 2h`."""
    left = deadline - now
    if left >= timedelta(0):
        return f"due in {format_span(left)}"
    return f"overdue by {format_span(-left)}"


def prep_messages(session: Session, now: datetime) -> list[tuple[str, bool]]:
    """(message, is_gap) for each missing form, and for a round with no meeting time."""
    if not round_is_on(session):
        return []
    during = session.status is not SessionStatus.PREP
    deadline = prep_deadline(session.meeting_at)
    found: list[tuple[str, bool]] = []
    if deadline is None and not during:
        found.append(("no meeting time set: forms are due 24 hours before it (facilitator prep --meeting)", True))
    for person in (p for p in session.participants if session.prep_of(p.id) is None):
        gap = not during and not person.facilitator
        who = f"{person.name} (facilitator, not a gap)" if person.facilitator else person.name
        if during:
            found.append((f"{who} sent no form", gap))
        elif deadline is None:
            found.append((f"{who}: no form yet", gap))
        else:
            when = f"{time_left(deadline, now)} ({local_deadline(deadline, person.tz)} their time, {person.tz})"
            found.append((f"{who}: no form yet, {when}", gap))
    return found
