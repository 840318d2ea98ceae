"""Is a review ready? What is missing before the meeting, and what is left loose during or after.

Pure: a session in, a `Readiness` out. A gap keeps `facilitator check` from passing; a note
is worth a look but is not missing (an owner who was not in the room, say).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from facilitator.checks.blame_write_up import AnswerState
from facilitator.checks.prep_round import PREP, prep_messages
from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Priority
from facilitator.model.incident_times import order_problems
from facilitator.model.session import INCIDENT_TIMES, Session

ACTION_TRAP = 5
"""More open P0/P1 actions than this and, in practice, none of them get done."""

TIMES = "Timeline and times"
PEOPLE = "People"
WRITE_UP = "Write-up"
ACTIONS = "Action items"
PARKING = "Parking lot"
HEADINGS = (TIMES, PEOPLE, PREP, WRITE_UP, ACTIONS, PARKING)


@dataclass(frozen=True)
class CheckItem:
    """One line a check prints: under `heading`, a `gap` or a `note`, with the item it is about."""

    heading: str
    message: str
    kind: str = "gap"
    item_id: str = ""


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[CheckItem, ...]

    @property
    def gaps(self) -> tuple[CheckItem, ...]:
        return tuple(f for f in self.findings if f.kind == "gap")

    @property
    def notes(self) -> tuple[CheckItem, ...]:
        return tuple(f for f in self.findings if f.kind == "note")

    @property
    def passed(self) -> bool:
        return not self.gaps

    def to_dict(self) -> dict[str, object]:
        return {
            "passed": self.passed,
            "gaps": len(self.gaps),
            "notes": len(self.notes),
            "findings": [asdict(f) for f in self.findings],
        }


def readiness(session: Session, now: datetime | None = None) -> CheckResult:
    """Every gap and note, in heading order; with `now`, also the pre-prep forms not sent."""
    found = [*_times(session), *_people(session), *_write_up(session), *_actions(session), *_parking(session)]
    if now is not None:
        found += [CheckItem(PREP, text, kind="gap" if gap else "note") for text, gap in prep_messages(session, now)]
    return CheckResult(tuple(sorted(found, key=lambda f: (HEADINGS.index(f.heading), f.kind != "gap"))))


def open_actions(session: Session) -> list[ActionItem]:
    return [a for a in session.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)]


def _times(session: Session) -> list[CheckItem]:
    found = []
    if not session.timeline:
        found.append(CheckItem(TIMES, "the timeline is empty: import one or add events"))
    if session.detected_at is None:
        found.append(CheckItem(TIMES, "the detection time is not set"))
    if session.resolved_at is None:
        found.append(CheckItem(TIMES, "the resolution time is not set"))
    times = {name: getattr(session, name) for name in INCIDENT_TIMES}
    found += [CheckItem(TIMES, f"times out of order: {problem}", kind="note") for problem in order_problems(times)]
    return found


def _people(session: Session) -> list[CheckItem]:
    if not session.participants:
        return [CheckItem(PEOPLE, "no participants yet")]
    found = []
    if session.facilitator is None:
        found.append(CheckItem(PEOPLE, "no facilitator named"))
    if len(session.participants) > 1 and all(p.tz == "UTC" for p in session.participants):
        found.append(
            CheckItem(
                PEOPLE,
                "every participant is on UTC, the default: set the zone each joins from if they are elsewhere",
                kind="note",
            )
        )
    return found


def _write_up(session: Session) -> list[CheckItem]:
    found = []
    if not session.summary.strip():
        found.append(CheckItem(WRITE_UP, "no summary written"))
    if not session.impact.strip():
        found.append(CheckItem(WRITE_UP, "no impact written"))
    return found + _blame_in_write_up(session)


def _blame_in_write_up(session: Session) -> list[CheckItem]:
    """Flagged text still headed for the export (a gap; a note when the facilitator kept an answer as
    written), and pre-prep answers held back until the facilitator rewords, keeps or leaves them out."""
    from facilitator.checks.blame_session import held_answers, session_flags, text_place_name

    found = []
    for placed in session_flags(session):
        place, flag = placed.place, placed.flag
        kept = place.state == AnswerState.KEPT.value
        where = text_place_name(session, place)
        message = f"{where}: “{flag.phrase}” reads as blame ({flag.suggestion})"
        found.append(
            CheckItem(
                WRITE_UP,
                message + (" — kept as written by the facilitator" if kept else ""),
                "note" if kept else "gap",
                place.item,
            )
        )
    for place in held_answers(session):
        found.append(
            CheckItem(
                WRITE_UP,
                f"{text_place_name(session, place)} reads as blame and is held back from the export: "
                "reword it, keep it or leave it out (Pre-prep pane, 8)",
                item_id=place.item,
            )
        )
    return found


def _actions(session: Session) -> list[CheckItem]:
    found = []
    names = {p.name.casefold() for p in session.participants}
    for action in open_actions(session):
        missing = [
            what
            for what, value in (
                ("owner", action.owner),
                ("due date", action.due),
                ("definition of done", action.done_definition.strip()),
            )
            if not value
        ]
        if missing:
            found.append(CheckItem(ACTIONS, f"{action.title!r}: no {', no '.join(missing)}", item_id=action.id))
        if action.owner and action.owner.casefold() not in names:
            found.append(
                CheckItem(
                    ACTIONS,
                    f"{action.title!r}: owner {action.owner!r} is not a participant",
                    kind="note",
                    item_id=action.id,
                )
            )
    urgent = [a for a in open_actions(session) if a.priority in (Priority.P0, Priority.P1)]
    if len(urgent) > ACTION_TRAP:
        found.append(
            CheckItem(
                ACTIONS,
                f"{len(urgent)} open P0/P1 actions: more than {ACTION_TRAP} high-priority "
                "items and none get done; lower some to P2",
            )
        )
    return found


def _parking(session: Session) -> list[CheckItem]:
    return [
        CheckItem(PARKING, f"{item.text!r} is not triaged (action, follow-up or dropped)", item_id=item.id)
        for item in session.parking
        if not item.triaged
    ]
