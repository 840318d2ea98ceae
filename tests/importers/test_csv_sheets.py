"""CSV sheets from real tools: header aliases (`Created`, `Created (UTC)`), a summary column
preferred over a column of verbs (`triggered`), PagerDuty's verbs as kinds, a zone named in the
header, and a summary that says which columns were used."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"
SHEET = FORMATS / "pagerduty_log_sheet.csv"


def utc(hour: int, minute: int, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_a_summary_column_is_the_text_and_the_verbs_are_the_kinds() -> None:
    result = parse_file(SHEET, default_tz="Europe/Berlin")  # the header says UTC, so --tz does not apply
    assert result.format == "csv"
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 45), "Prometheus", "5xx rate above 5% on checkout", EventKind.ALERT),
        (utc(23, 50), "Ana Ops", "Acknowledged by Ana Ops", EventKind.ACTION),
        (utc(23, 52), "PagerDuty", "Escalated to Bo Dev", EventKind.COMMUNICATION),
        (utc(23, 55), "Ana Ops", "Rolled back the 23:30 config push", EventKind.ACTION),  # a note: its words
        (utc(0, 31, day=23), "Ana Ops", "Resolved by Ana Ops", EventKind.RESOLUTION),
    ]
    assert result.notes == ("columns used: time 'Created (UTC)', text 'Summary', kind 'Event', actor 'Agent'",)


def test_the_command_line_summary_names_the_columns_used(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, str(SHEET)) == 0, cli.err
    assert cli.out.rstrip().endswith(
        "; columns used: time 'Created (UTC)', text 'Summary', kind 'Event', actor 'Agent'"
    )


def test_created_is_a_time_column_and_a_jira_style_time_is_read() -> None:
    result = parse_file(FORMATS / "jira_style_timeline.csv")
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor, e.kind) for e in result.events] == [
        (utc(23, 41), "Ana Ops", EventKind.ALERT),
        (utc(23, 50), "Bo Dev", EventKind.ACTION),
    ]


def test_a_column_of_verbs_alone_is_still_the_text() -> None:
    result = parse_text("time,event\n2026-03-22T23:45:00Z,triggered\n", "csv", "verbs.csv")
    assert [(e.text, e.kind) for e in result.events] == [("triggered", EventKind.ALERT)]
