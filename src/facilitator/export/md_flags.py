"""The postmortem's "Blameless check" section: how many phrases read as blame, and where.

Each flag is named by its section and item ("Timeline (14:02 UTC)", "Contributors (item 2)",
"Before the meeting › What could be better (item 1)"), never by its text or its author, so
the line itself repeats no blame. Pre-prep answers held back (flagged, not yet reviewed by the
facilitator) are counted apart: they are not in the write-up.
"""

from __future__ import annotations

from facilitator.export.md_outcomes import DEBRIEF_TITLES, FINDING_TITLES
from facilitator.export.md_prep import PREP_TITLES, listed_answers
from facilitator.model.prep import AnswerSection
from facilitator.model.session import Session

NO_FLAGS_LINE = "No blaming phrasing was flagged in this write-up."
FLAGGED_TAIL = " in this write-up read as blaming a person; the app suggests a system-focused wording for each."
WHERE_PREFIX = "Where: "
HELD_TAIL = " held back from this write-up: flagged as blaming someone, waiting for the facilitator's review."
_DEBRIEF_PARTS = dict(zip(("went_well", "affirmations", "lessons"), DEBRIEF_TITLES, strict=True))


def blameless_lines(session: Session) -> list[str]:
    """The count of blaming phrasings the checker flagged and where they are, when it is installed."""
    try:
        from facilitator.checks.blame_session import held_answers, session_flags
    except ImportError:
        return []
    flags = session_flags(session)
    lines = (
        [NO_FLAGS_LINE] if not flags else [f"{len(flags)} {'phrase' if len(flags) == 1 else 'phrases'}{FLAGGED_TAIL}"]
    )
    if flags:
        places = list(dict.fromkeys(flag_place(session, placed.place.pane, placed.place.item) for placed in flags))
        lines += ["", WHERE_PREFIX + "; ".join(places) + "."]
    held = len(held_answers(session))
    if held:
        lines += ["", f"{held} pre-prep {'answer is' if held == 1 else 'answers are'}{HELD_TAIL}"]
    return lines


def flag_place(session: Session, pane: str, item: str) -> str:
    """Where a text is in the postmortem: its section, and which item there."""
    if pane == "framing":
        return item.capitalize()
    if pane == "timeline":
        event = next((e for e in session.timeline if e.id == item), None)
        return f"Timeline ({event.at:%H:%M} UTC)" if event else "Timeline"
    if pane == "board":
        finding = next((f for f in session.findings if f.id == item), None)
        if finding is None:
            return "Findings"
        same = [f.id for f in session.findings if f.kind is finding.kind]
        return f"{FINDING_TITLES[finding.kind]} (item {same.index(item) + 1})"
    if pane == "actions":
        return _nth("Action items", [a.id for a in session.actions], item)
    if pane == "parking":
        return _nth("Parking lot", [p.id for p in session.parking], item)
    if pane == "roundrobin":
        return f"Round robin (round {item})"
    if pane == "debrief":
        part, _, index = item.partition(":")
        return f"Debrief › {_DEBRIEF_PARTS.get(part, 'Debrief')} (item {int(index or 0) + 1})"
    if pane == "prep":
        return _prep_place(session, item)
    return pane


def _nth(title: str, ids: list[str], item: str) -> str:
    return f"{title} (item {ids.index(item) + 1})" if item in ids else title


def _prep_place(session: Session, item: str) -> str:
    """ "Before the meeting › What could be better (item 2)": the item counted as the export lists it."""
    if item.startswith("walk:"):
        return f"Before the meeting › Questions for the walk (item {int(item[5:]) + 1})"
    from facilitator.checks.blame_people import session_people

    participant_id, _, key = item.partition("|")
    section = AnswerSection(key.partition(":")[0])
    title = PREP_TITLES[section]
    if section is AnswerSection.DECISIONS:
        entry = session.prep_of(participant_id)
        event_id = entry.decisions[int(key.partition(":")[2])].event_id if entry else ""
        event = next((e for e in session.timeline if e.id == event_id), None)
        return f"Before the meeting › {title} {event.at:%H:%M} UTC" if event else f"Before the meeting › {title}"
    order = [answer.key for answer in listed_answers(session, section, session_people(session))]
    return (
        f"Before the meeting › {title} (item {order.index(item) + 1})"
        if item in order
        else f"Before the meeting › {title}"
    )
