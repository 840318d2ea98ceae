"""The postmortem's "Before the meeting" section: what each person wrote in their pre-prep form.

Per decision point, what each person knew and why the call looked right; their roles; what
went well and what could be better (each answer with who wrote it); their questions; the
votes on the action items and the actions they proposed. Empty when nobody sent a form.

Each answer goes in as the facilitator decided (`checks/blame_write_up.py`): as sent, reworded
(marked so), or kept as written; one left out is not there, and one that reads as blame and
was not reviewed yet is held back: a placeholder names neither its words nor its author.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.checks.blame_people import session_people
from facilitator.checks.blame_write_up import AnswerState, WrittenAnswer, written_answers
from facilitator.export.escape import LINE_BREAK, md_answer, md_inline
from facilitator.export.mdtable import table
from facilitator.export.times import both_text
from facilitator.model.prep import AnswerSection, PrepAnswers, vote_tally
from facilitator.model.session import Session

Who = Callable[[PrepAnswers], str]
PREP_TITLES = {
    AnswerSection.ROLE: "Roles during the incident",
    AnswerSection.WENT_WELL: "What went well",
    AnswerSection.COULD_BE_BETTER: "What could be better",
    AnswerSection.QUESTIONS: "Questions before the meeting",
    AnswerSection.DECISIONS: "Decision point",
    AnswerSection.PROPOSALS: "Actions proposed",
}
HELD_LINE = "*(an answer held back: it reads as blaming someone and awaits the facilitator's review)*"
REWORDED_NOTE = "reworded by the facilitator"


def listed_answers(session: Session, section: AnswerSection, people: frozenset[str]) -> list[WrittenAnswer]:
    """The answers of one section as the export lists them, in order: all but those left out."""
    return [
        answer
        for answer in written_answers(session, people)
        if answer.ref.section is section and answer.state is not AnswerState.LEFT_OUT
    ]


def prep_lines(session: Session, zone: str) -> list[str]:
    """The body of the "Before the meeting" section, or nothing when no form came in."""
    if not session.prep:
        return []
    names = {p.id: p.name for p in session.participants}
    people = session_people(session)

    def who(entry: PrepAnswers) -> str:
        return md_inline(names.get(entry.participant_id, "a former participant"))

    sent = [names.get(e.participant_id, "?") for e in session.prep]
    missing = [p.name for p in session.participants if session.prep_of(p.id) is None]
    lines = [f"Forms received: {len(sent)} of {len(session.participants)}."]
    if missing:
        lines[0] += f" Not sent: {', '.join(md_inline(name) for name in missing)}."
    if session.meeting_at is not None:
        lines += ["", f"Meeting: {both_text(session.meeting_at, zone)}."]
    lines += _decision_lines(session, who, zone, people)
    roles = [
        HELD_LINE if a.state is AnswerState.HELD else f"**{who(a.entry)}:** {md_answer(a.text)}{_reworded(a)}"
        for a in listed_answers(session, AnswerSection.ROLE, people)
    ]
    lines += _subsection(PREP_TITLES[AnswerSection.ROLE], [f"- {line}" for line in roles])
    for section in (AnswerSection.WENT_WELL, AnswerSection.COULD_BE_BETTER, AnswerSection.QUESTIONS):
        lines += _subsection(
            PREP_TITLES[section], [_answer_line(a, who) for a in listed_answers(session, section, people)]
        )
    lines += _subsection("Votes on the action items", _vote_rows(session, who))
    proposals = []
    for answer in listed_answers(session, AnswerSection.PROPOSALS, people):
        proposal = answer.entry.proposals[answer.ref.index]
        tally = _tally(session, proposal.id)
        if answer.state is AnswerState.HELD:
            proposals.append(f"- {HELD_LINE} ({tally})")
        else:
            title = answer.text if answer.state is AnswerState.REWORDED else proposal.title
            note = f"; {REWORDED_NOTE}" if answer.state is AnswerState.REWORDED else ""
            proposals.append(f"- {md_inline(title)} (proposed by {who(answer.entry)}; {tally}{note})")
    lines += _subsection(PREP_TITLES[AnswerSection.PROPOSALS], proposals)
    lines += _subsection("Questions for the walk", [f"- {md_inline(q)}" for q in session.walk_questions])
    return lines


def _answer_line(answer: WrittenAnswer, who: Who) -> str:
    if answer.state is AnswerState.HELD:
        return f"- {HELD_LINE}"
    note = f"; {REWORDED_NOTE}" if answer.state is AnswerState.REWORDED else ""
    return f"- {md_answer(answer.text)} ({who(answer.entry)}{note})"


def _reworded(answer: WrittenAnswer) -> str:
    return f" ({REWORDED_NOTE})" if answer.state is AnswerState.REWORDED else ""


def _subsection(title: str, body: list[str]) -> list[str]:
    return ["", f"### {title}", "", *body] if body else []


def _decision_lines(session: Session, who: Who, zone: str, people: frozenset[str]) -> list[str]:
    lines: list[str] = []
    listed = {
        (a.entry.participant_id, a.ref.index): a for a in listed_answers(session, AnswerSection.DECISIONS, people)
    }
    for event in (e for e in session.timeline if e.decision_point):
        body = []
        for entry in session.prep:
            said = entry.about(event.id)
            answer = listed.get((entry.participant_id, entry.decisions.index(said))) if said else None
            if said is None or answer is None:
                continue
            if answer.state is AnswerState.HELD:
                body.append(f"- {HELD_LINE}")
            elif answer.state is AnswerState.REWORDED:
                body.append(f"- **{who(entry)}:** {md_answer(answer.text)}{_reworded(answer)}")
            else:
                body.append(f"- **{who(entry)}** knew: {md_answer(said.knew) or '—'}")
                if said.looked_right.strip():
                    body.append(f"  - It looked right because: {md_answer(said.looked_right)}")
        if body:
            heading = f"{PREP_TITLES[AnswerSection.DECISIONS]} {both_text(event.at, zone)}: {md_inline(event.text)}"
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
