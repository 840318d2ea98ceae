"""Follow-through across reviews: open and overdue actions by owner, actions done in time,
recurring contributor categories and risks, time to detect and resolve over time, and fairness
(whose voice is heard by region, who facilitates next, the anonymous pulse).

`build_report(summaries, today)` gathers the figures from the sessions' summaries (as the
session catalogue keeps them); `export.md_report.report_markdown` writes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from facilitator.checks.recurring import Recurring, recurring
from facilitator.checks.rotation import Rotation, rotation
from facilitator.checks.voices import Voices, voices
from facilitator.model.enums import ActionStatus, Category, FindingKind, Severity
from facilitator.model.summary import SessionSummary

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
    voices: Voices | None = None
    rotation: Rotation | None = None


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def build_report(sessions: Iterable[SessionSummary], today: date, warnings: Sequence[str] = ()) -> Report:
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
        voices=voices(sessions),
        rotation=rotation(sessions),
    )


def _categories(sessions: list[SessionSummary]) -> tuple[CategoryCount, ...]:
    reviews: dict[Category, set[str]] = defaultdict(set)
    contributors: dict[Category, int] = defaultdict(int)
    for session in sessions:
        for finding in session.findings:
            if finding.kind is FindingKind.CONTRIBUTOR:
                reviews[finding.category].add(session.slug)
                contributors[finding.category] += 1
    counts = [CategoryCount(c, len(reviews[c]), contributors[c]) for c in reviews if len(reviews[c]) >= 2]
    return tuple(sorted(counts, key=lambda c: (-c.reviews, c.category.value)))


def _trend_row(session: SessionSummary) -> TrendRow:
    return TrendRow(
        session.incident_day, session.slug, session.title, session.severity, session.to_detect, session.to_resolve
    )
