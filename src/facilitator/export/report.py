"""Follow-through across reviews: open and overdue actions by owner, actions done in time,
recurring contributor categories and risks, and time to detect and resolve over time.

`build_report(sessions, today)` gathers the figures; `report_markdown(report)` writes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from facilitator.export.escape import md_inline
from facilitator.export.mdtable import section, table
from facilitator.export.recurring import Recurring, recurring
from facilitator.model.derived import durations, format_span, incident_start
from facilitator.model.enums import ActionStatus, Category, FindingKind, Severity
from facilitator.model.session import Session

IN_TIME = timedelta(days=30)
NO_OWNER = "(no owner)"


@dataclass(frozen=True)
class OpenAction:
    session: str
    title: str
    priority: str
    due: date | None
    overdue_days: int
    """Days past due on the report's day; 0 when not overdue."""


@dataclass(frozen=True)
class OwnerLoad:
    owner: str
    actions: tuple[OpenAction, ...]

    @property
    def overdue(self) -> tuple[OpenAction, ...]:
        return tuple(a for a in self.actions if a.overdue_days > 0)


@dataclass(frozen=True)
class CategoryCount:
    category: Category
    reviews: int
    contributors: int


@dataclass(frozen=True)
class TrendRow:
    incident_date: date
    session: str
    title: str
    severity: Severity
    to_detect: timedelta | None
    to_resolve: timedelta | None


@dataclass(frozen=True)
class Report:
    today: date
    reviews: int
    owners: tuple[OwnerLoad, ...]
    done_in_time: int
    judged: int
    """Actions old enough to judge (agreed 30+ days ago) or already done."""
    categories: tuple[CategoryCount, ...]
    risks: tuple[Recurring, ...]
    trend: tuple[TrendRow, ...]
    warnings: tuple[str, ...] = ()


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def build_report(sessions: Iterable[Session], today: date, warnings: Sequence[str] = ()) -> Report:
    sessions = list(sessions)
    by_owner: dict[str, list[OpenAction]] = defaultdict(list)
    shown_name: dict[str, str] = {}
    done_in_time = judged = 0
    for session in sessions:
        for action in session.actions:
            agreed, done = _iso(action.created_at), _iso(action.done_at)
            if action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS):
                overdue = (today - action.due).days if action.due and action.due < today else 0
                owner = action.owner.strip() or NO_OWNER
                shown_name.setdefault(owner.casefold(), owner)
                by_owner[owner.casefold()].append(
                    OpenAction(session.slug, action.title, action.priority.value, action.due, overdue)
                )
            if agreed is None or action.status is ActionStatus.DROPPED:
                continue
            if action.status is ActionStatus.DONE and done is not None:
                judged += 1
                done_in_time += done - agreed <= IN_TIME
            elif today - agreed >= IN_TIME:
                judged += 1
    owners = sorted(
        (OwnerLoad(shown_name[key], tuple(items)) for key, items in by_owner.items()),
        key=lambda o: (-len(o.overdue), -len(o.actions), o.owner.casefold()),
    )
    return Report(
        today=today,
        reviews=len(sessions),
        owners=tuple(owners),
        done_in_time=done_in_time,
        judged=judged,
        categories=_categories(sessions),
        risks=tuple(recurring((s.slug, f.text) for s in sessions for f in s.findings if f.kind is FindingKind.RISK)),
        trend=tuple(sorted((_trend_row(s) for s in sessions), key=lambda r: (r.incident_date, r.session))),
        warnings=tuple(warnings),
    )


def _categories(sessions: list[Session]) -> tuple[CategoryCount, ...]:
    reviews: dict[Category, set[str]] = defaultdict(set)
    contributors: dict[Category, int] = defaultdict(int)
    for session in sessions:
        for finding in session.findings:
            if finding.kind is FindingKind.CONTRIBUTOR:
                reviews[finding.category].add(session.slug)
                contributors[finding.category] += 1
    counts = [CategoryCount(c, len(reviews[c]), contributors[c]) for c in reviews if len(reviews[c]) >= 2]
    return tuple(sorted(counts, key=lambda c: (-c.reviews, c.category.value)))


def _trend_row(session: Session) -> TrendRow:
    start = incident_start(session)
    spans = durations(session)
    day = (start or session.created_at).date()
    return TrendRow(day, session.slug, session.title, session.severity, spans.to_detect, spans.to_resolve)


def report_markdown(report: Report) -> str:
    lines = [
        "# Incident reviews: follow-through",
        "",
        f"{report.reviews} review{'s' * (report.reviews != 1)}, as of {report.today.isoformat()}.",
    ]
    lines += section("Open and overdue actions by owner", _owner_lines(report))
    lines += section("Actions done within 30 days", _in_time_lines(report))
    lines += section(
        "Recurring contributor categories",
        table(
            ["Category", "Reviews", "Contributors"],
            [[c.category.value, str(c.reviews), str(c.contributors)] for c in report.categories],
        )
        if report.categories
        else ["No contributor category appears in more than one review."],
    )
    lines += section(
        "Recurring risks",
        table(
            ["Risk", "Reviews", "Named in"],
            [
                [md_inline(r.text), str(len(r.sessions)), ", ".join(md_inline(s) for s in r.sessions)]
                for r in report.risks
            ],
        )
        if report.risks
        else ["No risk is named in more than one review."],
    )
    lines += section(
        "Time to detect and resolve",
        table(
            ["Incident date", "Review", "Severity", "Time to detect", "Time to resolve"],
            [
                [
                    r.incident_date.isoformat(),
                    md_inline(r.title),
                    r.severity.value,
                    format_span(r.to_detect),
                    format_span(r.to_resolve),
                ]
                for r in report.trend
            ],
        )
        if report.trend
        else [],
    )
    lines += section("Warnings", [f"- {md_inline(w)}" for w in report.warnings])
    return "\n".join(lines) + "\n"


def _owner_lines(report: Report) -> list[str]:
    if not report.owners:
        return ["No open actions."]
    rows = [[md_inline(o.owner), str(len(o.actions)), str(len(o.overdue))] for o in report.owners]
    lines = table(["Owner", "Open", "Overdue"], rows)
    overdue = [(o.owner, a) for o in report.owners for a in o.overdue]
    if overdue:
        lines += ["", "Overdue:", ""]
        lines += [
            f"- {md_inline(owner)}: {md_inline(a.title)} ({a.priority}, {md_inline(a.session)}), due "
            f"{a.due.isoformat() if a.due else ''}, {a.overdue_days} days overdue"
            for owner, a in overdue
        ]
    return lines


def _in_time_lines(report: Report) -> list[str]:
    if not report.judged:
        return ["No action is old enough to judge yet (agreed 30 days ago or more, or done)."]
    share = report.done_in_time / report.judged
    return [
        f"{report.done_in_time} of {report.judged} actions ({share:.0%}) were done within 30 days of being "
        "agreed. Counted: actions done, and actions agreed 30 or more days ago; dropped ones are left out."
    ]
