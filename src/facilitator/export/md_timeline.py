"""The timeline section: a table in UTC and one zone, then a Mermaid diagram."""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from facilitator.export.escape import LINE_BREAK, md_inline
from facilitator.export.mdtable import table
from facilitator.export.mermaid import timeline_gantt
from facilitator.export.times import utc_text, zone_text
from facilitator.model.event import TimelineEvent
from facilitator.model.session import Session
from facilitator.model.threads import reply_line

DECISION_MARK = "◆"


def timeline_lines(session: Session, zone: str) -> list[str]:
    if not session.timeline:
        return []
    headers = ["UTC", md_inline(zone), "Actor", "Kind", "What happened"]
    if zone == "UTC":
        headers.pop(1)
    actors = {actor: md_inline(actor) for actor in {e.actor for e in session.timeline}}  # a few roles, many rows
    by_id = {e.id: e for e in session.timeline}
    if zone == "UTC":
        rows = [[utc_text(e.at), actors[e.actor], e.kind.value, event_cell(e, by_id)] for e in session.timeline]
    else:
        tz = ZoneInfo(zone)
        rows = [
            [utc_text(e.at), zone_text(e.at, zone, tz), actors[e.actor], e.kind.value, event_cell(e, by_id)]
            for e in session.timeline
        ]
    intro = f"Times in UTC and {md_inline(zone)}." if zone != "UTC" else "Times in UTC."
    intro += f" {DECISION_MARK} marks a decision point; corrections keep the original visible."
    return [intro, "", *table(headers, rows), "", *timeline_gantt(session)]


def event_cell(event: TimelineEvent, by_id: Mapping[str, TimelineEvent]) -> str:
    """The event's text (after `↳ reply to 23:44 Ana` for a thread reply), then its
    corrections (with the original) and its notes."""
    if not (event.decision_point or event.corrections or event.notes or event.parent_id):
        return md_inline(event.text)  # most events: just the text
    reply = reply_line(event, by_id)
    parts = [f"*{md_inline(reply)}*{LINE_BREAK}{md_inline(event.text)}" if reply else md_inline(event.text)]
    if event.decision_point:
        parts[0] = f"**{DECISION_MARK} Decision point:** {parts[0]}"
    for fix in event.corrections:
        reason = f" ({md_inline(fix.reason)})" if fix.reason else ""
        parts.append(
            f"*Corrected {md_inline(fix.field)}:* was “{md_inline(fix.original)}”, "
            f"now “{md_inline(fix.corrected)}”{reason}"
        )
    parts += [f"*Note:* {md_inline(note)}" for note in event.notes]
    return LINE_BREAK.join(part for part in parts if part)
