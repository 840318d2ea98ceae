"""Applying a parsed import to the review: merge its events, or take over an empty session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.model.base import new_id
from facilitator.model.event import TimelineEvent
from facilitator.model.session import Session
from facilitator.review.timeline_commands import TimelineCommands

if TYPE_CHECKING:  # the importers load when something is imported, not with the review
    from facilitator.importers.result import ImportResult


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    skipped: int
    took_over: bool


def fresh_ids(events: tuple[TimelineEvent, ...]) -> tuple[TimelineEvent, ...]:
    """Copies of exported events with new ids (thread links kept), so merging into a
    session that already holds some of them can never repeat an id."""
    renamed = {event.id: new_id() for event in events}
    return tuple(
        event.changed(
            id=renamed[event.id], parent_id=renamed.get(event.parent_id, event.parent_id) if event.parent_id else None
        )
        for event in events
    )


class ImportCommands(TimelineCommands):
    """Imports merge through the timeline's `import_events`, so they build on its commands."""

    def replace_content(self, exported: Session, label: str = "replace content") -> None:
        """Give this session everything `exported` holds, keeping its own slug and title (undoable),
        and its own pulse: those counts are this file's, counted from its own inbox (see
        review/pulse_commands.py), and only counting changes them."""
        kept = {"slug", "title", "pulse"}
        values = {name: getattr(exported, name) for name in type(exported).model_fields if name not in kept}
        self._apply(label, **values)

    def apply_import(self, result: ImportResult, lenient: bool) -> ImportOutcome:
        """One parsed input as one undoable step. A facilitator export fills an empty session
        whole; otherwise its events merge (`new_events` says which are there already). With `lenient`,
        lines that could not be placed are kept as unplaced lines."""
        label = f"import {result.source}"
        session = self.session
        if result.session is not None and not (session.timeline or session.findings or session.actions):
            self.replace_content(result.session, label)
            return ImportOutcome(len(result.events), 0, took_over=True)
        events = fresh_ids(result.events) if result.session is not None else result.events
        added, skipped = self.import_events(
            events, result.unplaced if lenient else (), label=label, **result.incident_times
        )
        return ImportOutcome(added, skipped, took_over=False)
