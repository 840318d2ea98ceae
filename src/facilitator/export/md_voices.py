"""How the meeting ran: round-robin figures, agenda as run, unplaced lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from facilitator.export.escape import md_inline
from facilitator.export.mdtable import table
from facilitator.model.enums import TurnOutcome
from facilitator.model.roundrobin import Turn
from facilitator.model.session import Session
from facilitator.model.talk_time import never_spoke, talk_by_zone


def talk_text(seconds: float) -> str:
    """`4m 05s`, or `45s`."""
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def turn_text(seconds: float) -> str:
    """`0:10`, `12:05`: a turn's length as the round-robin timer showed it."""
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def turn_line(who: str, turn: Turn, later: Sequence[Turn]) -> str:
    """One line per person and turn: `Ana Lima, 1:35`, `Ravi Menon, passed`, and for an absent
    person with the turn their proxy took for them, `Kenji Watanabe (absent), voiced by Dana
    Whitfield, 0:10`."""
    if turn.outcome is TurnOutcome.SPOKE:
        return f"{who}, {turn_text(turn.seconds)}"
    if turn.outcome is TurnOutcome.PASSED:
        return f"{who}, passed"
    if not turn.proxy:
        return f"{who} (absent), not voiced"
    voiced = next((t for t in later if t.voiced and t.participant_id == turn.participant_id), None)
    spoken = turn_text(voiced.seconds) if voiced is not None else "turn not finished"
    return f"{who} (absent), voiced by {md_inline(turn.proxy)}, {spoken}"


def _names(session: Session) -> dict[str, str]:
    return {p.id: p.name for p in session.participants}


def round_robin_lines(session: Session) -> list[str]:
    rr = session.round_robin
    if not rr.rounds:
        return []
    names = _names(session)

    def name(pid: str) -> str:
        return md_inline(names.get(pid, "(removed participant)"))

    lines: list[str] = []
    for number, round_ in enumerate(rr.rounds, start=1):
        lines += [f"**Round {number}:** {md_inline(round_.prompt)}", ""]
        said: dict[str, list[str]] = defaultdict(list)
        for note in round_.notes:
            said[note.participant_id].append(md_inline(note.text))
        for index, turn in enumerate(round_.turns):
            if turn.voiced:
                continue  # on the line of the absence it follows
            lines.append(f"- {turn_line(name(turn.participant_id), turn, round_.turns[index + 1 :])}")
            lines += [f"  - said: {text}" for text in said.pop(turn.participant_id, [])]
        for pid, texts in said.items():
            lines.append(f"- {name(pid)}: turn not finished")
            lines += [f"  - said: {text}" for text in texts]
        lines.append("")
    lines += ["Talk time per person:", "", *_person_table(session, name), ""]
    lines += ["Talk time per time zone:", "", *_zone_table(session), ""]
    passed = sorted(name(pid) for pid in rr.passed())
    silent = [md_inline(p.name) for p in never_spoke(session)]
    lines.append(f"- Passed at least once: {', '.join(passed) if passed else 'nobody'}")
    lines.append(f"- Never spoke: {', '.join(silent) if silent else 'nobody; every participant spoke'}")
    return lines


def _person_table(session: Session, name: Callable[[str], str]) -> list[str]:
    rr = session.round_robin
    talk = rr.talk_seconds()
    counts: dict[tuple[str, TurnOutcome], int] = defaultdict(int)
    for round_ in rr.rounds:
        for turn in round_.turns:
            if not turn.voiced:  # a proxy's turn for an absent person is not that person speaking
                counts[turn.participant_id, turn.outcome] += 1
    rows = [
        [
            md_inline(p.name),
            md_inline(p.tz),
            talk_text(talk.get(p.id, 0.0)),
            *(str(counts[p.id, outcome]) for outcome in (TurnOutcome.SPOKE, TurnOutcome.PASSED, TurnOutcome.ABSENT)),
        ]
        for p in session.participants
    ]
    return table(["Person", "Time zone", "Talk time", "Spoke", "Passed", "Absent"], rows)


def _zone_table(session: Session) -> list[str]:
    zones = talk_by_zone(session)
    total = sum(zone.seconds for zone in zones)
    rows = [
        [
            md_inline(zone.zone),
            str(zone.people),
            talk_text(zone.seconds),
            f"{(zone.seconds / total if total else 0):.0%}",
            md_inline(", ".join(zone.voiced_by)) or "—",
        ]
        for zone in sorted(zones, key=lambda z: z.zone)
    ]
    return table(["Time zone", "People", "Talk time", "Share", "Voiced by"], rows)


def agenda_lines(session: Session) -> list[str]:
    """Planned against actual minutes for each timebox, from the agenda clock."""
    clock = session.clock
    if clock.meeting_started_at is None:
        return []
    rows, planned_total, actual_total = [], 0, 0.0
    for index, (box, timing) in enumerate(zip(session.layout.timeboxes, clock.boxes, strict=False)):
        planned = f"{timing.planned_seconds // 60} min"
        if timing.extended_seconds:
            planned += f" + {timing.extended_seconds // 60} extended"
        spent = timing.elapsed_seconds
        planned_total += timing.budget_seconds
        actual_total += spent
        if not timing.visited:
            actual, difference = "skipped", ""
        else:
            actual = talk_text(spent) + (" (running)" if clock.running and index == clock.current else "")
            difference = _difference(spent - timing.budget_seconds)
        rows.append([md_inline(box.title), box.kind.value, planned, actual, difference])
    rows.append(
        [
            "**Total**",
            "",
            f"{planned_total // 60} min",
            talk_text(actual_total),
            _difference(actual_total - planned_total),
        ]
    )
    return table(["Timebox", "Kind", "Planned", "Actual", "Over (+) / under (−)"], rows)


def _difference(seconds: float) -> str:
    sign = "+" if seconds > 0 else "−" if seconds < 0 else "±"
    return f"{sign}{talk_text(abs(seconds))}"


def _file_name(source: str) -> str:
    """The file's name only: a postmortem must not publish the facilitator's folders."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def unplaced_lines(session: Session) -> list[str]:
    rows = [
        [
            md_inline(_file_name(u.source)),
            str(u.line) if u.line is not None else "",
            md_inline(u.text),
            md_inline(u.reason),
        ]
        for u in session.unplaced
    ]
    if not rows:
        return []
    return [
        "Lines from imports that could not be placed on the timeline:",
        "",
        *table(["Source", "Line", "Text", "Why not placed"], rows),
    ]
