"""Follow-through across reviews: owners, actions done in time, recurring risks, the trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from facilitator.checks.recurring import recurring
from facilitator.checks.report import build_report as report_of
from facilitator.export.md_report import report_markdown
from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Category, FindingKind, Priority
from facilitator.model.factory import new_session
from facilitator.model.finding import Finding
from facilitator.model.summary import summarise
from tests.export.sessions import LAYOUT, checkout_outage

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def build_report(sessions, today, warnings=()):
    """The report over these sessions' summaries, as the catalogue keeps them."""
    return report_of([summarise(s) for s in sessions], today, warnings)


TODAY = date(2026, 3, 1)


def review(slug: str, day: int, risks=(), actions=(), categories=(), detect=10, resolve=60):
    start = T0 + timedelta(days=day)
    findings = tuple(Finding(kind=FindingKind.RISK, text=r) for r in risks) + tuple(
        Finding(kind=FindingKind.CONTRIBUTOR, text="c", category=c) for c in categories
    )
    return new_session(slug.title(), slug, LAYOUT, start).changed(
        started_at=start,
        detected_at=start + timedelta(minutes=detect),
        resolved_at=start + timedelta(minutes=resolve),
        findings=findings,
        actions=tuple(actions),
    )


def action(
    title: str,
    owner: str = "Ana",
    agreed: str = "2026-01-10",
    done: str = "",
    due: date | None = None,
    status: ActionStatus = ActionStatus.OPEN,
) -> ActionItem:
    return ActionItem(
        title=title, owner=owner, created_at=agreed, done_at=done, due=due, status=status, priority=Priority.P1
    )


def test_key_person_risk_named_in_three_reviews_recurs() -> None:
    sessions = [
        review("a", 0, risks=["Only Dana knows the failover runbook"]),
        review("b", 10, risks=["only dana knows the failover runbook!"]),
        review("c", 20, risks=["Failover runbook known only by Dana"]),
        review("d", 30, risks=["Disk alerts are noisy"]),
    ]
    report = build_report(sessions, TODAY)
    assert [(r.text, r.sessions) for r in report.risks] == [("Only Dana knows the failover runbook", ("a", "b", "c"))]
    assert "| Only Dana knows the failover runbook | 3 | a, b, c |" in report_markdown(report)


def test_different_risks_do_not_merge() -> None:
    found = recurring([("a", "Disk alerts are noisy"), ("b", "Database failover untested"), ("c", "Noisy pager")])
    assert found == []


def test_open_and_overdue_actions_by_owner() -> None:
    sessions = [
        review("a", 0, actions=[action("Fix alerts", due=date(2026, 2, 1)), action("Docs", owner="ana")]),
        review(
            "b",
            5,
            actions=[
                action("Tune pager", owner="Bo", due=date(2026, 3, 5)),
                action("Old", owner="Bo", status=ActionStatus.DONE, done="2026-01-20"),
            ],
        ),
    ]
    report = build_report(sessions, TODAY)
    assert [(o.owner, len(o.actions), len(o.overdue)) for o in report.owners] == [("Ana", 2, 1), ("Bo", 1, 0)]
    text = report_markdown(report)
    assert "| Ana | 2 | 1 |" in text
    assert "- Ana: Fix alerts (P1, a), due 2026-02-01, 28 days overdue" in text


def test_share_done_within_30_days_counts_only_what_can_be_judged() -> None:
    actions = [
        action("in time", status=ActionStatus.DONE, agreed="2026-01-01", done="2026-01-20"),
        action("late", status=ActionStatus.DONE, agreed="2026-01-01", done="2026-02-15"),
        action("old and open", agreed="2026-01-01"),
        action("too new to judge", agreed="2026-02-20"),
        action("dropped", agreed="2026-01-01", status=ActionStatus.DROPPED),
    ]
    report = build_report([review("a", 0, actions=actions)], TODAY)
    assert (report.done_in_time, report.judged) == (1, 3)
    assert "1 of 3 actions (33%) were done within 30 days" in report_markdown(report)


def test_recurring_categories_and_the_trend_by_incident_date() -> None:
    sessions = [
        review("late", 40, categories=[Category.HUMAN], detect=5, resolve=30),
        review("early", 1, categories=[Category.HUMAN, Category.TECHNICAL], detect=20, resolve=95),
    ]
    report = build_report(sessions, TODAY, warnings=["bad.json: skipped, not valid JSON"])
    assert [(c.category, c.reviews) for c in report.categories] == [(Category.HUMAN, 2)]
    assert [r.session for r in report.trend] == ["early", "late"]
    text = report_markdown(report)
    assert "| 2026-01-06 | Early | SEV3 | 20m | 1h 35m |" in text
    assert "- bad.json: skipped, not valid JSON" in text


def test_a_real_review_reports_without_trouble() -> None:
    text = report_markdown(build_report([checkout_outage()], date(2026, 4, 20)))
    assert "| Marco Rossi | 1 | 1 |" in text
