"""A Mermaid gantt chart of the incident: its phases, detect/mitigate/resolve, and events.

GitHub and GitLab render a ```mermaid block. Every label goes through `mermaid_label`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.export.escape import mermaid_label
from facilitator.model.derived import incident_start
from facilitator.model.enums import EventKind
from facilitator.model.session import Session

MAX_EVENTS = 40
_KEY_KINDS = frozenset({EventKind.ALERT, EventKind.DECISION, EventKind.RESOLUTION})


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def timeline_gantt(session: Session) -> list[str]:
    """The ```mermaid block, or nothing for an empty timeline."""
    if not session.timeline:
        return []
    lines = [
        "```mermaid",
        "gantt",
        "    title Incident timeline (UTC)",
        "    dateFormat YYYY-MM-DD HH:mm:ss",
        "    axisFormat %H:%M",
        "    todayMarker off",
    ]
    lines += _phase_lines(session)
    events = session.timeline
    left_out = 0
    if len(events) > MAX_EVENTS:
        key = [e for e in events if e.decision_point or e.kind in _KEY_KINDS][:MAX_EVENTS]
        left_out = len(events) - len(key)
        events = tuple(key)
    lines.append("    section Events")
    for event in events:
        tags = "milestone, active, " if event.decision_point else "milestone, "
        prefix = "decision - " if event.decision_point else f"{event.kind.value} - "
        lines.append(f"    {mermaid_label(prefix + event.text)} : {tags}{_stamp(event.at)}, 0m")
    lines.append("```")
    if left_out:
        lines += [
            "",
            f"The diagram shows decision points, alerts and resolutions; {left_out} other events are in the table.",
        ]
    return lines


def _phase_lines(session: Session) -> list[str]:
    """Bars from start to detection to mitigation to resolution, and a marker at each."""
    start = incident_start(session)
    marks = [("Detected", session.detected_at), ("Mitigated", session.mitigated_at), ("Resolved", session.resolved_at)]
    phases = [
        ("Undetected", start, session.detected_at),
        ("Until mitigated", session.detected_at, session.mitigated_at),
        ("Until resolved", session.mitigated_at, session.resolved_at),
    ]
    lines = ["    section Incident"]
    for name, begin, end in phases:
        if begin is not None and end is not None and end > begin:
            lines.append(f"    {name} : crit, {_stamp(begin)}, {_stamp(end)}")
    for name, at in marks:
        if at is not None:
            lines.append(f"    {name} : milestone, crit, {_stamp(at)}, 0m")
    return lines if len(lines) > 1 else []
