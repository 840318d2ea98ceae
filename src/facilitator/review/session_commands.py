"""Commands on the session as a whole: details, participants, layout, closing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from facilitator.model.clock import AgendaClock
from facilitator.model.enums import SessionStatus
from facilitator.model.layout import Layout
from facilitator.model.participant import Participant
from facilitator.review.core import Change, ReviewCore
from facilitator.review.items import replace_item, without
from facilitator.review.refused import Refused

DETAIL_FIELDS = frozenset(
    {
        "title",
        "incident_id",
        "severity",
        "summary",
        "impact",
        "started_at",
        "detected_at",
        "acknowledged_at",
        "mitigated_at",
        "resolved_at",
        "error_budget_spent",
        "review_kind",
        "display_tz",
        "ground_rules",
    }
)


class SessionCommands(ReviewCore):
    def set_details(self, **values: Any) -> Change:
        """Change summary fields (title, impact, incident times, ...)."""
        unknown = set(values) - DETAIL_FIELDS
        if unknown:
            raise ValueError(f"not a session detail: {', '.join(sorted(unknown))}")
        return self._apply("edit details", **values)

    def add_participant(
        self, name: str, role: str = "", tz: str = "UTC", proxy_for: str = "", facilitator: bool = False, **week: Any
    ) -> Participant:
        """Add a person; `week` may set their working_hours, days_off, region and can_facilitate."""
        person = Participant(name=name, role=role, tz=tz, proxy_for=proxy_for, facilitator=facilitator, **week)
        participants = self.session.participants
        if facilitator:
            participants = tuple(p.changed(facilitator=False) if p.facilitator else p for p in participants)
        self._apply(f"add participant {name}", participants=(*participants, person))
        return person

    def edit_participant(self, participant_id: str, **values: Any) -> Participant:
        participants, person = replace_item(self.session.participants, participant_id, **values)
        if values.get("facilitator"):
            participants = tuple(
                p.changed(facilitator=False) if p.facilitator and p.id != participant_id else p for p in participants
            )
        self._apply(f"edit participant {person.name}", participants=participants)
        return person

    def remove_participant(self, participant_id: str) -> Change:
        name = self.session.participant(participant_id).name
        return self._apply(
            f"remove participant {name}", participants=without(self.session.participants, participant_id)
        )

    def set_layout(self, layout: Layout) -> Change:
        """Switch agenda; only before the meeting starts, since the clock starts afresh."""
        if self.session.clock.meeting_started_at is not None:
            raise Refused("the meeting has started; the layout can no longer change")
        return self._apply(f"use layout {layout.name}", layout=layout, clock=AgendaClock.for_layout(layout))

    def close_review(self, now: datetime) -> Change:
        """Mark the review closed, stamp the time, finish the meeting (the clock stops)."""
        return self._apply(
            "close review",
            status=SessionStatus.CLOSED,
            closed_at=now,
            clock=self.session.clock.finish(now),
        )

    def reopen_review(self) -> Change:
        """Open a closed review for changes again; the clock waits, paused, for the next start."""
        return self._apply(
            "reopen review", status=SessionStatus.LIVE, closed_at=None, clock=self.session.clock.changed(finished=False)
        )
