"""The review model: pydantic, no I/O, no clock reads (functions that need now take it)."""

from facilitator.model.action import ActionItem
from facilitator.model.clock import AgendaClock, BoxTime, ClockState
from facilitator.model.debrief import Affirmation, Debrief
from facilitator.model.enums import (
    ActionStatus,
    Category,
    Effort,
    EventKind,
    FindingKind,
    ParkingOutcome,
    Priority,
    ReviewKind,
    SessionStatus,
    Severity,
    TimeboxKind,
    TurnOutcome,
)
from facilitator.model.event import Correction, Provenance, TimelineEvent, UnplacedLine
from facilitator.model.finding import Finding
from facilitator.model.layout import Layout, Timebox
from facilitator.model.parking import ParkingItem
from facilitator.model.participant import Participant
from facilitator.model.roundrobin import Round, RoundNote, RoundRobin, Turn
from facilitator.model.session import SCHEMA_VERSION, Session

__all__ = [
    "SCHEMA_VERSION",
    "ActionItem",
    "ActionStatus",
    "Affirmation",
    "AgendaClock",
    "BoxTime",
    "Category",
    "ClockState",
    "Correction",
    "Debrief",
    "Effort",
    "EventKind",
    "Finding",
    "FindingKind",
    "Layout",
    "ParkingItem",
    "ParkingOutcome",
    "Participant",
    "Priority",
    "Provenance",
    "ReviewKind",
    "Round",
    "RoundNote",
    "RoundRobin",
    "Session",
    "SessionStatus",
    "Severity",
    "TimelineEvent",
    "Timebox",
    "TurnOutcome",
    "UnplacedLine",
]
