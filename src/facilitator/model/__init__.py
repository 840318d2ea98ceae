"""The review model: pydantic, no I/O, no clock reads (functions that need now take it).

Names load with their submodule on first use (see facilitator.lazy)."""

from facilitator.lazy import lazy_exports

_EXPORTS = {
    "ActionItem": "action",
    "ActionStatus": "enums",
    "Affirmation": "debrief",
    "AgendaClock": "clock",
    "BoxTime": "clock",
    "Category": "enums",
    "ClockState": "clock",
    "Correction": "event",
    "Debrief": "debrief",
    "Effort": "enums",
    "EventKind": "enums",
    "Finding": "finding",
    "FindingKind": "enums",
    "Layout": "layout",
    "ParkingItem": "parking",
    "ParkingOutcome": "enums",
    "Participant": "participant",
    "Priority": "enums",
    "Provenance": "event",
    "ReviewKind": "enums",
    "Round": "roundrobin",
    "RoundNote": "roundrobin",
    "RoundRobin": "roundrobin",
    "SCHEMA_VERSION": "session",
    "Session": "session",
    "SessionStatus": "enums",
    "Severity": "enums",
    "Timebox": "layout",
    "TimeboxKind": "enums",
    "TimelineEvent": "event",
    "Turn": "roundrobin",
    "TurnOutcome": "enums",
    "UnplacedLine": "event",
}

__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
