"""What the review produced: findings with five whys, action items, parking lot, debrief."""

from __future__ import annotations

from facilitator.export.escape import md_inline, md_owner
from facilitator.export.mdtable import section, table
from facilitator.export.times import utc_text
from facilitator.model.enums import FindingKind, ParkingOutcome
from facilitator.model.event import TimelineEvent
from facilitator.model.finding import Finding
from facilitator.model.parking import ParkingItem
from facilitator.model.session import Session

FINDING_TITLES = {
    FindingKind.CONTRIBUTOR: "Contributors",
    FindingKind.MITIGATOR: "Mitigators",
    FindingKind.RISK: "Risks",
}

DEBRIEF_TITLES = ("What went well", "Affirmations", "Lessons")


def finding_sections(session: Session) -> list[str]:
    """A section per kind of finding, each finding with its linked events and whys."""
    lines: list[str] = []
    events = {e.id: e for e in session.timeline} if session.findings else {}
    for kind, title in FINDING_TITLES.items():
        body: list[str] = []
        for finding in (f for f in session.findings if f.kind is kind):
            body += finding_lines(finding, events)
        lines += section(title, body)
    return lines


def finding_lines(finding: Finding, events: dict[str, TimelineEvent]) -> list[str]:
    """A finding, the events it links to (looked up in `events` by id), and its whys."""
    lines = [f"- **{finding.category.value.capitalize()}:** {md_inline(finding.text)}"]
    for event_id in finding.event_ids:
        if event_id in events:
            event = events[event_id]
            lines.append(f"  - Event {utc_text(event.at)} UTC ({event.kind.value}): {md_inline(event.text)}")
    for depth, why in enumerate(finding.whys):
        lines.append(f"{'  ' * (depth + 1)}- Why? {md_inline(why)}")
    if finding.systemic_factor:
        indent = "  " * (len(finding.whys) + 1)
        lines.append(f"{indent}- Systemic factor: {md_inline(finding.systemic_factor)}")
    return lines


def action_lines(session: Session) -> list[str]:
    rows = [
        [
            md_inline(a.title),
            md_owner(a.owner) or "**no owner**",
            a.priority.value,
            a.due.isoformat() if a.due else "",
            md_inline(a.done_definition),
            a.status.value,
        ]
        for a in session.actions
    ]
    headers = ["Action", "Owner", "Priority", "Due", "Definition of done", "Status"]
    return table(headers, rows) if rows else []


def parking_outcome(session: Session, item: ParkingItem) -> str:
    """What became of a parked topic, in words."""
    if item.outcome is None:
        return "**not triaged**"
    if item.outcome is ParkingOutcome.ACTION:
        titles = [a.title for a in session.actions if a.id == item.action_id]
        return f"action: {md_inline(titles[0])}" if titles else "action"
    if item.outcome is ParkingOutcome.FOLLOW_UP:
        return f"follow-up with {md_inline(item.owner)}"
    return f"dropped: {md_inline(item.reason)}"


def parking_lines(session: Session) -> list[str]:
    rows = [[md_inline(p.text), md_inline(p.raised_in), parking_outcome(session, p)] for p in session.parking]
    return table(["Topic", "Raised in", "Outcome"], rows) if rows else []


def debrief_lines(session: Session) -> list[str]:
    debrief = session.debrief
    lines: list[str] = []
    parts = [
        [md_inline(text) for text in debrief.went_well],
        [f"**{md_inline(a.person)}:** {md_inline(a.what)}" for a in debrief.affirmations],
        [md_inline(text) for text in debrief.lessons],
    ]
    for title, entries in zip(DEBRIEF_TITLES, parts, strict=True):
        if entries:
            lines += ["", f"### {title}", "", *(f"- {entry}" for entry in entries)]
    return lines[1:]
