"""A session with things waiting in its inbox, for the inbox's Pilot and snapshot tests."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.tui_sessions import START, FakeClock, build_session

HOSTILE_NOTE = "[bold]not bold[/bold] <script>x</script> \x1b[31mred"


def inbox_app(tmp_path: Path) -> FacilitatorApp:
    """The checkout session with two hands, a note on the third event and a parking topic waiting."""
    session = build_session()
    path = tmp_path / "checkout.json"
    write_new_session(path, session)
    people = {p.name: p for p in session.participants}
    event = session.timeline[2]

    def sent(name: str, seconds: int, kind: ContributionKind, text: str = "", event_id: str | None = None):
        person = people[name]
        return Contribution(
            id=f"c{seconds:03d}",
            at=START + timedelta(seconds=seconds),
            participant_id=person.id,
            name=person.name,
            kind=kind,
            text=text,
            event_id=event_id,
        )

    Inbox(inbox_path(path)).append_all(
        [
            sent("Jo Park", 5, ContributionKind.NOTE, HOSTILE_NOTE, event.id),
            sent("Ravi Menon", 10, ContributionKind.HAND),
            sent("Jo Park", 20, ContributionKind.PARKING, "Who owns the pool size defaults?"),
            sent("Jo Park", 30, ContributionKind.HAND),
        ]
    )
    return FacilitatorApp(session_path=path, now=FakeClock(), keymap_file=tmp_path / "no-keymap.toml")
