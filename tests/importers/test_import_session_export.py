"""A session's own JSON export: an empty session takes it over whole; a busy one merges its events."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from facilitator.export.json_export import to_json
from facilitator.importers import parse_text
from facilitator.model.enums import Category, EventKind, FindingKind
from facilitator.model.factory import new_session
from facilitator.model.session import Session
from facilitator.review import Review
from facilitator.store.layouts import find_layout


def utc(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 22, hour, minute, tzinfo=UTC)


def worked_session() -> Session:
    review = Review(new_session("Checkout outage", "checkout-outage", find_layout("standard"), utc(9, 0)))
    review.set_details(started_at=utc(14, 0), resolved_at=utc(15, 0), impact="18% of checkouts failed")
    review.add_participant("Ana Ops", role="SRE", tz="Europe/Lisbon", facilitator=True)
    alert = review.add_event(utc(14, 6), "Error rate above 5%", actor="monitoring", kind=EventKind.ALERT)
    review.add_event(utc(14, 30), "Rolled back", actor="SRE", kind=EventKind.ACTION)
    finding = review.add_finding(FindingKind.CONTRIBUTOR, "Config reached every region at once", Category.PROCESS)
    review.link_events(finding.id, {alert.id})
    review.add_action("Stage config rollouts by region", date(2026, 3, 23), owner="Ana Ops")
    return review.session


def test_an_export_is_recognised_and_carries_the_whole_session() -> None:
    session = worked_session()
    result = parse_text(to_json(session), source_name="checkout.json")
    assert result.format == "json" and result.problems == ()
    assert result.session == session
    assert [e.text for e in result.events] == ["Error rate above 5%", "Rolled back"]
    assert result.incident_times == {"started_at": utc(14, 0), "resolved_at": utc(15, 0)}


def test_a_broken_export_is_a_problem() -> None:
    document = json.loads(to_json(worked_session()))
    document["timeline"][0]["at"] = "not a time"
    result = parse_text(json.dumps(document), source_name="checkout.json")
    assert result.events == () and len(result.problems) == 1
    assert str(result.problems[0]).startswith("checkout.json: facilitator export: timeline.0.at")


def test_the_round_trip_through_an_empty_session_gives_an_equal_session_under_its_own_title(
    cli, tmp_path: Path
) -> None:
    source = worked_session()
    export = tmp_path / "checkout.json"
    export.write_text(to_json(source), encoding="utf-8")
    slug = cli.new("Fresh")
    assert cli("import", slug, str(export)) == 0
    assert cli.session(slug) == source.changed(slug=slug, title="Fresh")


def test_a_session_with_a_timeline_only_merges_the_exported_events(cli, tmp_path: Path) -> None:
    export = tmp_path / "checkout.json"
    export.write_text(to_json(worked_session()), encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("2026-03-22 14:10 UTC - Status page updated\n", encoding="utf-8")
    slug = cli.new("Busy")
    assert cli("import", slug, str(note)) == 0
    assert cli("import", slug, str(export)) == 0
    session = cli.session(slug)
    assert session.title == "Busy" and session.findings == ()
    assert [e.text for e in session.timeline] == ["Error rate above 5%", "Status page updated", "Rolled back"]
    assert session.started_at == utc(14, 0)
    assert cli("import", slug, str(export)) == 0
    assert "imported 0 events (2 already there)" in cli.out
