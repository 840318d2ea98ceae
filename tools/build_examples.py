"""Build the bundled example sessions in `sessions/` from three public incident write-ups.

Usage (from the top of the repository):

    .venv/bin/python tools/build_examples.py              # rewrite sessions/<id>.json
    .venv/bin/python tools/build_examples.py --out DIR    # write the files to DIR instead

For each incident it reads `tools/example_data/<id>/incident.json` and `timeline.csv`
(copied from public post-incident write-ups, so the script needs nothing outside this
repository) and the story in `tools/example_stories/<id>.py`: participants, findings,
actions, parking lot, debrief, and for a review that was run, the meeting itself.

Every change goes through `Review` commands at fixed instants (never the wall clock),
and the random ids of items are renumbered afterwards (`event-01`, `finding-2`, ...),
so running the script again gives the same files. An existing `<id>.json` (and its
`.bak`) is deleted before the new one is written with `write_new_session`.

`facilitator demo` opens a copy of `sessions/cloudflare-2019-07-02.json`, which is left
in preparation with the clock not started; the other two are closed, finished reviews.
"""

from __future__ import annotations

import argparse
import csv
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from example_stories import STORIES

from facilitator.model.enums import (
    ActionStatus,
    Category,
    Effort,
    EventKind,
    FindingKind,
    ParkingOutcome,
    Priority,
    ReviewKind,
    Severity,
    TimeboxKind,
    TurnOutcome,
)
from facilitator.model.event import Provenance, TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import write_new_session
from facilitator.store.storage import backup_path

TOOLS = Path(__file__).resolve().parent
DATA = TOOLS / "example_data"
SESSIONS = TOOLS.parent / "sessions"
NO_USER_LAYOUTS = TOOLS / "no-user-layouts"
"""A folder that does not exist: the examples use the bundled layouts, never a user's own."""

ID_PREFIXES = {
    "participants": "person",
    "timeline": "event",
    "findings": "finding",
    "actions": "action",
    "parking": "parked",
}


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def read_timeline(folder: Path) -> list[TimelineEvent]:
    """The events of `timeline.csv` (timestamp, actor, kind, text), with their line numbers."""
    events = []
    with open(folder / "timeline.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            events.append(
                TimelineEvent(
                    at=instant(row["timestamp"]),
                    actor=row["actor"],
                    kind=EventKind(row["kind"]),
                    text=row["text"],
                    provenance=Provenance(source="timeline.csv", line=reader.line_num),
                )
            )
    return events


def event_id(session: Session, fragment: str) -> str:
    """The id of the one event whose text contains `fragment`."""
    found = [e.id for e in session.timeline if fragment in e.text]
    if len(found) != 1:
        raise ValueError(f"{fragment!r} matches {len(found)} events, not one")
    return found[0]


def person_id(session: Session, name: str) -> str:
    return next(p.id for p in session.participants if p.name == name)


def prepare(review: Review, incident: dict[str, Any], story: dict[str, Any], events: list[TimelineEvent]) -> None:
    """Details, people and the timeline: what a facilitator fills in before the meeting."""
    review.set_details(
        incident_id=incident["id"],
        summary=story["summary"],
        impact=story["impact"],
        error_budget_spent=story["error_budget_spent"],
        review_kind=ReviewKind.LEARNING,
        display_tz=story["display_tz"],
    )
    for person in story["participants"]:
        review.add_participant(**person)
    times = {name: instant(value) for name, value in story["times"].items()}
    review.import_events(events, label="import timeline.csv", **times)


def walk_timeline(review: Review, story: dict[str, Any]) -> None:
    for fragment in story["decision_points"]:
        review.toggle_decision(event_id(review.session, fragment))
    for fragment, text in story["notes"]:
        review.add_note(event_id(review.session, fragment), text)
    for fragment, field, value, reason in story["corrections"]:
        review.correct_event(event_id(review.session, fragment), field, value, reason)


def analyse(review: Review, story: dict[str, Any]) -> dict[str, str]:
    """Add the findings; returns their ids by story key."""
    ids = {}
    for entry in story["findings"]:
        finding = review.add_finding(
            FindingKind(entry["kind"]),
            entry["text"],
            Category(entry["category"]),
            tuple(event_id(review.session, fragment) for fragment in entry["events"]),
        )
        for why in entry.get("whys", ()):
            review.add_why(finding.id, why)
        if entry.get("systemic_factor"):
            review.edit_finding(finding.id, systemic_factor=entry["systemic_factor"])
        ids[entry["key"]] = finding.id
    return ids


def agree_actions(review: Review, story: dict[str, Any], findings: dict[str, str], today: date) -> None:
    for entry in story["actions"]:
        review.add_action(
            entry["title"],
            today,
            owner=entry["owner"],
            priority=Priority(entry["priority"]),
            due=date.fromisoformat(entry["due"]) if entry["due"] else None,
            done_definition=entry["done"],
            effort=Effort(entry["effort"]),
            finding_id=findings[entry["finding"]],
        )


def park(review: Review, story: dict[str, Any], box: str) -> None:
    for entry in story["parking"]:
        if entry["box"] == box:
            review.park(entry["text"])


def triage(review: Review, story: dict[str, Any], today: date) -> None:
    for entry in story["parking"]:
        if "outcome" in entry:
            item = next(p for p in review.session.parking if p.text == entry["text"])
            review.triage(
                item.id,
                ParkingOutcome(entry["outcome"]),
                owner=entry.get("owner", ""),
                reason=entry.get("reason", ""),
                today=today,
            )


def debrief(review: Review, story: dict[str, Any]) -> None:
    for text in story["debrief"]["went_well"]:
        review.add_went_well(text)
    for person, what in story["debrief"]["affirmations"]:
        review.add_affirmation(person, what)
    for text in story["debrief"]["lessons"]:
        review.add_lesson(text)


def round_robin(review: Review, plan: dict[str, Any], start: datetime) -> None:
    """One round: each turn's note, then its outcome after its seconds of talk."""
    session = review.session
    order = tuple(person_id(session, name) for name, *_ in plan["turns"])
    review.start_round(start, plan["prompt"], order=order)
    now = start
    for _name, seconds, outcome, proxy, note in plan["turns"]:
        if note:
            review.round_note(note)
        now += timedelta(seconds=seconds)
        if outcome == TurnOutcome.ABSENT:
            review.mark_absent(now - timedelta(seconds=seconds), proxy=proxy)
            if proxy:  # the proxy's turn for the absent person's team or zone
                review.next_speaker(now)
        elif outcome == TurnOutcome.PASSED:
            review.pass_speaker(now)
        else:
            review.next_speaker(now)


def run_meeting(review: Review, story: dict[str, Any]) -> None:
    """Walk the agenda box by box, with the clock moved on at fixed instants."""
    meeting = story["meeting"]
    start = instant(meeting["start"])
    today = start.date()
    findings: dict[str, str] = {}
    review.set_meeting_at(start)
    review.toggle_clock(start)
    box_start = start
    for box, minutes in zip(review.session.layout.timeboxes, meeting["minutes"], strict=True):
        kind = box.kind.value
        park(review, story, kind)
        if kind in meeting["extend"]:
            review.extend_timebox(meeting["extend"][kind])
        if box.kind is TimeboxKind.TIMELINE:
            walk_timeline(review, story)
        if kind == meeting["round"]["box"]:
            round_robin(review, meeting["round"], box_start + timedelta(minutes=1))
        if box.kind is TimeboxKind.ANALYSIS:
            findings = analyse(review, story)
        if box.kind is TimeboxKind.ACTIONS:
            agree_actions(review, story, findings, today)
        if box.kind is TimeboxKind.DEBRIEF:
            triage(review, story, today)
            debrief(review, story)
        box_start += timedelta(minutes=minutes)
        review.next_timebox(box_start)
    review.close_review(box_start)


def follow_through(review: Review, story: dict[str, Any]) -> None:
    """Actions finished in the weeks after the meeting, for the follow-through figures."""
    for title, day in story.get("done_later", ()):
        action = next(a for a in review.session.actions if a.title == title)
        review.edit_action(action.id, date.fromisoformat(day), status=ActionStatus.DONE)


def prepare_only(review: Review, story: dict[str, Any]) -> None:
    """A session still in preparation: everything drafted, the clock not started."""
    today = review.session.created_at.date()
    walk_timeline(review, story)
    findings = analyse(review, story)
    agree_actions(review, story, findings, today)
    park(review, story, "framing")
    triage(review, story, today)
    debrief(review, story)


def stable_ids(session: Session, slug: str) -> Session:
    """The session with every random item id replaced by a readable, repeatable one."""
    document = session.model_dump(mode="json")
    renames = {}
    for field, prefix in ID_PREFIXES.items():
        width = 2 if len(document[field]) > 9 else 1
        for number, item in enumerate(document[field], start=1):
            renames[item["id"]] = f"{prefix}-{number:0{width}d}"

    def rename(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: rename(item) for key, item in value.items()}
        if isinstance(value, list):
            return [rename(item) for item in value]
        return renames.get(value, value) if isinstance(value, str) else value

    return Session.model_validate(rename(document))


def build(incident_id: str) -> Session:
    folder = DATA / incident_id
    incident = json.loads((folder / "incident.json").read_text(encoding="utf-8"))
    story = STORIES[incident_id]
    layout = find_layout(story["layout"], user_dir=NO_USER_LAYOUTS)
    session = new_session(story["title"], incident_id, layout, instant(story["created_at"]), Severity.SEV1)
    review = Review(session)
    prepare(review, incident, story, read_timeline(folder))
    if story["meeting"] is None:
        prepare_only(review, story)
    else:
        run_meeting(review, story)
        follow_through(review, story)
    return stable_ids(review.session, incident_id)


def write(session: Session, out: Path) -> Path:
    path = out / f"{session.slug}.json"
    path.unlink(missing_ok=True)
    backup_path(path).unlink(missing_ok=True)
    write_new_session(path, session)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SESSIONS, help=f"folder to write to (default {SESSIONS})")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for incident_id in sorted(STORIES):
        path = write(build(incident_id), args.out)
        print(path)


if __name__ == "__main__":
    main()
