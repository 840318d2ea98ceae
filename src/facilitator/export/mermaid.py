"""A Mermaid gantt chart of the incident: its phases, detect/mitigate/resolve, and events.

GitHub and GitLab render a ```mermaid block. Every label goes through `mermaid_label`
(Mermaid's entity codes keep `:` and `#` readable). A long timeline keeps the events that
tell the story (the first event, the first alert, every decision point and resolution)
and fills the rest of `MAX_EVENTS` with events spread over the incident's span. The axis shows dates when the chart
spans more than one day, with ticks spaced for its length.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from facilitator.export.escape import mermaid_label
from facilitator.model.derived import incident_start
from facilitator.model.enums import EventKind
from facilitator.model.event import TimelineEvent, instants
from facilitator.model.session import Session

MAX_EVENTS = 40
# (longest span, tick interval) pairs: about 4 to 12 ticks on the axis.
_TICKS = (
    (timedelta(minutes=10), "1minute"),
    (timedelta(minutes=30), "5minute"),
    (timedelta(hours=2), "15minute"),
    (timedelta(hours=6), "1hour"),
    (timedelta(hours=18), "3hour"),
    (timedelta(days=2), "6hour"),
    (timedelta(days=4), "12hour"),
    (timedelta(days=21), "1day"),
)


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _spread(candidates: list[TimelineEvent], room: int) -> list[TimelineEvent]:
    """Up to `room` of `candidates` (in time order), spread over their time span: the span is
    cut into `room` equal slices and each slice gives its first alert, else its first event."""
    if room <= 0 or not candidates:
        return []
    first, last = candidates[0].at, candidates[-1].at
    width = (last - first) / room or timedelta(microseconds=1)
    picked: dict[int, TimelineEvent] = {}
    for event in candidates:
        index = min(room - 1, int((event.at - first) / width))
        held = picked.get(index)
        if held is None or (held.kind is not EventKind.ALERT and event.kind is EventKind.ALERT):
            picked[index] = event
    return list(picked.values())


def chart_events(events: tuple[TimelineEvent, ...]) -> tuple[tuple[TimelineEvent, ...], int]:
    """The events to draw, in time order, and how many are left out: the first event and first
    alert, every decision point and resolution, and the rest of `MAX_EVENTS` spread over the
    incident (a burst of alerts at the start does not take all the room)."""
    if len(events) <= MAX_EVENTS:
        return events, 0
    first_alert = next((e for e in events if e.kind is EventKind.ALERT), None)
    must = {id(events[0]), id(first_alert)} | {
        id(e) for e in events if e.decision_point or e.kind is EventKind.RESOLUTION
    }
    room = max(0, MAX_EVENTS - len(must))
    must |= {id(e) for e in _spread([e for e in events if id(e) not in must], room)}
    kept = tuple(e for e in events if id(e) in must)
    return kept, len(events) - len(kept)


def _axis(session: Session) -> list[str]:
    at = instants(session.timeline)
    at += [when for when in (incident_start(session), session.resolved_at) if when is not None]
    first, last = min(at), max(at)
    axis = "%H:%M" if first.astimezone(UTC).date() == last.astimezone(UTC).date() else "%m-%d %H:%M"
    tick = next((interval for span, interval in _TICKS if last - first <= span), "1week")
    return [f"    axisFormat {axis}", f"    tickInterval {tick}"]


def timeline_gantt(session: Session) -> list[str]:
    """The ```mermaid block, or nothing for an empty timeline."""
    if not session.timeline:
        return []
    lines = [
        "```mermaid",
        "gantt",
        "    title Incident timeline (UTC)",
        "    dateFormat YYYY-MM-DD HH:mm:ss",
        *_axis(session),
        "    todayMarker off",
    ]
    lines += _phase_lines(session)
    events, left_out = chart_events(session.timeline)
    lines.append("    section Events")
    for event in events:
        tags = "milestone, active, " if event.decision_point else "milestone, "
        prefix = "decision - " if event.decision_point else f"{event.kind.value} - "
        lines.append(f"    {mermaid_label(prefix + event.text)} : {tags}{_stamp(event.at)}, 0m")
    lines.append("```")
    if left_out:
        lines += [
            "",
            f"The diagram shows the first event and alert, every decision point and resolution, and events "
            f"spread over the incident; {left_out} other events are in the table.",
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
