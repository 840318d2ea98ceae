"""Commands on the timeline: add, edit, correct, annotate, delete, import."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from facilitator.model.enums import EventKind
from facilitator.model.event import Correction, TimelineEvent, UnplacedLine, event_time
from facilitator.model.event_merge import new_events
from facilitator.review.core import Change, ReviewCore
from facilitator.review.items import insert_event, replace_item, without
from facilitator.review.refused import Refused

EDITABLE = frozenset({"at", "actor", "kind", "text", "decision_point"})


class TimelineCommands(ReviewCore):
    def add_event(
        self,
        at: datetime,
        text: str,
        actor: str = "",
        kind: EventKind = EventKind.OBSERVATION,
        decision_point: bool = False,
    ) -> TimelineEvent:
        event = TimelineEvent(at=at, text=text, actor=actor, kind=kind, decision_point=decision_point)
        self._apply("add event", timeline=insert_event(self.session.timeline, event))
        return event

    def edit_event(self, event_id: str, **values: Any) -> TimelineEvent:
        unknown = set(values) - EDITABLE
        if unknown:
            raise ValueError(f"not an editable event field: {', '.join(sorted(unknown))}")
        events, event = replace_item(self.session.timeline, event_id, **values)
        if "at" in values:
            events = tuple(sorted(events, key=lambda e: e.at))
        self._apply("edit event", timeline=events)
        return event

    def correct_event(self, event_id: str, field: str, value: str, reason: str = "") -> TimelineEvent:
        """Change `field` of an event during the walk, keeping the original visible."""
        if field not in {"text", "actor"}:
            raise ValueError("only an event's text or actor can be corrected; edit its time or kind instead")
        event = self.session.event(event_id)
        correction = Correction(field=field, original=getattr(event, field), corrected=value, reason=reason)
        events, event = replace_item(
            self.session.timeline, event_id, **{field: value}, corrections=(*event.corrections, correction)
        )
        self._apply("correct event", timeline=events)
        return event

    def toggle_decision(self, event_id: str) -> TimelineEvent:
        event = self.session.event(event_id)
        events, event = replace_item(self.session.timeline, event_id, decision_point=not event.decision_point)
        self._apply("flag decision point" if event.decision_point else "unflag decision point", timeline=events)
        return event

    def add_note(self, event_id: str, text: str) -> TimelineEvent:
        if not text.strip():
            raise Refused("a note needs some text")
        event = self.session.event(event_id)
        events, event = replace_item(self.session.timeline, event_id, notes=(*event.notes, text))
        self._apply("add note", timeline=events)
        return event

    def delete_event(self, event_id: str) -> Change:
        findings = tuple(
            f.changed(event_ids=tuple(i for i in f.event_ids if i != event_id)) if event_id in f.event_ids else f
            for f in self.session.findings
        )
        return self._apply("delete event", timeline=without(self.session.timeline, event_id), findings=findings)

    def import_events(
        self,
        events: Iterable[TimelineEvent],
        unplaced: Iterable[UnplacedLine] = (),
        label: str = "import",
        **details: Any,
    ) -> tuple[int, int]:
        """Add parsed events in one undoable step; an event already on the timeline is
        skipped (see `new_events`: two people saying the same thing in the same second are
        two events). `details` fills empty incident times only.

        Returns (added, skipped).
        """
        offered = list(events)
        fresh = new_events(self.session.timeline, offered)
        known = {(u.line, u.text) for u in self.session.unplaced}  # the same lines read from a ZIP or its folder
        new_unplaced = tuple(u for u in unplaced if (u.line, u.text) not in known)
        filled = {name: value for name, value in details.items() if getattr(self.session, name) is None}
        timeline = tuple(sorted((*self.session.timeline, *fresh), key=event_time))
        self._apply(label, timeline=timeline, unplaced=(*self.session.unplaced, *new_unplaced), **filled)
        return len(fresh), len(offered) - len(fresh)

    def place_unplaced(self, index: int, at: datetime, text: str | None = None) -> TimelineEvent:
        """Put an unplaced imported line on the timeline at `at`; by default its text loses the
        time head the importer could not use (`25:00 PST - `)."""
        line = self.session.unplaced[index]
        from facilitator.importers.line_head import text_after_time_head  # the importers load when first used

        event = TimelineEvent(at=at, text=text if text is not None else text_after_time_head(line.text))
        remaining = (*self.session.unplaced[:index], *self.session.unplaced[index + 1 :])
        self._apply("place line", timeline=insert_event(self.session.timeline, event), unplaced=remaining)
        return event
