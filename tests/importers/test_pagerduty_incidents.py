"""PagerDuty: account-wide log entries (`GET /log_entries?include[]=incidents`) holding two
incidents are refused naming them, `--incident ID` reads one; an incident's notes
(`GET /incidents/{id}/notes`) are read too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"
ACCOUNT = FORMATS / "pagerduty_account_log_entries.json"
NOTES = FORMATS / "pagerduty_incident_notes.json"


def utc(hour: int, minute: int, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


REFUSAL = (
    "log entries of 2 PagerDuty incidents: Q0INC2041 ([#2041] HighErrorRate checkout), "
    "Q0INC2042 ([#2042] Disk full on db-7); pick one with --incident ID"
)


@pytest.mark.parametrize("lenient", [[], ["--lenient"]])
def test_log_entries_of_two_incidents_are_refused_naming_them(cli, lenient: list[str]) -> None:
    assert [str(p) for p in parse_file(ACCOUNT).problems] == [f"{ACCOUNT}: {REFUSAL}"]
    slug = cli.new()
    assert cli("import", slug, str(ACCOUNT), *lenient) == 2
    assert cli.err.splitlines()[0] == f"facilitator: {ACCOUNT}: {REFUSAL}"
    session = cli.session(slug)
    assert session.timeline == () and session.detected_at is None


@pytest.mark.parametrize("chosen", ["Q0INC2041", "2041", "#2041"])
def test_incident_picks_one_and_its_times_come_from_it_alone(cli, chosen: str) -> None:
    result = parse_file(ACCOUNT, incident=chosen)
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.kind) for e in result.events] == [
        (utc(23, 45), EventKind.ALERT),
        (utc(23, 50), EventKind.ACTION),
        (utc(23, 55), EventKind.ACTION),
        (utc(0, 31, day=23), EventKind.RESOLUTION),
    ]
    assert result.skipped == {"log entries of other incidents": 3}
    slug = cli.new()
    assert cli("import", slug, str(ACCOUNT), "--incident", chosen) == 0, cli.err
    session = cli.session(slug)
    assert (session.detected_at, session.acknowledged_at, session.resolved_at) == (
        utc(23, 45),
        utc(23, 50),
        utc(0, 31, day=23),
    )


def test_an_incident_that_is_not_there_is_refused_naming_those_that_are() -> None:
    assert [str(p) for p in parse_file(ACCOUNT, incident="Q0NOPE").problems] == [
        f"{ACCOUNT}: no PagerDuty incident 'Q0NOPE' in these log entries (incidents: Q0INC2041, Q0INC2042)"
    ]


def test_an_incidents_notes_are_read_with_who_wrote_them() -> None:
    result = parse_file(NOTES)
    assert result.format == "pagerduty"
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 47), "Cy Comms", "Status page updated: investigating checkout errors", EventKind.COMMUNICATION),
        (utc(23, 55), "Ana Ops", "Rolled back the 23:30 config push; error rate falling", EventKind.ACTION),
    ]
