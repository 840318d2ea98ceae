"""A fixed review with outcomes in it, and helpers to drive the outcome panes by keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual import events

from facilitator.model.enums import Category, FindingKind, ParkingOutcome
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.screen_text import screen_lines
from tests.tui.tui_sessions import START, FakeClock, build_session

TODAY = START.date()
HOSTILE = ("[bold]x[/bold]", "[@click=app.quit]q[/]", "[link=file:///etc/passwd]x[/link]", "\x1b[31mred")
"""Text that would act if read as markup or sent to the terminal; it must show literally."""
HOSTILE_SHOWN = ("[bold]x[/bold]", "[@click=app.quit]q[/]", "[link=file:///etc/passwd]x[/link]", "red")
PANE_KEYS = {"board": "3", "actions": "4", "roundrobin": "5", "parking": "6", "debrief": "7"}


def outcome_session() -> Session:
    """`build_session` plus findings with whys, actions, parked topics, a round and a debrief."""
    review = Review(build_session())
    events_ = review.session.timeline
    cause = review.add_finding(
        FindingKind.CONTRIBUTOR,
        "Pool size change skipped the load test",
        Category.PROCESS,
        (events_[0].id, events_[2].id),
    )
    review.add_why(cause.id, "The load test is optional for config pushes")
    review.add_why(cause.id, "Config pushes were thought to be low risk")
    review.edit_finding(cause.id, systemic_factor="Risk checks depend on the kind of change, not its effect")
    review.add_finding(
        FindingKind.MITIGATOR, "Latency alert fired within three minutes", Category.TECHNICAL, (events_[1].id,)
    )
    review.add_finding(FindingKind.RISK, "Nobody owns the pool size defaults", Category.PROCESS)
    review.add_action(
        "Make load tests required for pool changes",
        TODAY,
        owner="Ravi Menon",
        priority="P1",
        due=date(2026, 4, 3),
        done_definition="CI blocks a pool change without a load test",
        finding_id=cause.id,
    )
    review.add_action("Name an owner for pool defaults", TODAY, priority="P2")
    review.add_action(
        "Write the config push runbook",
        TODAY,
        owner="Sam Guest",
        priority="P1",
        due=date(2026, 4, 10),
        done_definition="Runbook reviewed by on-call",
    )
    review.park("Should config pushes have their own change window?")
    item = review.park("Upgrade the connection pool library")
    review.triage(item.id, ParkingOutcome.FOLLOW_UP, owner="Jo Park")
    review.start_round(START, "What surprised you?", include_facilitator=True)
    review.next_speaker(START + timedelta(seconds=95))
    review.round_note("The alert was faster than the dashboard")
    review.add_went_well("The rollback took under five minutes")
    review.add_affirmation("Ravi Menon", "spotted the pool change in the deploy log")
    review.add_lesson("Config is code and needs the same checks")
    return review.session


def write_session(tmp_path: Path, session: Session | None = None) -> Path:
    path = tmp_path / "outcomes.json"
    write_new_session(path, session if session is not None else outcome_session())
    return path


def make_app(tmp_path: Path, clock: FakeClock, session: Session | None = None) -> FacilitatorApp:
    return FacilitatorApp(
        session_path=write_session(tmp_path, session), now=clock, keymap_file=tmp_path / "no-keymap.toml"
    )


async def type_text(pilot, text: str) -> None:
    """Type `text` key by key into the focused field."""
    for char in text:
        await pilot.press({" ": "space"}.get(char, char))


async def paste(pilot, text: str) -> None:
    """Paste `text` into the focused field, as a terminal would (control characters included)."""
    pilot.app.focused.post_message(events.Paste(text))
    await pilot.pause()


async def open_pane(pilot, pane_id: str) -> None:
    await pilot.press(PANE_KEYS[pane_id])
    await pilot.pause()


def widget_text(app, widget) -> str:
    """What the user sees inside `widget` (border and scrollbar cut off), wrapped lines joined
    with single spaces, so a phrase can be found wherever the column width breaks it."""
    region = widget.content_region
    lines = screen_lines(app)[region.y : region.bottom]
    return " ".join(" ".join(line[region.x : region.right] for line in lines).split())


def toasts_text(app) -> str:
    """The notifications on screen, as read (wrapped lines joined)."""
    return " ".join(widget_text(app, toast) for toast in app.screen.query("Toast"))
