"""The Markdown postmortem: one document to paste into GitHub, GitLab, Confluence or Notion.

`to_markdown(session, zone)` is pure: the same session gives the same text, byte for byte.
Every piece of user text goes through `escape`, so no field can break the document.

It is read by people who missed the meeting, so it leads with what was decided: the facts,
summary and impact, the action items and what became of each parked topic, then the
contributors, mitigators and risks; the debrief and who took part follow, and the long parts
(the timeline, the pre-meeting answers, how the meeting ran) come last.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator.export.escape import md_block, md_inline
from facilitator.export.md_flags import FLAGGED_TAIL, HELD_TAIL, NO_FLAGS_LINE, WHERE_PREFIX, blameless_lines
from facilitator.export.md_outcomes import (
    DEBRIEF_TITLES,
    FINDING_TITLES,
    action_lines,
    debrief_lines,
    finding_sections,
    parking_lines,
)
from facilitator.export.md_prep import HELD_LINE, prep_lines
from facilitator.export.md_timeline import timeline_lines
from facilitator.export.md_voices import agenda_lines, round_robin_lines, unplaced_lines
from facilitator.export.mdtable import section, table
from facilitator.export.times import both_text
from facilitator.model.derived import durations, format_span, incident_start
from facilitator.model.enums import ReviewKind
from facilitator.model.session import Session

LEARNING_LINE = (
    "This is a learning review: it asks how the system made this incident possible, not who "
    "is to blame. Everyone involved acted sensibly on what they knew at the time."
)
TITLE_PREFIX = "# Postmortem: "
SECTION_TITLES = (
    "Summary",
    "Impact",
    "Action items",
    "Parking lot",
    "Debrief",
    "Participants",
    "Timeline",
    "Before the meeting",
    "Round robin",
    "Blameless check",
    "Agenda as run",
    "Unplaced imported lines",
)
"""The sections `to_markdown` writes, besides one per kind of finding (FINDING_TITLES)."""
_FIXED_LINES = frozenset(
    [
        f"> {LEARNING_LINE}",
        NO_FLAGS_LINE,
        *(f"## {title}" for title in (*SECTION_TITLES, *FINDING_TITLES.values())),
        *(f"### {title}" for title in DEBRIEF_TITLES),
    ]
)


def is_fixed_line(line: str) -> bool:
    """True for a line the export writes whatever the session holds: the learning-review
    preamble, a section heading, the blameless-check summary. (`facilitator blameless` skips them.)"""
    return (
        line.rstrip() in _FIXED_LINES
        or line.endswith((FLAGGED_TAIL, HELD_TAIL))
        or line.startswith(WHERE_PREFIX)
        or line.lstrip("- ").startswith(HELD_LINE)
    )


def to_markdown(session: Session, zone: str | None = None) -> str:
    """The whole postmortem; times in UTC and in `zone` (the session's display zone by default)."""
    zone = zone or session.display_tz
    lines = [f"{TITLE_PREFIX}{md_inline(session.title)}", ""]
    if session.review_kind is ReviewKind.LEARNING:
        lines += [f"> {LEARNING_LINE}", ""]
    lines += fact_lines(session, zone)
    lines += section("Summary", _paragraph(session.summary))
    lines += section("Impact", _paragraph(session.impact))
    lines += section("Action items", action_lines(session))
    lines += section("Parking lot", parking_lines(session))
    lines += finding_sections(session)
    lines += section("Debrief", debrief_lines(session))
    lines += section("Participants", participant_lines(session))
    lines += section("Timeline", timeline_lines(session, zone))
    lines += section("Before the meeting", prep_lines(session, zone))
    lines += section("Round robin", round_robin_lines(session))
    lines += section("Blameless check", blameless_lines(session))
    lines += section("Agenda as run", agenda_lines(session))
    lines += section("Unplaced imported lines", unplaced_lines(session))
    return "\n".join(lines).rstrip("\n") + "\n"


def _paragraph(text: str) -> list[str]:
    block = md_block(text)
    return [block] if block else []


def fact_lines(session: Session, zone: str) -> list[str]:
    """Incident id, severity, review kind, the incident times and how long each took."""
    spans = durations(session)
    start = incident_start(session)

    def when(at: datetime | None, span: timedelta | None, since: str) -> str:
        if at is None:
            return "not recorded"
        after = f", {format_span(span)} after {since}" if span is not None else ""
        return f"{both_text(at, zone)}{after}"

    facts = []
    if session.incident_id:
        facts.append(("Incident", md_inline(session.incident_id)))
    facts += [
        ("Severity", session.severity.value),
        ("Review", f"{session.review_kind.value} review, {session.status.value}"),
        ("Duration", f"{format_span(spans.to_resolve)} from start to resolution"),
        ("Started", both_text(start, zone) if start else "not recorded"),
        ("Detected", when(session.detected_at, spans.to_detect, "the start")),
        ("Acknowledged", when(session.acknowledged_at, spans.to_acknowledge, "detection")),
        ("Mitigated", when(session.mitigated_at, spans.to_mitigate, "the start")),
        ("Resolved", when(session.resolved_at, spans.to_resolve, "the start")),
    ]
    if session.error_budget_spent is not None:
        facts.append(("Error budget spent", f"{session.error_budget_spent:g}%"))
    lead = session.facilitator
    facts.append(("Facilitator", md_inline(lead.name) if lead else "not named"))
    return [f"- **{name}:** {value}" for name, value in facts]


def participant_lines(session: Session) -> list[str]:
    rows = []
    for person in session.participants:
        notes = []
        if person.facilitator:
            notes.append("facilitator")
        if person.proxy_for:
            notes.append(f"speaks for {md_inline(person.proxy_for)}")
        rows.append([md_inline(person.name), md_inline(person.role), md_inline(person.tz), "; ".join(notes)])
    return table(["Name", "Role", "Time zone", "Notes"], rows) if rows else []
