"""How the app shows pre-prep answers: who sent a form, their answers, the votes, and what each
person said about one decision point (for the timeline walk). All user text literal; phrases
that read as blame underlined, and each answer's place in the write-up marked (held back,
reworded, left out, kept as written)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from rich.text import Text

from facilitator.checks.blame_write_up import AnswerState, WrittenAnswer, answer_in_write_up, written_answers
from facilitator.checks.prep_round import local_deadline, time_left
from facilitator.model.event import TimelineEvent
from facilitator.model.participant import Participant
from facilitator.model.prep import AnswerRef, AnswerSection, PrepAnswers, prep_deadline, vote_tally
from facilitator.model.session import Session
from facilitator.tui.known_people import KNOWN
from facilitator.tui.text import one_line
from facilitator.tui.widgets.blame_hint import marked, marked_line

SECTION_LABELS = {
    AnswerSection.ROLE: "role",
    AnswerSection.WENT_WELL: "went well",
    AnswerSection.COULD_BE_BETTER: "could be better",
    AnswerSection.QUESTIONS: "question",
    AnswerSection.DECISIONS: "decision",
    AnswerSection.PROPOSALS: "proposes",
}
ANSWER_PREVIEW = 300
"""Characters of one answer shown in its list row (Enter on the row shows it whole)."""
STATE_MARKS = {
    AnswerState.HELD: ("⚠ held back ", "bold yellow"),
    AnswerState.REWORDED: ("✎ reworded ", "bold cyan"),
    AnswerState.LEFT_OUT: ("⊘ left out ", "bold"),
    AnswerState.KEPT: ("! kept as written ", "bold yellow"),
}
"""How an answer's place in the write-up shows; an answer that goes in as sent shows nothing."""


def round_summary(session: Session, now: datetime) -> Text:
    """`2 of 5 forms in · meeting Wed 10 Jul 14:00 UTC · due in 5h 00m · ⚠ 1 held back (...)`."""
    sent = sum(1 for p in session.participants if session.prep_of(p.id) is not None)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{sent} of {len(session.participants)} forms in", style="bold")
    deadline = prep_deadline(session.meeting_at)
    if session.meeting_at is None or deadline is None:
        text.append(" · no meeting time (M sets it)", style="yellow")
    else:
        text.append(f" · meeting {session.meeting_at:%a %d %b %H:%M} UTC · ")
        late = deadline < now
        text.append(time_left(deadline, now), style="bold red" if late and sent < len(session.participants) else "")
    if session.walk_questions:
        text.append(f" · {len(session.walk_questions)} walk questions")
    held = sum(1 for answer in written_answers(session, KNOWN.people) if answer.state is AnswerState.HELD)
    if held:
        text.append(f" · ⚠ {held} held back (r reword · o leave out · K keep)", style="bold yellow")
    return text


def person_row(session: Session, person: Participant, now: datetime) -> Text:
    """One participant: sent or not, their local time now, and their deadline or when it came."""
    entry = session.prep_of(person.id)
    text = Text()
    text.append("✓ " if entry else "○ ", style="green" if entry else "bold yellow")
    text.append(one_line(person.name), style="bold")
    local = now.astimezone(ZoneInfo(person.tz))
    text.append(f"  {local:%H:%M} {local.tzname() or person.tz}", style="cyan")
    if entry is not None:
        text.append(f"\n   sent {entry.received_at:%d %b %H:%M} UTC", style="dim")
        return text
    deadline = prep_deadline(session.meeting_at)
    if deadline is None:
        text.append("\n   no form yet", style="dim")
    else:
        style = "bold red" if deadline < now else "dim"
        text.append(f"\n   {time_left(deadline, now)} · {local_deadline(deadline, person.tz)}", style=style)
    return text


def answer_row(session: Session, entry: PrepAnswers, ref: AnswerRef, answer: str) -> Text:
    """`✓ could be better · Our tools sat behind the edge` (✓ once it became a session item), marked
    with its place in the write-up and its blaming phrases underlined."""
    written = answer_in_write_up(session, entry, ref, KNOWN.people)
    taken = ref.key in entry.taken
    text = Text()
    text.append("✓ " if taken else "· ", style="green" if taken else "dim")
    text.append_text(state_mark(written))
    text.append(SECTION_LABELS[ref.section], style="bold magenta" if ref.section is AnswerSection.DECISIONS else "bold")
    if ref.section is AnswerSection.DECISIONS:
        event_id = entry.decisions[ref.index].event_id
        event = next((e for e in session.timeline if e.id == event_id), None)
        if event is not None:
            text.append(f" {event.at:%H:%M}", style="magenta")
    if ref.section is AnswerSection.PROPOSALS:
        plus, minus = vote_tally(session.prep, entry.proposals[ref.index].id)
        text.append(f" +{plus}/-{minus}", style="cyan")
    text.append("  ")
    shown = written.text if written.state is AnswerState.REWORDED else answer
    style = "dim" if taken or written.state is AnswerState.LEFT_OUT else ""
    text.append_text(marked_line(shown, style=style, limit=ANSWER_PREVIEW))
    return text


def state_mark(written: WrittenAnswer) -> Text:
    """`⚠ held back `, `✎ reworded `, ...; empty for an answer that goes in as sent."""
    mark = STATE_MARKS.get(written.state)
    return Text(mark[0], style=mark[1]) if mark else Text()


def answer_detail(written: WrittenAnswer) -> Text:
    """The whole answer as sent (phrases underlined), and what the write-up carries instead."""
    text = state_mark(written)
    if written.state is AnswerState.HELD:
        text.append("— out of the export until you reword (r), keep (K) or leave it out (o)\n\n", style="dim")
    elif written.state is not AnswerState.AS_SENT:
        text.append("\n\n")
    text.append("As sent:\n", style="bold")
    text.append_text(marked(written.sent))
    if written.state is AnswerState.REWORDED:
        text.append("\n\nIn the write-up:\n", style="bold")
        text.append_text(marked(written.text))
    if written.flags and written.state is not AnswerState.LEFT_OUT:
        text.append("\n\n⚠ blaming? ", style="bold yellow")
        text.append(written.flags[0].suggestion, style="italic")
    return text


def votes_text(session: Session) -> Text:
    """Each proposed action item with its +1/-1 count and the comments."""
    text = Text()
    text.append("Votes on action items\n", style="bold underline")
    if not session.actions:
        text.append("No action items yet.", style="dim italic")
    names = {p.id: p.name for p in session.participants}
    for action in session.actions:
        plus, minus = vote_tally(session.prep, action.id)
        text.append(f"+{plus} -{minus} ", style="bold cyan")
        text.append(one_line(action.title))
        text.append("\n")
        for entry in session.prep:
            vote = entry.vote_on(action.id)
            if vote is not None and vote.comment.strip():
                text.append(f"   {one_line(names.get(entry.participant_id, '?'))}: ", style="italic")
                text.append(one_line(vote.comment)[:ANSWER_PREVIEW])
                text.append("\n")
    for question in session.walk_questions:
        text.append("? ", style="bold yellow")
        text.append(one_line(question))
        text.append("\n")
    return text


def answers_about(session: Session, event: TimelineEvent) -> Text:
    """What each person wrote about decision point `event` (empty Text when nobody did), phrases
    that read as blame underlined and each answer's place in the write-up marked."""
    text = Text()
    names = {p.id: p.name for p in session.participants}
    for entry in session.prep:
        answer = entry.about(event.id)
        if answer is None:
            continue
        ref = AnswerRef(section=AnswerSection.DECISIONS, index=entry.decisions.index(answer))
        written = answer_in_write_up(session, entry, ref, KNOWN.people)
        text.append(f"\n❝ {one_line(names.get(entry.participant_id, '?'))} ", style="bold green")
        text.append_text(state_mark(written))
        if answer.knew.strip():
            text.append("knew: ", style="green")
            text.append_text(marked(answer.knew))
        if answer.looked_right.strip():
            text.append("\n   looked right because: ", style="green")
            text.append_text(marked(answer.looked_right))
        if written.state is AnswerState.REWORDED:
            text.append("\n   in the write-up: ", style="cyan")
            text.append_text(marked(written.text))
    return text
