"""A Slack thread reply, in the timeline's event detail: which message it answers."""

from __future__ import annotations

from pathlib import Path

from facilitator.importers import parse_file
from facilitator.model.factory import new_session
from facilitator.store.layouts import find_layout
from facilitator.tui.panes.timeline import detail_text

GRID = Path(__file__).resolve().parents[1] / "importers" / "formats" / "slack_grid"


def test_the_event_detail_of_a_reply_names_the_time_and_author_it_answers() -> None:
    events = parse_file(GRID, channel="inc-2041").events
    session = new_session("Checkout errors", "checkout-errors", find_layout("standard"), events[0].at).changed(
        timeline=events
    )
    reply = next(e for e in events if e.parent_id is not None)
    shown = detail_text(session, reply, "UTC", walking=False).plain.splitlines()
    assert shown[1:3] == ["↳ reply to 23:44 Ana Ops", "it was the 23:30 config push"]
    parent = next(e for e in events if e.id == reply.parent_id)
    assert "↳" not in detail_text(session, parent, "UTC", walking=False).plain
