"""What the live page shows, as plain data for the templates (no web stack, no clock reads).

The page is cut into sections (the agenda, the round robin, the board, ...) that the hub renders
and re-sends one at a time when they change; the timeline is cut into chunks of events that a
page loads as the reader scrolls. Nothing a section shows depends on the instant it is rendered,
except the clock, which travels as figures (`clock_view`) that the page counts down itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from facilitator.checks.async_steps import due_step
from facilitator.checks.prep_round import missing_forms, round_is_on
from facilitator.model.clock import ClockState
from facilitator.model.contribution import Contribution, ContributionKind, InboxView, Outcome
from facilitator.model.enums import ActionStatus, FindingKind, SessionStatus
from facilitator.model.event import TimelineEvent
from facilitator.model.prep import prep_deadline, vote_tally
from facilitator.model.session import Session

DECISION_QUESTION = "What did we know at this moment, and what made this choice look right?"
CHUNK = 200
"""Events per chunk of the timeline: what a page loads at once."""


@dataclass(frozen=True)
class LiveState:
    """The review as the facilitator has it now: the session, the event under discussion, the inbox."""

    session: Session
    walk_event_id: str | None = None
    inbox: InboxView = field(default_factory=lambda: InboxView((), 0))

    @property
    def closed(self) -> bool:
        return self.session.status is SessionStatus.CLOSED

    @property
    def walk(self) -> TimelineEvent | None:
        if self.walk_event_id is None:
            return None
        return next((e for e in self.session.timeline if e.id == self.walk_event_id), None)

    def walk_chunk(self) -> int:
        """The chunk of the timeline that holds the event under discussion (the first without one)."""
        if self.walk_event_id is None:
            return 0
        for index, event in enumerate(self.session.timeline):
            if event.id == self.walk_event_id:
                return index // CHUNK
        return 0


def chunk_count(session: Session) -> int:
    return max(1, -(-len(session.timeline) // CHUNK))


def chunk_events(session: Session, chunk: int) -> tuple[TimelineEvent, ...]:
    return session.timeline[chunk * CHUNK : (chunk + 1) * CHUNK]


def _names(session: Session) -> dict[str, str]:
    return {p.id: p.name for p in session.participants}


def clock_view(session: Session, now: datetime) -> dict[str, Any]:
    """The clock's figures as of `now` (server time, `at` in epoch seconds): the page counts from them."""
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
        "at": round(now.timestamp(), 3),
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


def event_row(event: TimelineEvent) -> dict[str, Any]:
    return {
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
    }


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


def decisions_view(session: Session) -> list[dict[str, Any]]:
    """Every decision point, with who has said what they knew there (accepted answers only)."""
    names = _names(session)
    points = []
    for event in session.timeline:
        if not event.decision_point:
            continue
        answered = [
            {"id": entry.participant_id, "name": names.get(entry.participant_id, "a former participant")}
            for entry in session.prep
            if entry.about(event.id) is not None
        ]
        points.append({**event_row(event), "answered": answered})
    return points


def open_view(session: Session, now: datetime) -> dict[str, Any]:
    """What the review still misses: today's step of an asynchronous review, forms still out, points unanswered.

    `now` decides only which day of an asynchronous review it is; deadlines travel as instants.
    """
    step = due_step(session, now)
    deadline = prep_deadline(session.meeting_at)
    out = missing_forms(session) if round_is_on(session) else []
    points = decisions_view(session)
    return {
        "step": None if step is None else {"day": step.day, "title": step.box.title, "misses": step.misses},
        "forms_out": [{"id": p.id, "name": p.name, "tz": p.tz} for p in out],
        "deadline": deadline.isoformat() if deadline is not None else "",
        "deadline_utc": f"{deadline:%a %d %b %H:%M} UTC" if deadline is not None else "",
        "unanswered": [p for p in points if not p["answered"]],
        "points": len(points),
    }


def proposals_view(session: Session) -> list[dict[str, Any]]:
    """What can be voted on: the open action items, then every action someone proposed."""
    names = _names(session)
    targets: list[dict[str, Any]] = [
        {"id": a.id, "title": a.title, "by": "", "owner": a.owner, "kind": "action"}
        for a in session.actions
        if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    ]
    for entry in session.prep:
        for proposal in entry.proposals:
            by = names.get(entry.participant_id, "a former participant")
            targets.append({"id": proposal.id, "title": proposal.title, "by": by, "owner": "", "kind": "proposal"})
    for target in targets:
        up, down = vote_tally(session.prep, target["id"])
        target["up"], target["down"] = up, down
        target["voters"] = [
            {"id": entry.participant_id, "vote": vote.vote}
            for entry in session.prep
            if (vote := entry.vote_on(target["id"])) is not None
        ]
        target["comments"] = [
            (names.get(entry.participant_id, "?"), vote.comment)
            for entry in session.prep
            if (vote := entry.vote_on(target["id"])) is not None and vote.comment.strip()
        ]
    return targets


def hands_view(state: LiveState) -> list[tuple[str, str]]:
    names = _names(state.session)
    return [(c.participant_id, names.get(c.participant_id, c.name)) for c in state.inbox.hands]


KIND_LABELS = {
    ContributionKind.HAND: "Raised hand",
    ContributionKind.NOTE: "Note",
    ContributionKind.QUESTION: "Question",
    ContributionKind.PARKING: "Parking-lot topic",
    ContributionKind.PREP: "Pre-prep form",
    ContributionKind.ANSWER: "Decision-point answer",
    ContributionKind.VOTE: "Vote",
    ContributionKind.PROPOSAL: "Proposed action",
}
OUTCOME_LABELS = {
    None: "waiting for the facilitator",
    Outcome.ACCEPTED: "accepted",
    Outcome.DECLINED: "not taken",
    Outcome.WITHDRAWN: "lowered",
}
MINE_SHOWN = 50
"""The most recent contributions a person's page lists."""


def _gist(item: Contribution) -> str:
    if item.kind is ContributionKind.VOTE:
        return {1: "+1", -1: "-1", 0: "comment"}[item.vote] + (f": {item.text}" if item.text else "")
    if item.text:
        return item.text
    return " / ".join(value for value in item.answers.values() if value)


def mine_view(state: LiveState, participant_id: str) -> list[dict[str, Any]]:
    """What this person sent, newest first, and whether the facilitator took it."""
    return [
        {
            "kind": KIND_LABELS[item.kind],
            "at": item.at.isoformat(),
            "utc": f"{item.at:%a %H:%M} UTC",
            "gist": _gist(item),
            "outcome": (outcome or "waiting").replace("withdrawn", "lowered"),
            "outcome_text": OUTCOME_LABELS[outcome],
        }
        for item, outcome in state.inbox.sent_by(participant_id)[:MINE_SHOWN]
    ]


def sections_view(state: LiveState, now: datetime) -> dict[str, dict[str, Any]]:
    """The values of each section of the live page, by section name."""
    session = state.session
    return {
        "agenda": {"agenda": agenda_view(session)},
        "round": {"round": round_view(session)},
        "hands": {"hands": hands_view(state)},
        "discussing": {"walk": state.walk, "decision_question": DECISION_QUESTION},
        "open": {"open": open_view(session, now)},
        "decisions": {"points": decisions_view(session), "question": DECISION_QUESTION},
        "proposals": {"targets": proposals_view(session)},
        "board": {"board": board_view(session)},
        "actions": {"actions": session.actions},
        "parking": {"parking": session.parking},
    }


def outcome_view(session: Session) -> dict[str, Any]:
    """A closed review's outcome, for its read-only page."""
    return {
        "session": session,
        "closed_at": session.closed_at.isoformat() if session.closed_at else "",
        "closed_utc": f"{session.closed_at:%a %d %b %Y %H:%M} UTC" if session.closed_at else "",
        "decisions": [event_row(e) for e in session.timeline if e.decision_point],
        "board": board_view(session),
        "actions": session.actions,
        "people": [p.name for p in session.participants],
    }
