"""What presentation mode shows for each kind of timebox, as Rich Text (user text always literal).

Framing: the incident's title, summary, impact and the ground rules. The timeline walk: the event
under discussion in UTC and the incident's zone, its decision-point question, and what each
participant wrote about it before the meeting. Analysis: the finding in focus and its whys down to
the systemic factor. Actions: the action being agreed, its owner and due date. Debrief: the actions
read back and the thanks. Any other timebox: its title and the questions to ask.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from facilitator.model.action import ActionItem
from facilitator.model.enums import FindingKind, TimeboxKind
from facilitator.model.event import TimelineEvent
from facilitator.model.finding import Finding
from facilitator.model.session import Session
from facilitator.tui.prep_text import answers_about
from facilitator.tui.text import literal, one_line

DECISION_QUESTION = "◆ Decision point: what did we know then, and what made this look right at the time?"
KNOW_THEN = "What did we know then? What were we looking at, and what did it tell us?"
WHY_UNTIL_SYSTEM = "Why? Ask again until the answer is about the system, not a person."
ONE_OWNER = "One owner, a due date, and how we will know it is done."
ITEM_NAMES = {TimeboxKind.TIMELINE: "event", TimeboxKind.ANALYSIS: "finding", TimeboxKind.ACTIONS: "action"}
"""The kinds whose presentation shows one item, which ↑/↓ change."""


def heading(text: Text, title: str) -> None:
    text.append(f"{title}\n", style="bold underline")


def framing_view(session: Session, wide: bool) -> RenderableType:
    """The title, summary and impact the group should share, and the ground rules: beside them
    on a wide screen, under them on a narrow one."""
    story = Text(justify="left")
    story.append_text(literal(session.title, style="bold"))
    if session.incident_id:
        story.append(f"  {one_line(session.incident_id)}", style="dim")
    story.append(f"  {session.severity.value}", style="bold red")
    for title, value in (("Summary", session.summary), ("Impact", session.impact)):
        story.append("\n\n")
        heading(story, title)
        story.append_text(literal(value) if value.strip() else Text("not written yet", style="dim italic"))
    rules = Text(justify="left")
    heading(rules, "Ground rules")
    for rule in session.ground_rules:
        rules.append("• ")
        rules.append(one_line(rule))
        rules.append("\n")
    rules.rstrip()
    if not wide:
        return Group(story, Text(""), rules)
    both = Table.grid(padding=(0, 4))
    both.add_column(ratio=3)
    both.add_column(ratio=2)
    both.add_row(story, rules)
    return both


def event_time(session: Session, event: TimelineEvent) -> str:
    """`14:23 UTC · 07:23 PDT`: UTC, and the incident's zone when it is another."""
    utc = f"{event.at:%H:%M} UTC"
    if session.display_tz == "UTC":
        return utc
    local = event.at.astimezone(ZoneInfo(session.display_tz))
    return f"{utc} · {local:%H:%M} {local.tzname() or session.display_tz}"


def walk_text(session: Session, event: TimelineEvent | None) -> Text:
    """The event under discussion: when, who, what; at a decision point, what people wrote about it."""
    if event is None:
        return Text("No events yet: the timeline is empty.", style="dim italic", justify="center")
    text = Text(justify="center")
    text.append(event_time(session, event), style="bold cyan")
    if event.actor:
        text.append(" · ")
        text.append(one_line(event.actor), style="italic")
    text.append(f" · {event.kind.value}\n\n", style="dim")
    text.append_text(literal(event.text, style="bold"))
    answers = answers_about(session, event)
    if answers:
        text.append("\n\nBefore the meeting they wrote:", style="bold green")
        answers.justify = "left"
        text.append_text(answers)
    return text


def walk_question(event: TimelineEvent | None) -> Text:
    text = Text(justify="center")
    if event is not None and event.decision_point:
        text.append(DECISION_QUESTION + "\n", style="bold magenta")
    text.append(KNOW_THEN, style="bold")
    return text


def findings_in_order(session: Session) -> list[Finding]:
    """The board's order: contributors, mitigators, then risks."""
    return sorted(session.findings, key=lambda f: list(FindingKind).index(f.kind))


def finding_text(session: Session, finding: Finding | None) -> Text:
    """The finding in focus and its five whys, down to the systemic factor."""
    if finding is None:
        return Text("No contributors, mitigators or risks named yet.", style="dim italic", justify="center")
    text = Text(justify="left")
    text.append(f"{finding.kind.value} · {finding.category.value}\n", style="bold cyan")
    text.append_text(literal(finding.text, style="bold"))
    for number, why in enumerate(finding.whys, start=1):
        text.append(f"\n{'  ' * number}why? ", style="cyan")
        text.append_text(literal(why))
    if finding.kind is FindingKind.CONTRIBUTOR:
        text.append(f"\n{'  ' * (len(finding.whys) + 1)}⇒ ", style="bold green")
        if finding.systemic_factor:
            text.append_text(literal(finding.systemic_factor, style="bold green"))
        else:
            text.append("systemic factor: not reached yet", style="dim italic")
    return text


def action_text(action: ActionItem | None) -> Text:
    """The action being agreed: what, who owns it, by when, how we know it is done."""
    if action is None:
        return Text("No action items yet.", style="dim italic", justify="center")
    text = Text(justify="left")
    text.append(f"{action.priority.value}  ", style="bold red" if action.priority.value == "P0" else "bold")
    text.append_text(literal(action.title, style="bold"))
    for label, value in (
        ("Owner", one_line(action.owner)),
        ("Due", action.due.strftime("%a %d %b %Y") if action.due else ""),
        ("Done when", one_line(action.done_definition)),
    ):
        text.append(f"\n{label:<10}", style="dim")
        text.append(value or "not agreed yet", style="bold" if value else "bold yellow")
    return text


def debrief_text(session: Session) -> Text:
    """The actions read back with their owners and dates, then the thanks."""
    text = Text(justify="left")
    heading(text, "What we agreed")
    if not session.actions:
        text.append("no action items\n", style="dim italic")
    for action in session.actions:
        text.append(f"{action.priority.value} ", style="bold")
        text.append(one_line(action.title))
        text.append(" — ")
        text.append(one_line(action.owner) or "owner?", style="bold" if action.owner else "bold yellow")
        text.append(f" · {action.due:%d %b}" if action.due else " · due date?", style="" if action.due else "yellow")
        text.append("\n")
    thanks = session.debrief.affirmations
    text.append("\n")
    heading(text, "Thank you")
    if not thanks:
        text.append("(t on the Debrief pane thanks someone for something specific)\n", style="dim italic")
    for entry in thanks:
        text.append("★ ", style="bold yellow")
        text.append(one_line(entry.person), style="bold")
        text.append(" — ")
        text.append(one_line(entry.what))
        text.append("\n")
    text.rstrip()
    return text


def prompts_text(session: Session) -> Text:
    """Any other timebox: its first question, large, and the others below."""
    box = session.current_timebox
    if not box.prompts:
        return literal(box.title, style="bold")
    text = literal(box.prompts[0], style="bold")
    for prompt in box.prompts[1:]:
        text.append("\n• ")
        text.append_text(literal(prompt))
    return text


def first_prompt(session: Session, fallback: str = "") -> Text:
    prompts = session.current_timebox.prompts
    return Text(one_line(prompts[0]) if prompts else fallback, style="bold", justify="center")
