"""Reading a filled pre-prep form back: Markdown in, one participant's answers out.

`read_form` needs only the text; `answers_from_form` then checks it against the session
(the right session, a known participant, decision points and actions that exist). Every
problem is a `FILE:LINE: reason`; a form with any problem gives no answers at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from facilitator.export import prep_form as form
from facilitator.importers.head_lines import first_lines
from facilitator.importers.md_blocks import Block, Kind, blocks, plain, unwrap_lead
from facilitator.importers.result import ImportResult, Problem
from facilitator.model.prep import ActionProposal, ActionVote, DecisionAnswer, PrepAnswers
from facilitator.model.session import Session
from facilitator.model.text import strip_control

_TITLE = re.compile(rf"^{form.TITLE}\b", re.IGNORECASE)
_HEADING_MARK = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-{3,})[ \t]*$)")
_LABEL = re.compile(r"^([A-Za-z][A-Za-z ?]*?)\s*[:?]\s*(.*)$", re.DOTALL)
_DECISION = re.compile(r"^D(\d+)\s*\(\s*event\s+([0-9A-Za-z_-]+)\s*\)", re.IGNORECASE)
_ACTION = re.compile(r"^A(\d+)\s*\(\s*action\s+([0-9A-Za-z_-]+)\s*\)", re.IGNORECASE)
_PLUS = {"+1", "+", "1", "yes", "y", "👍", "agree"}
_MINUS = {"-1", "−1", "–1", "-", "no", "n", "👎", "disagree"}

LIST_SECTIONS = {
    form.ROLE: "role",
    form.WENT_WELL: "went_well",
    form.COULD_BE_BETTER: "could_be_better",
    form.QUESTIONS: "questions",
    form.PROPOSALS: "proposals",
}
READ_ONLY_SECTIONS = {form.INCIDENT, form.TIMELINE}
SECTIONS = {*LIST_SECTIONS, *READ_ONLY_SECTIONS, form.DECISIONS, form.ACTIONS}


def looks_like_prep_form(text: str) -> bool:
    """Whether `text` is a pre-prep form: one of its first blocks starts with the form's title."""
    head = blocks("\n".join(first_lines(text.removeprefix("\ufeff"), 40)))[:3]
    return any(block.kind is not Kind.ITEM and _TITLE.match(block.plain) for block in head)


def parse_prep_form(text: str, source: str) -> ImportResult:
    """A filled form as an import result: no events, the form (and any problems reading it)."""
    filled = read_form(text, source)
    return ImportResult(source=source, format="prep", problems=tuple(filled.problems), prep_form=filled)


@dataclass
class Labelled:
    """The parts under one decision point or action: text after each label, and its line."""

    ref: str
    line: int
    values: dict[str, list[str]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def value(self, label: str) -> str:
        return "\n".join(self.values.get(label, [])).strip()


@dataclass
class FilledForm:
    """What a form says, before it is checked against a session."""

    source: str
    session_slug: str = ""
    participant: str = ""
    header_line: int = 1
    lists: dict[str, list[str]] = field(default_factory=dict)
    decisions: list[Labelled] = field(default_factory=list)
    actions: list[Labelled] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int | None, reason: str) -> None:
        self.problems.append(Problem(self.source, line, reason))


def _normal(text: str) -> str:
    return " ".join(text.lower().rstrip(":?").split())


_KNOWN = {_normal(name): name for name in SECTIONS}
_FIXED = {_normal(text) for text in form.FIXED_TEXT}


def _labels_for(kind: str) -> dict[str, str]:
    names = (form.KNEW, form.LOOKED_RIGHT) if kind == "decision" else (form.VOTE, form.COMMENT)
    return {_normal(name): name for name in names}


def _bare_heading(line: str) -> bool:
    """A line that is one of the form's headings with its `#` marks gone."""
    words = plain(unwrap_lead(line))
    return bool(_TITLE.match(words) or _normal(words) in _KNOWN or _DECISION.match(words) or _ACTION.match(words))


def restored_headings(text: str) -> str:
    """`text` with the form's headings marked again when a docs tool's plain-text download
    left them as bare lines (then no line is a Markdown heading at all)."""
    lines = text.splitlines()
    if any(_HEADING_MARK.match(line) for line in lines):
        return text
    return "\n".join(f"## {line.strip()}" if _bare_heading(line) else line for line in lines)


def read_form(text: str, source: str) -> FilledForm:
    """Parse a filled form; problems name the line of every section it cannot read."""
    filled = FilledForm(source)
    section: str | None = None
    part: Labelled | None = None
    label: str | None = None
    for block in blocks(restored_headings(strip_control(text).removeprefix("\ufeff"))):
        if block.kind is Kind.HEADING:
            label = None
            section, part = _heading(filled, block, section)
            continue
        if not block.text or _normal(block.plain) in _FIXED:
            continue
        if section is None:
            _header(filled, block)
        elif section in LIST_SECTIONS:
            filled.lists.setdefault(section, []).append(block.text)
        elif section in (form.DECISIONS, form.ACTIONS) and part is not None:
            label = _labelled(part, block, label, _labels_for("decision" if section == form.DECISIONS else "action"))
    if not filled.session_slug:
        filled.problem(1, f"no '{form.SESSION_LABEL}:' line: is this a {form.TITLE.lower()}?")
    if not filled.participant:
        filled.problem(1, f"no '{form.PARTICIPANT_LABEL}:' line saying whose form this is")
    return filled


def _heading(filled: FilledForm, block: Block, section: str | None) -> tuple[str | None, Labelled | None]:
    if _TITLE.match(block.plain):
        filled.header_line = block.line
        return None, None
    known = _KNOWN.get(_normal(block.plain))
    if known is not None:
        return known, None
    for pattern, name, into in ((_DECISION, form.DECISIONS, filled.decisions), (_ACTION, form.ACTIONS, filled.actions)):
        match = pattern.match(block.plain)
        if match and section == name:
            labelled = Labelled(match[2], block.line)
            into.append(labelled)
            return section, labelled
    filled.problem(block.line, f"unreadable section {block.plain[:60]!r}: not a heading of the {form.TITLE.lower()}")
    return section, None


def _header(filled: FilledForm, block: Block) -> None:
    match = _LABEL.match(block.plain)
    if match is None:
        return
    name, value = _normal(match[1]), match[2].strip()
    if name == _normal(form.SESSION_LABEL):
        filled.session_slug = value
    elif name == _normal(form.PARTICIPANT_LABEL):
        filled.participant = " ".join(value.split())


def _labelled(part: Labelled, block: Block, label: str | None, labels: dict[str, str]) -> str | None:
    """File `block` under the label it starts with, or under the current label."""
    text = unwrap_lead(block.text)
    for key, name in labels.items():
        if _normal(text).startswith(key):
            rest = text[len(name) :] if text.lower().startswith(name.lower()) else text.split(":", 1)[-1]
            part.lines[name] = block.line
            part.values.setdefault(name, [])
            if rest.strip(" :?"):
                part.values[name].append(rest.strip().lstrip(":?").strip())
            return name
    label = label or next(iter(labels.values()))
    part.values.setdefault(label, []).append(text)
    return label


def answers_from_form(
    filled: FilledForm, session: Session, received_at: datetime
) -> tuple[PrepAnswers | None, list[Problem]]:
    """The participant's answers, checked against `session`; None and the problems if any."""
    problems = list(filled.problems)

    def problem(line: int | None, reason: str) -> None:
        problems.append(Problem(filled.source, line, reason))

    if filled.session_slug and filled.session_slug != session.slug:
        problem(filled.header_line, f"a form for session {filled.session_slug!r}, not for {session.slug!r}")
    wanted = _normal(filled.participant)
    person = next((p for p in session.participants if _normal(p.name) == wanted), None)
    if filled.participant and person is None:
        problem(filled.header_line, f"{filled.participant!r} is not a participant of {session.slug!r}")
    events = {e.id for e in session.timeline}
    decisions = []
    for part in filled.decisions:
        if part.ref not in events:
            problem(part.line, f"decision point 'event {part.ref}' is not on this session's timeline")
        decisions.append(
            DecisionAnswer(event_id=part.ref, knew=part.value(form.KNEW), looked_right=part.value(form.LOOKED_RIGHT))
        )
    actions = {a.id for a in session.actions}
    votes = []
    for part in filled.actions:
        if part.ref not in actions:
            problem(part.line, f"action 'action {part.ref}' is not an action item of this session")
        vote = _vote(part.value(form.VOTE))
        if vote is None:
            problem(part.lines.get(form.VOTE, part.line), f"vote {part.value(form.VOTE)[:20]!r}: write +1 or -1")
        elif vote or part.value(form.COMMENT):
            votes.append(ActionVote(target_id=part.ref, vote=vote, comment=part.value(form.COMMENT)))
    if problems or person is None:
        return None, problems
    lists = filled.lists
    role = "\n".join(lists.get(form.ROLE, []))
    answered = [lists.get(name) for name in LIST_SECTIONS if name != form.ROLE]
    if not (any(answered) or votes or any(not d.empty for d in decisions)) and _normal(role) == _normal(person.role):
        reason = (
            "no answers in this form: nothing is written under its headings (if it had answers, "
            f"was it saved without its headings?); nothing stored for {person.name}"
        )
        return None, [Problem(filled.source, filled.header_line, reason)]
    try:
        answers = PrepAnswers(
            participant_id=person.id,
            received_at=received_at,
            source=filled.source,
            role=role,
            went_well=tuple(lists.get(form.WENT_WELL, [])),
            could_be_better=tuple(lists.get(form.COULD_BE_BETTER, [])),
            questions=tuple(lists.get(form.QUESTIONS, [])),
            decisions=tuple(d for d in decisions if not d.empty),
            votes=tuple(votes),
            proposals=tuple(ActionProposal(title=title) for title in lists.get(form.PROPOSALS, [])),
        )
    except ValidationError as error:
        return None, [Problem(filled.source, None, f"unreadable answers: {error.errors()[0]['msg']}")]
    return answers, []


def _vote(text: str) -> int | None:
    word = text.split()[0].strip(".,;!").lower() if text.split() else ""
    if not word or word == "0":
        return 0
    if word in _PLUS:
        return 1
    if word in _MINUS:
        return -1
    return None
