"""What the live page shows, as plain data for the templates (no web stack, no clock reads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from facilitator.model.clock import ClockState
from facilitator.model.contribution import InboxView
from facilitator.model.enums import FindingKind, SessionStatus
from facilitator.model.session import Session

DECISION_QUESTION = "What did we know at this moment, and what made this choice look right?"


@dataclass(frozen=True)
class LiveState:
    """The review as the facilitator has it now: the session, the event under discussion, the inbox."""

    session: Session
    walk_event_id: str | None = None
    inbox: InboxView = field(default_factory=lambda: InboxView((), 0))

    @property
    def closed(self) -> bool:
        return self.session.status is SessionStatus.CLOSED


def _names(session: Session) -> dict[str, str]:
    return {p.id: p.name for p in session.participants}


def clock_view(session: Session, now: datetime) -> dict[str, Any]:
    clock = session.clock
    state = clock.state(now)
    meeting_left = clock.meeting_remaining(now)
    ticking = clock.running and state is not ClockState.FINISHED
    return {
        "title": session.current_timebox.title,
        "number": clock.current + 1,
        "count": len(clock.boxes),
        "state": state.value,
        "remaining": round(clock.remaining(now), 1),
        "meeting_remaining": round(meeting_left, 1),
        "running": ticking,
        "ends_at": (now + timedelta(seconds=max(0.0, meeting_left))).isoformat() if ticking else "",
    }


def agenda_view(session: Session) -> list[dict[str, Any]]:
    clock = session.clock
    rows = []
    for index, box in enumerate(session.layout.timeboxes):
        if index == clock.current and not clock.finished:
            status = "current"
        elif clock.boxes[index].visited or index < clock.current:
            status = "done"
        else:
            status = "later"
        minutes = clock.boxes[index].budget_seconds // 60
        rows.append({"title": box.title, "kind": box.kind.value, "minutes": minutes, "status": status})
    return rows


def timeline_view(session: Session, walk_event_id: str | None) -> list[dict[str, Any]]:
    return [
        {
            "id": event.id,
            "at": event.at.isoformat(),
            "utc": f"{event.at:%H:%M}",
            "day": f"{event.at:%Y-%m-%d}",
            "actor": event.actor,
            "kind": event.kind.value,
            "text": event.text,
            "decision": event.decision_point,
            "notes": event.notes,
            "corrections": [(c.field, c.original) for c in event.corrections],
            "current": event.id == walk_event_id,
        }
        for event in session.timeline
    ]


def board_view(session: Session) -> list[dict[str, Any]]:
    titles = {FindingKind.CONTRIBUTOR: "Contributors", FindingKind.MITIGATOR: "Mitigators", FindingKind.RISK: "Risks"}
    return [
        {"title": title, "items": [f for f in session.findings if f.kind is kind]} for kind, title in titles.items()
    ]


def round_view(session: Session) -> dict[str, Any] | None:
    current = session.round_robin.current
    if current is None:
        return None
    names = _names(session)
    return {
        "prompt": current.prompt,
        "speaker_id": current.speaker or "",
        "speaker": names.get(current.speaker or "", ""),
        "next_id": current.up_next or "",
        "next": names.get(current.up_next or "", ""),
        "waiting": [names.get(pid, "?") for pid in current.waiting],
        "done": current.done,
    }


def page_view(state: LiveState, now: datetime) -> dict[str, Any]:
    """Everything the live part of the page shows, the same for every viewer."""
    session = state.session
    names = _names(session)
    walk = next((e for e in session.timeline if e.id == state.walk_event_id), None)
    return {
        "session": session,
        "clock": clock_view(session, now),
        "agenda": agenda_view(session),
        "events": timeline_view(session, state.walk_event_id),
        "walk": walk,
        "decision_question": DECISION_QUESTION,
        "board": board_view(session),
        "actions": session.actions,
        "parking": session.parking,
        "round": round_view(session),
        "hands": [(c.participant_id, names.get(c.participant_id, c.name)) for c in state.inbox.hands],
        "closed": state.closed,
    }
