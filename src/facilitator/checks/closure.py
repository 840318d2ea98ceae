"""Can the incident close? All P0 actions done, all P1 at least in progress.

Run a week or so after the review. Dropped actions count as settled, and are named as
notes so a quietly dropped P0 is still seen. Overdue actions are notes too.
"""

from __future__ import annotations

from datetime import date

from facilitator.checks.readiness import CheckItem, CheckResult
from facilitator.model.enums import ActionStatus, Priority
from facilitator.model.session import Session

BLOCKING = "Keeps the incident open"
NOTES = "Worth a look"

_ENOUGH = {
    Priority.P0: (ActionStatus.DONE,),
    Priority.P1: (ActionStatus.DONE, ActionStatus.IN_PROGRESS),
}
_WANTED = {Priority.P0: "done", Priority.P1: "in progress or done"}


def closure(session: Session, today: date) -> CheckResult:
    found = []
    for action in session.actions:
        if action.status is ActionStatus.DROPPED:
            if action.priority is not Priority.P2:
                found.append(
                    CheckItem(
                        NOTES,
                        f"{action.priority.value} {action.title!r} was dropped, not done",
                        kind="note",
                        item_id=action.id,
                    )
                )
            continue
        wanted = _ENOUGH.get(action.priority)
        if wanted and action.status not in wanted:
            found.append(
                CheckItem(
                    BLOCKING,
                    f"{action.priority.value} {action.title!r} is {action.status.value} "
                    f"(needs to be {_WANTED[action.priority]})",
                    item_id=action.id,
                )
            )
        if action.due and action.due < today and action.status is not ActionStatus.DONE:
            days = (today - action.due).days
            found.append(
                CheckItem(
                    NOTES,
                    f"{action.title!r} is {days} day{'s' * (days != 1)} overdue (due {action.due.isoformat()})",
                    kind="note",
                    item_id=action.id,
                )
            )
    return CheckResult(tuple(sorted(found, key=lambda f: f.kind != "gap")))
