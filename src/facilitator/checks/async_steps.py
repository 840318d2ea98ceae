"""The asynchronous review, day by day: which step is due today and what it still misses.

Day 1 is the day the agenda was started (the clock's first start); each step of a layout
that runs over days says on which day it is due. The step due now is the last one whose
day has come. What a step misses depends on its kind: a timeline with no events or no
decision point marked; forms not sent; decision points nobody wrote about; a write-up with
no contributor or summary; action items with no owner or due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.checks.prep_round import missing_forms
from facilitator.model.enums import FindingKind, TimeboxKind
from facilitator.model.layout import Timebox
from facilitator.model.session import Session


@dataclass(frozen=True)
class DueStep:
    day: int
    """Today's day of the review (1 on the day it started)."""
    index: int
    box: Timebox
    misses: tuple[str, ...]


def review_day(session: Session, now: datetime) -> int | None:
    """Day of the asynchronous review now (1, 2, ...), or None before it started."""
    started = session.clock.meeting_started_at
    if started is None:
        return None
    return (now.date() - started.date()).days + 1


def due_step(session: Session, now: datetime) -> DueStep | None:
    """The step due today, or None when the layout is not asynchronous or has not started."""
    day = review_day(session, now)
    boxes = session.layout.timeboxes
    if day is None or not session.layout.runs_over_days:
        return None
    come = [i for i, box in enumerate(boxes) if box.day is not None and box.day <= day]
    index = come[-1] if come else 0
    return DueStep(day, index, boxes[index], tuple(step_misses(session, boxes[index])))


def step_misses(session: Session, box: Timebox) -> list[str]:
    """What the step still needs before it is done, in a few words each."""
    if box.kind is TimeboxKind.TIMELINE:
        if not session.timeline:
            return ["no events yet"]
        return [] if any(e.decision_point for e in session.timeline) else ["no decision point marked"]
    if box.kind is TimeboxKind.PREP:
        missing = missing_forms(session)
        return [f"forms not in: {', '.join(p.name for p in missing)}"] if missing else []
    if box.kind is TimeboxKind.ANALYSIS:
        points = [e for e in session.timeline if e.decision_point]
        silent = [e for e in points if not any(entry.about(e.id) for entry in session.prep)]
        return [f"{len(silent)} of {len(points)} decision points nobody answered"] if silent else []
    if box.kind is TimeboxKind.DEBRIEF:
        found = []
        if not any(f.kind is FindingKind.CONTRIBUTOR for f in session.findings):
            found.append("no contributor named")
        if not session.summary.strip():
            found.append("no summary")
        return found
    if box.kind is TimeboxKind.ACTIONS:
        loose = [a for a in session.actions if not a.owner or a.due is None]
        return [f"{len(loose)} actions without owner or due date"] if loose else []
    return []
