"""The closed vocabularies of a review: severities, kinds, statuses, priorities."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    SEV1 = "SEV1"
    SEV2 = "SEV2"
    SEV3 = "SEV3"
    SEV4 = "SEV4"


class ReviewKind(StrEnum):
    """A learning review explores; a process review checks a procedure was followed."""

    LEARNING = "learning"
    PROCESS = "process"


class SessionStatus(StrEnum):
    PREP = "prep"
    LIVE = "live"
    CLOSED = "closed"


class EventKind(StrEnum):
    ALERT = "alert"
    ACTION = "action"
    DECISION = "decision"
    COMMUNICATION = "communication"
    OBSERVATION = "observation"
    RESOLUTION = "resolution"


class TimeboxKind(StrEnum):
    FRAMING = "framing"
    TIMELINE = "timeline"
    ANALYSIS = "analysis"
    ACTIONS = "actions"
    DEBRIEF = "debrief"
    PREP = "prep"
    """Pre-prep forms: each participant's written account (the async review's day 2)."""
    CUSTOM = "custom"


class FindingKind(StrEnum):
    CONTRIBUTOR = "contributor"
    MITIGATOR = "mitigator"
    RISK = "risk"


class Category(StrEnum):
    TECHNICAL = "technical"
    HUMAN = "human"
    PROCESS = "process"
    EXTERNAL = "external"


class Priority(StrEnum):
    P0 = "P0"
    P1 = "P1"
    P2 = "P2"


class Effort(StrEnum):
    S = "S"
    M = "M"
    L = "L"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


class ParkingOutcome(StrEnum):
    ACTION = "action"
    FOLLOW_UP = "follow-up"
    DROPPED = "dropped"


class TurnOutcome(StrEnum):
    SPOKE = "spoke"
    PASSED = "passed"
    ABSENT = "absent"
