"""What a report across reviews needs of one session: a small, plain summary of it.

The session catalogue (`store.catalogue`) keeps one summary per session file, so the
report, `facilitator list` and the session picker answer without reading and validating
every session. Named tuples over the enums: reading 10,000 of them back is quick and
needs neither pydantic nor the rest of the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from facilitator.model.derived import durations, incident_start
from facilitator.model.enums import ActionStatus, Category, FindingKind, Priority, SessionStatus, Severity, TurnOutcome

if TYPE_CHECKING:
    from facilitator.model.contribution import Contribution, Decision
    from facilitator.model.session import Session


class ActionSummary(NamedTuple):
    title: str
    owner: str
    priority: Priority
    status: ActionStatus
    due: date | None
    created_at: str
    """ISO date the action was agreed ("" when unknown)."""
    done_at: str


class FindingSummary(NamedTuple):
    kind: FindingKind
    category: Category
    text: str


class PersonSummary(NamedTuple):
    """One participant of a review, for fairness across reviews (matched by name, case-folded)."""

    name: str
    tz: str
    region: str
    working_hours: str
    days_off: tuple[int, ...]
    facilitated: bool
    can_facilitate: bool
    talk_seconds: float
    """Round-robin talk time, own turns and what they said for absent people."""
    turns: int
    passed: int
    prep_sent: bool
    actions_owned: int
    page_sent: int = 0
    """Contributions sent from the live page (notes, questions, topics, answers, votes, proposals, forms)."""
    page_accepted: int = 0
    """…and how many of them the facilitator accepted into the review."""


class PulseSummary(NamedTuple):
    """The anonymous pulse: counts of answers 1 to 5 to each question, never who answered."""

    safe: tuple[int, ...]
    useful: tuple[int, ...]


class SessionSummary(NamedTuple):
    slug: str
    title: str
    severity: Severity
    status: SessionStatus
    created_at: datetime
    incident_day: date
    """The day the incident began (the recorded start, else the first event, else creation)."""
    to_detect: timedelta | None
    to_resolve: timedelta | None
    actions: tuple[ActionSummary, ...]
    findings: tuple[FindingSummary, ...]
    meeting_at: datetime | None = None
    meeting_minutes: int = 0
    people: tuple[PersonSummary, ...] = ()
    pulse: PulseSummary | None = None


def summarise(
    session: Session, sent: Iterable[Contribution] = (), decisions: Iterable[Decision] = ()
) -> SessionSummary:
    """The summary of `session`; `sent` and `decisions`: the records of its inbox file, if it has one."""
    spans = durations(session)
    return SessionSummary(
        slug=session.slug,
        title=session.title,
        severity=session.severity,
        status=session.status,
        created_at=session.created_at,
        incident_day=(incident_start(session) or session.created_at).date(),
        to_detect=spans.to_detect,
        to_resolve=spans.to_resolve,
        actions=tuple(
            ActionSummary(a.title, a.owner, a.priority, a.status, a.due, a.created_at, a.done_at)
            for a in session.actions
        ),
        findings=tuple(FindingSummary(f.kind, f.category, f.text) for f in session.findings),
        meeting_at=session.meeting_at,
        meeting_minutes=session.layout.total_minutes,
        people=_people(session, page_counts(session, sent, decisions)),
        pulse=PulseSummary(session.pulse.safe, session.pulse.useful),
    )


def page_counts(
    session: Session, sent: Iterable[Contribution], decisions: Iterable[Decision]
) -> dict[str, tuple[int, int]]:
    """Participant id to (contributions sent from the live page, how many were accepted). A raised
    hand asks for the floor rather than contributing (the round robin counts speaking), so hands
    are left out. Accepted: the session holds its id (`inbox_accepted`), or the inbox file records
    a plain accept of it (one that did not need the session to hold it)."""
    from facilitator.model.contribution import ContributionKind, Outcome

    taken = set(session.inbox_accepted)
    taken.update(d.contribution_id for d in decisions if d.outcome is Outcome.ACCEPTED and not d.in_session)
    counts: dict[str, tuple[int, int]] = {}
    for item in sent:
        if item.kind is not ContributionKind.HAND:
            was, accepted = counts.get(item.participant_id, (0, 0))
            counts[item.participant_id] = (was + 1, accepted + (item.id in taken))
    return counts


def _people(session: Session, page: dict[str, tuple[int, int]]) -> tuple[PersonSummary, ...]:
    rr = session.round_robin
    own, voiced = rr.talk_seconds(), rr.voiced_seconds()
    turns: dict[str, int] = {}
    passed: dict[str, int] = {}
    for round_ in rr.rounds:
        for turn in round_.turns:
            turns[turn.participant_id] = turns.get(turn.participant_id, 0) + 1
            if turn.outcome is TurnOutcome.PASSED:
                passed[turn.participant_id] = passed.get(turn.participant_id, 0) + 1
    sent = {answers.participant_id for answers in session.prep}
    owned: dict[str, int] = {}
    for action in session.actions:
        key = action.owner.strip().lstrip("@").casefold()
        owned[key] = owned.get(key, 0) + 1
    return tuple(
        PersonSummary(
            name=p.name,
            tz=p.tz,
            region=p.home_region,
            working_hours=p.working_hours,
            days_off=p.days_off,
            facilitated=p.facilitator,
            can_facilitate=p.can_facilitate,
            talk_seconds=own.get(p.id, 0.0) + voiced.get(p.id, 0.0),
            turns=turns.get(p.id, 0),
            passed=passed.get(p.id, 0),
            prep_sent=p.id in sent,
            actions_owned=owned.get(p.name.casefold(), 0),
            page_sent=page.get(p.id, (0, 0))[0],
            page_accepted=page.get(p.id, (0, 0))[1],
        )
        for p in session.participants
    )
