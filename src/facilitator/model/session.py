"""The review session: everything one incident review holds."""

from __future__ import annotations

from typing import Protocol, TypeVar

from pydantic import Field, field_validator, model_validator

from facilitator.model.action import ActionItem
from facilitator.model.base import MAX_NUMBER, Model, UtcInstant
from facilitator.model.clock import AgendaClock
from facilitator.model.debrief import Debrief
from facilitator.model.enums import ReviewKind, SessionStatus, Severity
from facilitator.model.event import TimelineEvent, UnplacedLine, event_time, instants
from facilitator.model.finding import Finding
from facilitator.model.layout import Layout, Timebox
from facilitator.model.parking import ParkingItem
from facilitator.model.participant import Participant, check_zone
from facilitator.model.prep import PrepAnswers
from facilitator.model.pulse import Pulse
from facilitator.model.roundrobin import RoundRobin
from facilitator.model.slug import slugify

SCHEMA_VERSION = 6

DEFAULT_GROUND_RULES = (
    "We look at the system, not at people: everyone acted reasonably on what they knew then.",
    "One voice at a time; let people finish.",
    "Ask about decisions and context, not about who.",
    "Side topics go to the parking lot.",
)

INCIDENT_TIMES = ("started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at")


class Session(Model):
    schema_version: int = SCHEMA_VERSION
    slug: str
    title: str = Field(min_length=1)
    incident_id: str = ""
    severity: Severity = Severity.SEV3
    summary: str = ""
    impact: str = ""
    started_at: UtcInstant | None = None
    detected_at: UtcInstant | None = None
    acknowledged_at: UtcInstant | None = None
    mitigated_at: UtcInstant | None = None
    resolved_at: UtcInstant | None = None
    error_budget_spent: float | None = Field(default=None, ge=0, le=MAX_NUMBER)
    """Per cent of the period's error budget this incident used."""
    review_kind: ReviewKind = ReviewKind.LEARNING
    status: SessionStatus = SessionStatus.PREP
    created_at: UtcInstant
    closed_at: UtcInstant | None = None
    meeting_at: UtcInstant | None = None
    """When the review meeting is; pre-prep forms are due 24 hours before."""
    display_tz: str = "UTC"
    """The zone of the timeline's second time column."""
    ground_rules: tuple[str, ...] = DEFAULT_GROUND_RULES
    layout: Layout
    clock: AgendaClock
    participants: tuple[Participant, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    findings: tuple[Finding, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    parking: tuple[ParkingItem, ...] = ()
    round_robin: RoundRobin = RoundRobin()
    debrief: Debrief = Debrief()
    unplaced: tuple[UnplacedLine, ...] = ()
    prep: tuple[PrepAnswers, ...] = ()
    """Pre-prep answers, one entry per participant who sent a form."""
    walk_questions: tuple[str, ...] = ()
    """Questions to raise during the timeline walk, taken from pre-prep answers."""
    pulse: Pulse = Pulse()
    """The anonymous end-of-review pulse: counts only (and how many inbox lines they hold), never who answered."""
    inbox_accepted: tuple[str, ...] = ()
    """Ids of the contributions from the live page's inbox accepted into this session (see
    model/contribution.py): an item is taken in once, and a crash between the session's save
    and the inbox's record of the accept never loses it."""

    @field_validator("slug")
    @classmethod
    def _safe_slug(cls, value: str) -> str:
        if slugify(value) != value:
            raise ValueError(f"{value!r} is not a safe slug (try {slugify(value)!r})")
        return value

    @field_validator("display_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_zone(value)

    @field_validator("timeline")
    @classmethod
    def _sorted(cls, events: tuple[TimelineEvent, ...]) -> tuple[TimelineEvent, ...]:
        at = instants(events)
        if at != sorted(at):  # timsort checks an already sorted list in one C pass
            return tuple(sorted(events, key=event_time))
        return events

    @model_validator(mode="after")
    def _clock_fits_layout(self) -> Session:
        if len(self.clock.boxes) != len(self.layout.timeboxes):
            raise ValueError("the agenda clock does not match the layout's timeboxes")
        return self

    # -- lookups -----------------------------------------------------------------

    def event(self, event_id: str) -> TimelineEvent:
        return _by_id(self.timeline, event_id, "event")

    def finding(self, finding_id: str) -> Finding:
        return _by_id(self.findings, finding_id, "finding")

    def action(self, action_id: str) -> ActionItem:
        return _by_id(self.actions, action_id, "action")

    def parked(self, item_id: str) -> ParkingItem:
        return _by_id(self.parking, item_id, "parking-lot item")

    def participant(self, participant_id: str) -> Participant:
        return _by_id(self.participants, participant_id, "participant")

    def prep_of(self, participant_id: str) -> PrepAnswers | None:
        return next((p for p in self.prep if p.participant_id == participant_id), None)

    @property
    def facilitator(self) -> Participant | None:
        return next((p for p in self.participants if p.facilitator), None)

    @property
    def current_timebox(self) -> Timebox:
        return self.layout.timeboxes[self.clock.current]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_HasId)


def _by_id(items: tuple[Item, ...], item_id: str, what: str) -> Item:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id {item_id!r}")
