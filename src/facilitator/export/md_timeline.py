"""The timeline section: a table in UTC and one zone, then a Mermaid diagram."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from facilitator.export.escape import md_inline
from facilitator.export.mdtable import table
from facilitator.export.mermaid import timeline_gantt
from facilitator.export.times import utc_text, zone_text
from facilitator.model import Session, TimelineEvent

DECISION_MARK = "◆"


def timeline_lines(session: Session, zone: str) -> list[str]:
    if not session.timeline:
        return []
    headers = ["UTC", md_inline(zone), "Actor", "Kind", "What happened"]
    if zone == "UTC":
        headers.pop(1)
    rows = []
    tz = ZoneInfo(zone)
    for event in session.timeline:
        row = [utc_text(event.at), zone_text(event.at, zone, tz), md_inline(event.actor), event.kind.value,
               event_cell(event)]
        if zone == "UTC":
            row.pop(1)
        rows.append(row)
    intro = f"Times in UTC and {md_inline(zone)}." if zone != "UTC" else "Times in UTC."
    intro += f" {DECISION_MARK} marks a decision point; corrections keep the original visible."
    return [intro, "", *table(headers, rows), "", *timeline_gantt(session)]


def event_cell(event: TimelineEvent) -> str:
    """The event's text, then its corrections (with the original) and its notes."""
    parts = [md_inline(event.text)]
    if event.decision_point:
        parts[0] = f"**{DECISION_MARK} Decision point:** {parts[0]}"
    for fix in event.corrections:
        reason = f" ({md_inline(fix.reason)})" if fix.reason else ""
        parts.append(
            f"*Corrected {md_inline(fix.field)}:* was “{md_inline(fix.original)}”, "
            f"now “{md_inline(fix.corrected)}”{reason}"
        )
    parts += [f"*Note:* {md_inline(note)}" for note in event.notes]
    return "<br>".join(part for part in parts if part)
