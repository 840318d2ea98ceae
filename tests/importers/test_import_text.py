"""Pasted chat and hand-written timelines: the line shapes, zones, dates and details people use."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from facilitator.importers import parse_text
from facilitator.model.enums import EventKind

DAY = date(2026, 3, 22)


def utc(hour: int, minute: int, second: int = 0, micro: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, micro, tzinfo=UTC)


def one(line: str, **options):
    result = parse_text(line, "text", "paste.txt", default_date=options.pop("default_date", DAY), **options)
    assert [str(p) for p in result.problems] == []
    (event,) = result.events
    return event


@pytest.mark.parametrize(
    ("line", "at", "text"),
    [
        ("14:23 UTC - Alert: disk full on db1", utc(14, 23), "Alert: disk full on db1"),
        ("2026-03-21 14:23 UTC - yesterday", utc(14, 23, day=21), "yesterday"),
        ("[09:26] checking the dashboards", utc(9, 26), "checking the dashboards"),
        ("14:23:05.120 UTC - fraction", utc(14, 23, 5, 120000), "fraction"),
        ("14:23 UTC -- double dash", utc(14, 23), "double dash"),
        ("14:23 UTC: colon", utc(14, 23), "colon"),
        ("14:23 UTC \u2014 em dash", utc(14, 23), "em dash"),
        ("14:23Z - zulu", utc(14, 23), "zulu"),
        ("2026-03-22T14:23:05Z - iso", utc(14, 23, 5), "iso"),
        ("14:23 +05:30 - offset", utc(8, 53), "offset"),
        ("[2026-03-22 14:23 -07:00] bracketed with offset", utc(21, 23), "bracketed with offset"),
        ("14:23 PDT - pacific daylight", utc(21, 23), "pacific daylight"),
        ("14:23 PST - pacific standard", utc(22, 23), "pacific standard"),
        ("14:23 EST - eastern", utc(19, 23), "eastern"),
        ("14:23 CEST - central europe summer", utc(12, 23), "central europe summer"),
        ("14:23 JST - japan", utc(5, 23), "japan"),
        ("14:23 Europe/Berlin - named zone", utc(13, 23), "named zone"),
        ("- 2:23 PM UTC - a list bullet and a 12-hour clock", utc(14, 23), "a list bullet and a 12-hour clock"),
        ("14:23 DB failover started", utc(14, 23), "DB failover started"),
    ],
)
def test_line_shapes(line: str, at: datetime, text: str) -> None:
    event = one(line)
    assert (event.at, event.text) == (at, text)


def test_the_text_after_the_separator_is_kept_exactly() -> None:
    text = "[b]not markup[/b] <i>html</i> | a | b | 🔥 שלום " + "x" * 3000 + " - 17:20 inside -"
    assert one(f"14:23 UTC - {text}").text == text


def test_terminal_escape_sequences_are_stripped_at_import() -> None:
    event = one("14:23 UTC - \x1b[31mred\x1b[0m and \x1b]8;;https://x.test\x1b\\a link\x1b]8;;\x1b\\ done\x07")
    assert event.text == "red and a link done"


def test_lines_without_a_zone_take_the_default_zone() -> None:
    assert one("14:23 - local", default_tz="Asia/Kolkata").at == utc(8, 53)


def test_an_ambiguous_abbreviation_is_a_warning_not_a_problem() -> None:
    result = parse_text("14:23 IST - deploy", "text", "paste.txt", default_date=DAY)
    assert result.events[0].at == utc(8, 53)
    assert [str(w) for w in result.warnings] == [
        "paste.txt:1: IST read as India Standard Time (UTC+05:30); it also means Irish or Israel time"
    ]


def test_indented_lines_continue_the_event_above() -> None:
    result = parse_text(
        "14:23 UTC - Restarted api\n    pods recycled one by one\n\tlatency back at 14:40\n14:50 UTC - Next",
        "text",
        "paste.txt",
        default_date=DAY,
    )
    assert [e.text for e in result.events] == ["Restarted api\npods recycled one by one\nlatency back at 14:40", "Next"]


def test_undated_lines_take_the_date_written_above_them() -> None:
    result = parse_text("2026-03-20 23:50 UTC - late\n23:55 UTC - later", "text", "p.txt", default_date=DAY)
    assert [e.at.day for e in result.events] == [20, 20]


def test_undated_lines_before_any_date_take_the_first_date_written_in_the_paste() -> None:
    result = parse_text("23:50 UTC - first\n2026-03-20 23:55 UTC - dated", "text", "p.txt")
    assert [e.at for e in result.events] == [utc(23, 50, day=20), utc(23, 55, day=20)]


def test_a_time_running_back_past_midnight_moves_to_the_next_day_with_a_warning() -> None:
    result = parse_text("23:50 UTC - late\n00:10 UTC - after midnight?", "text", "p.txt", default_date=DAY)
    assert [e.at for e in result.events] == [utc(23, 50), utc(0, 10, day=23)]
    assert [str(w) for w in result.warnings] == [
        "p.txt:2: 00:10 UTC is over 12 hours before the line above, so it is taken as the next day (2026-03-23); "
        "write the date on the line if it is not"
    ]


def test_the_gitlab_style_approximate_lines_keep_their_note() -> None:
    event = one("2017-01-31 23:00 UTC - (approx.; postmortem says ~23:30) engineer deletes it - on db1")
    assert event.at == datetime(2017, 1, 31, 23, 0, tzinfo=UTC)
    assert event.text == "(approx.; postmortem says ~23:30) engineer deletes it - on db1"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Alert: error rate above 5%", EventKind.ALERT),
        ("On-call paged", EventKind.ALERT),
        ("Status page updated: investigating", EventKind.COMMUNICATION),
        ("Decided to fail over to us-east-2", EventKind.DECISION),
        ("Proposal: roll back the release", EventKind.DECISION),
        ("Incident resolved", EventKind.RESOLUTION),
        ("Rolled back the release", EventKind.ACTION),
        ("Latency looks normal again", EventKind.OBSERVATION),
    ],
)
def test_kind_is_guessed_from_the_words(text: str, kind: EventKind) -> None:
    assert one(f"14:23 UTC - {text}").kind is kind


@pytest.mark.parametrize(
    ("paste", "problem"),
    [
        ("24:00 UTC - midnight?", "paste.txt:1: '24:00' is not a time of day"),
        ("14:23 XYZ - what zone", "paste.txt:1: unknown time zone 'XYZ'"),
        (
            "14:23 UTC - fine\nno time here",
            "paste.txt:2: no time at the start of the line (expected e.g. `14:23 UTC - text`)",
        ),
        (
            "  indented, but nothing above",
            "paste.txt:1: no time at the start of the line (expected e.g. `14:23 UTC - text`)",
        ),
        ("14:23 UTC -", "paste.txt:1: no text after the time"),
        ("13:30 PM - thirteen", "paste.txt:1: '13:30' PM is not a time of day"),
    ],
)
def test_lines_that_cannot_be_placed_are_problems_with_their_line(paste: str, problem: str) -> None:
    result = parse_text(paste, "text", "paste.txt", default_date=DAY)
    assert problem in [str(p) for p in result.problems]


def test_a_line_without_a_date_needs_an_incident_date() -> None:
    result = parse_text("14:23 UTC - no date anywhere", "text", "paste.txt")
    assert [str(p) for p in result.problems] == [
        "paste.txt:1: no date on the line and no incident date known: write the date, or give one (--date YYYY-MM-DD)"
    ]


def test_every_problem_line_is_kept_as_an_unplaced_line() -> None:
    result = parse_text("14:23 UTC - ok\n25:00 - bad\n  its detail\nrubbish", "text", "paste.txt", default_date=DAY)
    assert [(u.line, u.text) for u in result.unplaced] == [(2, "25:00 - bad\nits detail"), (4, "rubbish")]
    assert [e.text for e in result.events] == ["ok"]


def test_crlf_and_a_bom_are_fine() -> None:
    result = parse_text("\ufeff14:23 UTC - one\r\n14:24 UTC - two\r\n", "auto", "paste.txt", default_date=DAY)
    assert [e.text for e in result.events] == ["one", "two"]
