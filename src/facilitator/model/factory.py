"""Building a fresh session from a title and a layout."""

from __future__ import annotations

from datetime import datetime

from facilitator.model.clock import AgendaClock
from facilitator.model.enums import Severity
from facilitator.model.layout import Layout
from facilitator.model.session import Session


def new_session(title: str, slug: str, layout: Layout, now: datetime, severity: Severity = Severity.SEV3) -> Session:
    return Session(
        slug=slug,
        title=title,
        severity=severity,
        created_at=now,
        layout=layout,
        clock=AgendaClock.for_layout(layout),
    )
