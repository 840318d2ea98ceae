"""Commands on what the review produces: findings, five whys, action items, parking lot."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Category, FindingKind, ParkingOutcome
from facilitator.model.finding import Finding
from facilitator.model.parking import ParkingItem
from facilitator.review.core import Change, ReviewCore
from facilitator.review.items import replace_item, without
from facilitator.review.refused import Refused


class OutcomeCommands(ReviewCore):
    # -- findings ----------------------------------------------------------------

    def add_finding(
        self, kind: FindingKind, text: str, category: Category = Category.TECHNICAL, event_ids: tuple[str, ...] = ()
    ) -> Finding:
        for event_id in event_ids:
            self.session.event(event_id)
        finding = Finding(kind=kind, text=text, category=category, event_ids=event_ids)
        self._apply(f"add {kind.value}", findings=(*self.session.findings, finding))
        return finding

    def edit_finding(self, finding_id: str, **values: Any) -> Finding:
        findings, finding = replace_item(self.session.findings, finding_id, **values)
        self._apply(f"edit {finding.kind.value}", findings=findings)
        return finding

    def delete_finding(self, finding_id: str) -> Change:
        actions = tuple(a.changed(finding_id=None) if a.finding_id == finding_id else a for a in self.session.actions)
        return self._apply("delete finding", findings=without(self.session.findings, finding_id), actions=actions)

    def link_events(self, finding_id: str, event_ids: Collection[str]) -> Finding:
        """Link a finding to exactly these events (in timeline order), in one undoable step."""
        wanted = set(event_ids)
        for event_id in wanted:
            self.session.event(event_id)
        self.session.finding(finding_id)
        linked = tuple(event.id for event in self.session.timeline if event.id in wanted)
        return self.edit_finding(finding_id, event_ids=linked)

    def add_why(self, finding_id: str, text: str) -> Finding:
        if not text.strip():
            raise Refused("a why needs some text")
        finding = self.session.finding(finding_id)
        if finding.kind is not FindingKind.CONTRIBUTOR:
            raise Refused("five whys go under a contributor")
        return self.edit_finding(finding_id, whys=(*finding.whys, text))

    def edit_why(self, finding_id: str, index: int, text: str) -> Finding:
        whys = list(self.session.finding(finding_id).whys)
        if text.strip():
            whys[index] = text
        else:
            del whys[index]
        return self.edit_finding(finding_id, whys=tuple(whys))

    # -- action items --------------------------------------------------------------

    def add_action(self, title: str, today: date, **values: Any) -> ActionItem:
        if values.get("finding_id"):
            self.session.finding(values["finding_id"])
        action = ActionItem(title=title, created_at=today.isoformat(), **values)
        self._apply("add action", actions=(*self.session.actions, action))
        return action

    def edit_action(self, action_id: str, today: date | None = None, **values: Any) -> ActionItem:
        status = values.get("status")
        if status is not None and ActionStatus(status) is ActionStatus.DONE and today is not None:
            values.setdefault("done_at", today.isoformat())
        actions, action = replace_item(self.session.actions, action_id, **values)
        self._apply("edit action", actions=actions)
        return action

    def delete_action(self, action_id: str) -> Change:
        return self._apply("delete action", actions=without(self.session.actions, action_id))

    # -- parking lot -----------------------------------------------------------------

    def park(self, text: str) -> ParkingItem:
        """Capture a side topic, noting the timebox it came up in."""
        item = ParkingItem(text=text, raised_in=self.session.current_timebox.title)
        self._apply("park topic", parking=(*self.session.parking, item))
        return item

    def triage(
        self, item_id: str, outcome: ParkingOutcome | None, owner: str = "", reason: str = "", today: date | None = None
    ) -> ParkingItem:
        """Give a parked topic its outcome. An `action` outcome creates the action item too."""
        item = self.session.parked(item_id)
        actions = self.session.actions
        action_id = item.action_id
        if outcome is ParkingOutcome.ACTION and action_id is None:
            action = ActionItem(title=item.text, owner=owner, created_at=(today.isoformat() if today else ""))
            actions = (*actions, action)
            action_id = action.id
        parking, item = replace_item(
            self.session.parking, item_id, outcome=outcome, owner=owner, reason=reason, action_id=action_id
        )
        self._apply("triage parked topic", parking=parking, actions=actions)
        return item

    def delete_parked(self, item_id: str) -> Change:
        return self._apply("delete parked topic", parking=without(self.session.parking, item_id))
