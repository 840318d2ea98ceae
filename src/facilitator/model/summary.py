"""What a report across reviews needs of one session: a small, plain summary of it.

The session catalogue (`store.catalogue`) keeps one summary per session file, so the
report, `facilitator list` and the session picker answer without reading and validating
every session. Named tuples over the enums: reading 10,000 of them back is quick and
needs neither pydantic nor the rest of the model.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from facilitator.model.derived import durations, incident_start
from facilitator.model.enums import ActionStatus, Category, FindingKind, Priority, SessionStatus, Severity

if TYPE_CHECKING:
    from facilitator.model.session import Session


class ActionSummary(NamedTuple):
    title: str
    owner: str
    priority: Priority
    status: ActionStatus
    due: date | None
    created_at: str
    """ISO date the action was agreed ("" when unknown)."""
    done_at: str


class FindingSummary(NamedTuple):
    kind: FindingKind
    category: Category
    text: str


class SessionSummary(NamedTuple):
    slug: str
    title: str
    severity: Severity
    status: SessionStatus
    created_at: datetime
    incident_day: date
    """The day the incident began (the recorded start, else the first event, else creation)."""
    to_detect: timedelta | None
    to_resolve: timedelta | None
    actions: tuple[ActionSummary, ...]
    findings: tuple[FindingSummary, ...]


def summarise(session: Session) -> SessionSummary:
    spans = durations(session)
    return SessionSummary(
        slug=session.slug,
        title=session.title,
        severity=session.severity,
        status=session.status,
        created_at=session.created_at,
        incident_day=(incident_start(session) or session.created_at).date(),
        to_detect=spans.to_detect,
        to_resolve=spans.to_resolve,
        actions=tuple(
            ActionSummary(a.title, a.owner, a.priority, a.status, a.due, a.created_at, a.done_at)
            for a in session.actions
        ),
        findings=tuple(FindingSummary(f.kind, f.category, f.text) for f in session.findings),
    )
