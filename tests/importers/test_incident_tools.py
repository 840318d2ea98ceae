"""Incident and paging tools' exports: Opsgenie alert logs and notes, incident.io incident
updates, Rootly incident events, FireHydrant timeline events, Statuspage incident updates (one
incident, or the incidents list with `--incident`); each told apart by its shape."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"


def utc(hour: int, minute: int, second: int = 0, day: int = 22, micro: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, micro, tzinfo=UTC)


def read(name: str, fmt: str, **options):
    result = parse_file(FORMATS / name, **options)
    assert result.format == fmt
    assert [str(p) for p in result.problems] == []
    return result


def test_an_opsgenie_alert_log_reads_each_line_with_its_kind_and_warns_of_the_next_page() -> None:
    result = read("opsgenie_alert_logs.json", "opsgenie")
    assert [(e.actor, e.kind) for e in result.events] == [
        ("Opsgenie", EventKind.ALERT),
        ("Opsgenie", EventKind.COMMUNICATION),
        ("ana.ops@example.com", EventKind.ACTION),
        ("Opsgenie", EventKind.COMMUNICATION),
        ("ana.ops@example.com", EventKind.RESOLUTION),
    ]
    assert result.events[0].at == utc(23, 40, 5, micro=511000)
    (warning,) = result.warnings
    assert "more entries follow (paging.next)" in str(warning)


def test_opsgenie_notes_are_read_with_their_owner() -> None:
    result = read("opsgenie_alert_notes.json", "opsgenie")
    assert [(e.actor, e.text) for e in result.events] == [
        ("bo.dev@example.com", "Rolled back the 23:30 config push"),
        ("ana.ops@example.com", "Error rate back to normal, watching for 30 minutes"),
    ]


def test_incident_io_updates_give_the_status_and_message_by_who_posted() -> None:
    result = read("incidentio_incident_updates.json", "incidentio")
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (
            utc(23, 47, 15, micro=801578),
            "Ana Ops",
            "Investigating: Checkout errors confirmed; investigating a config push",
            EventKind.COMMUNICATION,
        ),
        (
            utc(23, 52),
            "Bo Dev",
            "Fixing: Rolled back the 23:30 config push; error rate falling",
            EventKind.COMMUNICATION,
        ),
        (utc(0, 31, day=23), "Ana Ops", "Closed: Error rate back to normal for 30 minutes", EventKind.RESOLUTION),
    ]


def test_incident_io_updates_of_two_incidents_are_refused_until_one_is_picked() -> None:
    path = FORMATS / "incidentio_updates_two_incidents.json"
    assert [str(p) for p in parse_file(path).problems] == [
        f"{path}: updates of 2 incident.io incidents: 01HQ0INC2041000000000000AB, 01HQ0INC2042000000000000CD; "
        "pick one with --incident ID"
    ]
    picked = parse_file(path, incident="01HQ0INC2042000000000000CD")
    assert [e.text for e in picked.events] == ["Closed: db-7 disk cleaned up"]


def test_rootly_events_are_read_at_when_they_occurred() -> None:
    result = read("rootly_incident_events.json", "rootly")
    assert [(e.at, e.text) for e in result.events] == [
        (utc(23, 40), "Alert received: [FIRING:1] HighErrorRate checkout"),
        (utc(23, 44), "Ana Ops acknowledged the page"),
        (utc(23, 50), "Rolled back the 23:30 config push"),
        (utc(0, 31, day=23), "Incident resolved"),
    ]
    assert [e.kind for e in result.events] == [
        EventKind.ALERT,
        EventKind.ALERT,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]


def test_firehydrant_events_read_notes_chat_and_milestones() -> None:
    result = read("firehydrant_incident_events.json", "firehydrant")
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 41), "FireHydrant", "Milestone: started", EventKind.ACTION),
        (utc(23, 43), "Ana Ops", "checkout error rate above 5%, paging on-call", EventKind.ALERT),
        (utc(23, 50), "Bo Dev", "Rolled back the 23:30 config push", EventKind.ACTION),
        (utc(0, 31, day=23), "Ana Ops", "Milestone: resolved", EventKind.RESOLUTION),
    ]


def test_one_statuspage_incident_gives_its_updates() -> None:
    result = read("statuspage_incident.json", "statuspage")
    assert [(e.at, e.text, e.kind) for e in result.events] == [
        (utc(23, 47), "Investigating: We are investigating errors at checkout.", EventKind.COMMUNICATION),
        (
            utc(23, 58),
            "Monitoring: A fix has been implemented and we are monitoring the results.",
            EventKind.COMMUNICATION,
        ),
        (utc(0, 35, day=23), "Resolved: This incident has been resolved.", EventKind.RESOLUTION),
    ]


@pytest.mark.parametrize("chosen", ["p3x9k2041", "Elevated errors at checkout"])
def test_the_statuspage_incidents_list_needs_incident(chosen: str) -> None:
    path = FORMATS / "statuspage_incidents.json"
    assert [str(p) for p in parse_file(path).problems] == [
        f"{path}: updates of 2 Statuspage incidents: p3x9k2041 (Elevated errors at checkout), "
        "q7w8e2042 (Delayed order emails); pick one with --incident ID"
    ]
    assert len(parse_file(path, incident=chosen).events) == 3


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (
            '{"data": {"id": "70413a06", "tinyId": "1791", "message": "HighErrorRate", "status": "closed"}}',
            "an Opsgenie alert, not its log: export GET /v2/alerts/{id}/logs (and /notes) and import those files",
        ),
        (
            '{"incident": {"id": "01HQ", "reference": "INC-2041", "incident_status": {"name": "Closed"}}}',
            "an incident.io incident, not its updates: export GET /v2/incident_updates?incident_id={id} "
            "and import that file",
        ),
        (
            '{"data": {"id": "inc-2041", "type": "incidents", "attributes": {"title": "Checkout"}}}',
            "a Rootly incident, not its events: export GET /v1/incidents/{id}/events and import that file",
        ),
    ],
)
def test_a_tools_incident_object_is_refused_with_what_to_export_instead(document: str, reason: str) -> None:
    result = parse_text(document, source_name="incident.json")
    assert [str(p) for p in result.problems] == [f"incident.json: {reason}"]
    assert result.unreadable
