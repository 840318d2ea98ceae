"""The pre-prep form: one plain Markdown file per participant, to fill in before the meeting.

The form has to survive being pasted into a GitHub issue, Confluence, Google Docs or Notion
and copied back out, so everything the reader (`importers/prep_form.py`) relies on is visible
text: headings, list items and `Label:` lines, never HTML comments. Decision points and action
items carry their id in the heading, `D1 (event 3f2a9c1b0d)`, so a reordered timeline still
matches.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from facilitator.export.escape import md_block, md_inline
from facilitator.export.times import utc_text
from facilitator.model.participant import Participant
from facilitator.model.prep import prep_deadline
from facilitator.model.session import Session

TITLE = "Pre-prep form"
SESSION_LABEL = "Session"
PARTICIPANT_LABEL = "Participant"
DUE_LABEL = "Due"

INCIDENT = "The incident"
TIMELINE = "Timeline in brief"
ROLE = "Your role during the incident"
WENT_WELL = "What went well"
COULD_BE_BETTER = "What could be better"
QUESTIONS = "Questions before the meeting"
DECISIONS = "Decision points"
ACTIONS = "Proposed action items"
PROPOSALS = "New action items you propose"

KNEW = "What did you know at this moment?"
LOOKED_RIGHT = "What made this look like the right call?"
VOTE = "Vote"
COMMENT = "Comment"

INTRO = (
    "Answer under each heading in your own words: add list items or paragraphs, keep the headings. "
    "This is a blameless review: we look at how the system made this incident possible, "
    "and everyone acted sensibly on what they knew at the time."
)
BETTER_PROMPT = (
    "About the system, not about people: what made this harder than it should have been (tools, alerts, docs, process)?"
)
VOTE_PROMPT = "Put +1 or -1 after Vote, and say why after Comment."
PROPOSALS_PROMPT = "One list item per action you would add."
FIXED_TEXT = (INTRO, BETTER_PROMPT, VOTE_PROMPT, PROPOSALS_PROMPT)
"""Instructions the writer puts in the form; the reader skips them wherever they land."""

TIMELINE_BRIEF = 25
"""Events listed in the brief timeline; with more, decision points and the first and last."""


def decision_heading(number: int, event_id: str) -> str:
    return f"D{number} (event {event_id})"


def action_heading(number: int, action_id: str) -> str:
    return f"A{number} (action {action_id})"


def due_text(deadline: datetime | None, zone: str) -> str:
    """`Mon 23 Mar 2026, 10:00 -03 (your time), 13:00 UTC`: the deadline in the person's zone."""
    if deadline is None:
        return "24 hours before the meeting (no meeting time set yet)"
    local = deadline.astimezone(ZoneInfo(zone))
    mine = f"{local:%a %d %b %Y, %H:%M} {local.tzname() or zone}"
    return f"{mine} (your time), {utc_text(deadline.astimezone(UTC))} UTC"


def prep_form(session: Session, person: Participant) -> str:
    """The form for `person`, as Markdown text (pure: same session, same text)."""
    lines = [f"# {TITLE}: {md_inline(session.title)}", ""]
    lines += [
        f"- {SESSION_LABEL}: {session.slug}",
        f"- {PARTICIPANT_LABEL}: {md_inline(person.name)}",
        f"- {DUE_LABEL}: {due_text(prep_deadline(session.meeting_at), person.tz)}",
        "",
        INTRO,
        "",
    ]
    lines += _section(INCIDENT, _incident(session))
    lines += _section(TIMELINE, _timeline(session, person.tz))
    lines += _section(ROLE, [f"- {md_inline(person.role)}" if person.role else "-"])
    lines += _section(WENT_WELL, ["-", "-", "-"])
    lines += _section(COULD_BE_BETTER, [BETTER_PROMPT, "", "-"])
    lines += _section(QUESTIONS, ["-"])
    lines += _section(DECISIONS, _decisions(session, person.tz))
    lines += _section(ACTIONS, _actions(session))
    lines += _section(PROPOSALS, [PROPOSALS_PROMPT, "", "-"])
    return "\n".join(lines).rstrip("\n") + "\n"


def _section(title: str, body: list[str]) -> list[str]:
    while body and not body[-1]:
        body = body[:-1]
    return [f"## {title}", "", *body, ""]


def _incident(session: Session) -> list[str]:
    lines = []
    if session.summary.strip():
        lines += [md_block(session.summary), ""]
    lines.append(f"Impact: {md_inline(session.impact) if session.impact.strip() else 'not written yet'}")
    return lines


def _when(at: datetime, zone: str) -> str:
    local = at.astimezone(ZoneInfo(zone))
    mine = "" if zone == "UTC" else f" ({local:%H:%M} {local.tzname() or zone})"
    return f"{utc_text(at)} UTC{mine}"


def _timeline(session: Session, zone: str) -> list[str]:
    events = session.timeline
    if not events:
        return ["No events on the timeline yet."]
    shown = events
    if len(events) > TIMELINE_BRIEF:
        keep = {events[0].id, events[-1].id} | {e.id for e in events if e.decision_point}
        shown = tuple(e for e in events if e.id in keep)[:TIMELINE_BRIEF]
    lines = []
    for event in shown:
        actor = f"{md_inline(event.actor)}: " if event.actor else ""
        flag = " (decision point)" if event.decision_point else ""
        lines.append(f"- {_when(event.at, zone)}, {actor}{md_inline(event.text)}{flag}")
    if len(shown) < len(events):
        lines += ["", f"{len(events) - len(shown)} more events are in the full timeline."]
    return lines


def _decisions(session: Session, zone: str) -> list[str]:
    points = [e for e in session.timeline if e.decision_point]
    if not points:
        return ["No decision points are marked yet."]
    lines = []
    for number, event in enumerate(points, start=1):
        actor = f", {md_inline(event.actor)}" if event.actor else ""
        lines += [
            f"### {decision_heading(number, event.id)}: {_when(event.at, zone)}{actor}: {md_inline(event.text)}",
            "",
            f"- {KNEW}",
            f"- {LOOKED_RIGHT}",
            "",
        ]
    return lines


def _actions(session: Session) -> list[str]:
    if not session.actions:
        return ["No action items are proposed yet."]
    lines = [VOTE_PROMPT, ""]
    for number, action in enumerate(session.actions, start=1):
        lines += [
            f"### {action_heading(number, action.id)}: {md_inline(action.title)}",
            "",
            f"- {VOTE}:",
            f"- {COMMENT}:",
            "",
        ]
    return lines
