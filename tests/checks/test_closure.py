"""Closure: every P0 action done and every P1 under way, or the incident stays open."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.checks.closure import closure
from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Priority
from facilitator.model.factory import new_session
from facilitator.store.layouts import find_layout

TODAY = date(2026, 3, 20)


def with_actions(*actions: ActionItem):
    return new_session("Edge", "edge", find_layout("standard"), datetime(2026, 3, 12, tzinfo=UTC)).changed(
        actions=actions
    )


def item(title: str, priority: Priority, status: ActionStatus, due: date | None = None) -> ActionItem:
    return ActionItem(title=title, priority=priority, status=status, due=due, owner="Ana")


def test_done_p0_and_started_p1_let_the_incident_close() -> None:
    result = closure(
        with_actions(
            item("a", Priority.P0, ActionStatus.DONE),
            item("b", Priority.P1, ActionStatus.IN_PROGRESS),
            item("c", Priority.P2, ActionStatus.OPEN),
        ),
        TODAY,
    )
    assert result.passed and result.findings == ()


def test_what_keeps_the_incident_open_is_listed() -> None:
    result = closure(
        with_actions(item("a", Priority.P0, ActionStatus.IN_PROGRESS), item("b", Priority.P1, ActionStatus.OPEN)), TODAY
    )
    assert [f.message for f in result.gaps] == [
        "P0 'a' is in progress (needs to be done)",
        "P1 'b' is open (needs to be in progress or done)",
    ]


def test_dropped_and_overdue_actions_are_notes() -> None:
    result = closure(
        with_actions(
            item("a", Priority.P0, ActionStatus.DROPPED),
            item("b", Priority.P2, ActionStatus.OPEN, due=date(2026, 3, 19)),
        ),
        TODAY,
    )
    assert result.passed
    assert [f.message for f in result.notes] == [
        "P0 'a' was dropped, not done",
        "'b' is 1 day overdue (due 2026-03-19)",
    ]
