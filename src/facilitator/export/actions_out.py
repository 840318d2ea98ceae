"""What the action-item exports share: which actions go out, and the words about each."""

from __future__ import annotations

from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus
from facilitator.model.session import Session

LABEL = "postmortem"
GITHUB_LABEL_MAX = 50
"""GitHub refuses a label name longer than this."""


def outgoing_actions(session: Session) -> list[ActionItem]:
    """Actions still to do: open or in progress (done and dropped ones stay behind)."""
    return [a for a in session.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)]


def incident_name(session: Session) -> str:
    """`INC-42: Title (SEV2)`, or the title and severity alone."""
    prefix = f"{session.incident_id}: " if session.incident_id else ""
    return f"{prefix}{session.title} ({session.severity.value})"


def labels(session: Session) -> list[str]:
    """`postmortem` and the session's slug, shortened at a word to fit GitHub's label limit."""
    slug = session.slug
    if len(slug) > GITHUB_LABEL_MAX:
        cut = slug[:GITHUB_LABEL_MAX]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[GITHUB_LABEL_MAX // 2 :] else cut
    return [LABEL, slug]
