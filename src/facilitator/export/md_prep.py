"""The postmortem's "Before the meeting" section: what each person wrote in their pre-prep form.

Per decision point, what each person knew and why the call looked right; their roles; what
went well and what could be better (each answer with who wrote it); their questions; the
votes on the action items and the actions they proposed. Empty when nobody sent a form.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.export.escape import LINE_BREAK, md_answer, md_inline
from facilitator.export.mdtable import table
from facilitator.export.times import both_text
from facilitator.model.prep import PrepAnswers, vote_tally
from facilitator.model.session import Session

Who = Callable[[PrepAnswers], str]


def prep_lines(session: Session, zone: str) -> list[str]:
    """The body of the "Before the meeting" section, or nothing when no form came in."""
    if not session.prep:
        return []
    names = {p.id: p.name for p in session.participants}

    def who(entry: PrepAnswers) -> str:
        return md_inline(names.get(entry.participant_id, "a former participant"))

    sent = [names.get(e.participant_id, "?") for e in session.prep]
    missing = [p.name for p in session.participants if session.prep_of(p.id) is None]
    lines = [f"Forms received: {len(sent)} of {len(session.participants)}."]
    if missing:
        lines[0] += f" Not sent: {', '.join(md_inline(name) for name in missing)}."
    if session.meeting_at is not None:
        lines += ["", f"Meeting: {both_text(session.meeting_at, zone)}."]
    lines += _decision_lines(session, who, zone)
    lines += _subsection(
        "Roles during the incident", [f"- **{who(e)}:** {md_answer(e.role)}" for e in session.prep if e.role]
    )
    for title, field in (
        ("What went well", "went_well"),
        ("What could be better", "could_be_better"),
        ("Questions before the meeting", "questions"),
    ):
        lines += _subsection(
            title, [f"- {md_answer(text)} ({who(e)})" for e in session.prep for text in getattr(e, field)]
        )
    lines += _subsection("Votes on the action items", _vote_rows(session, who))
    proposals = [
        f"- {md_inline(p.title)} (proposed by {who(e)}; {_tally(session, p.id)})"
        for e in session.prep
        for p in e.proposals
    ]
    lines += _subsection("Actions proposed", proposals)
    lines += _subsection("Questions for the walk", [f"- {md_inline(q)}" for q in session.walk_questions])
    return lines


def _subsection(title: str, body: list[str]) -> list[str]:
    return ["", f"### {title}", "", *body] if body else []


def _decision_lines(session: Session, who: Who, zone: str) -> list[str]:
    lines: list[str] = []
    for event in (e for e in session.timeline if e.decision_point):
        said = [(entry, entry.about(event.id)) for entry in session.prep]
        body = []
        for entry, answer in said:
            if answer is None:
                continue
            body.append(f"- **{who(entry)}** knew: {md_answer(answer.knew) or '—'}")
            if answer.looked_right.strip():
                body.append(f"  - It looked right because: {md_answer(answer.looked_right)}")
        if body:
            heading = f"Decision point {both_text(event.at, zone)}: {md_inline(event.text)}"
            lines += _subsection(heading, body)
    return lines


def _tally(session: Session, target_id: str) -> str:
    plus, minus = vote_tally(session.prep, target_id)
    return f"+{plus} / -{minus}"


def _vote_rows(session: Session, who: Who) -> list[str]:
    rows = []
    for action in session.actions:
        comments = [
            f"{who(e)}: {md_answer(vote.comment)}"
            for e in session.prep
            if (vote := e.vote_on(action.id)) is not None and vote.comment.strip()
        ]
        plus, minus = vote_tally(session.prep, action.id)
        if plus or minus or comments:
            rows.append([md_inline(action.title), str(plus), str(minus), LINE_BREAK.join(comments)])
    return table(["Action", "+1", "-1", "Comments"], rows) if rows else []
