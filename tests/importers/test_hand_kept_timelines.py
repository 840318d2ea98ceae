"""Timelines people keep by hand: a Markdown table in a postmortem document (the table GitHub
renders), a pasted `HH:MM` list whose date stands alone on a line above it, and a sheet saved
by a European Excel (semicolons, day-first dates) whose day and month are never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"


def utc(hour: int, minute: int, day: int = 22, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def problems(result) -> list[str]:
    return [str(p).replace(str(FORMATS) + "/", "") for p in result.problems]


MARKDOWN_ROWS = [
    (utc(23, 30), "Bo Dev", "Config v2041 pushed to checkout"),
    (utc(23, 41), "PagerDuty", "5xx rate above 5% on checkout; PagerDuty pages Ana"),
    (
        utc(23, 44),
        "Ana Ops",
        "Ana acks the page, starts looking at the deploy\nalso pages the DB on-call, just in case",
    ),
    (utc(23, 50), "Bo Dev", "Rollback of v2041 started | config only"),
    (utc(0, 30, day=23), "Ana Ops", "Resolved: error rate back to normal [bold]as typed[/]"),
]


@pytest.mark.parametrize("day", [None, date(2026, 3, 14)])
def test_a_markdown_timeline_table_is_read_under_its_date_heading(day: date | None) -> None:
    result = parse_file(FORMATS / "markdown_postmortem.md", default_date=day)
    assert (result.format, problems(result)) == ("markdown", [])
    assert [(e.at, e.actor, e.text) for e in result.events] == MARKDOWN_ROWS
    assert result.events[1].kind is EventKind.ALERT
    assert any("taken as the next day" in w.reason for w in result.warnings)
    assert result.notes == (
        "read 1 timeline table (columns used: time 'Time', text 'Event', actor 'Who'); "
        "left out 1 table without time and text columns and 7 other lines",
    )


def test_a_markdown_table_with_full_times_and_its_zone_in_the_header() -> None:
    text = (
        "| When (UTC) | Type | What happened |\n| --- | --- | --- |\n"
        "| 2026-03-22 23:41 | alert | error rate above 5% |\n"
        "| 2026-03-23 00:30 | resolution | back to normal |\n"
    )
    result = parse_text(text, "auto", "timeline.md", default_tz="Europe/Berlin")
    assert (result.format, problems(result)) == ("markdown", [])
    assert [(e.at, e.text, e.kind) for e in result.events] == [
        (utc(23, 41), "error rate above 5%", EventKind.ALERT),
        (utc(0, 30, day=23), "back to normal", EventKind.RESOLUTION),
    ]


def test_a_markdown_table_row_whose_time_cannot_be_read_names_its_line_and_column() -> None:
    text = "| Time | Event |\n|---|---|\n| 23:41 | alert fires |\n| about midnight | rollback |\n"
    result = parse_text(text, "auto", "timeline.md", default_date=date(2026, 3, 22))
    assert problems(result) == [
        "timeline.md:4: Time: 'about midnight' is not a time (write e.g. 23:41 or 2026-03-22 23:41)"
    ]
    assert [u.text for u in result.unplaced] == ["| about midnight | rollback |"]


def test_a_markdown_document_with_no_timeline_table_is_refused() -> None:
    text = "# Notes\n\n| Metric | Value |\n|---|---|\n| errors | 1200 |\n"
    result = parse_text(text, "markdown", "notes.md")
    assert problems(result) == [
        "notes.md: no timeline table found (a Markdown table with a time and a text column, "
        "like | Time | Event |); left out 1 table without time and text columns and 1 other line"
    ]


@pytest.mark.parametrize("day", [None, date(2026, 3, 14)])
def test_a_pasted_timeline_takes_its_date_from_the_line_above(day: date | None) -> None:
    result = parse_file(FORMATS / "pasted_timeline_date_header.txt", default_date=day)
    assert (result.format, problems(result), result.warnings) == ("text", [], ())
    assert [(e.at, e.text) for e in result.events] == [
        (utc(23, 30), "Config v2041 pushed to checkout"),
        (utc(23, 41), "5xx rate above 5% on checkout, PagerDuty pages Ana"),
        (utc(23, 44), "Ana acks the page"),
        (utc(23, 50), "Rollback started"),
        (utc(0, 30, day=23), "Resolved: error rate back to normal"),
    ]


@pytest.mark.parametrize("heading", ["2026-03-22", "## 22 March 2026", "**Sun, March 22, 2026**", "22 Mar 2026:"])
def test_any_written_date_alone_on_a_line_dates_the_lines_below(heading: str) -> None:
    result = parse_text(f"{heading}\n09:02 alert fires\n09:05 Ana acks\n", "auto", "notes.txt")
    assert (result.format, problems(result)) == ("text", [])
    assert [e.at for e in result.events] == [utc(9, 2), utc(9, 5)]


def test_a_date_heading_that_could_swap_is_refused_unless_the_date_tells() -> None:
    text = "03/04/2026\n09:02 alert fires\n"
    assert problems(parse_text(text, "text", "notes.txt"))[0] == (
        "notes.txt:1: '03/04/2026' could be 3 April 2026 (day first) or 4 March 2026 (month first): "
        "give --date with the date of this line (2026-04-03 or 2026-03-04), or --dayfirst, to tell which"
    )
    told = parse_text(text, "text", "notes.txt", default_date=date(2026, 3, 4))
    assert [e.at for e in told.events] == [utc(9, 2, day=4, month=3)]


def test_a_semicolon_sheet_with_day_first_dates_is_read() -> None:
    result = parse_file(FORMATS / "excel_semicolon.csv")
    assert (result.format, problems(result)) == ("csv", [])
    assert [(e.at, e.actor, e.text) for e in result.events] == [
        (utc(23, 30), "Bo Dev", "Config v2041 pushed to checkout"),
        (utc(23, 41), "PagerDuty", "5xx rate above 5%; PagerDuty pages Ana, the on-call"),
        (utc(23, 50), "Bo Dev", "Rollback started"),
        (utc(0, 30, day=23), "Ana Ops", "Resolved: error rate back to normal"),
    ]
    assert result.notes == (
        "columns used: time 'Time', text 'Event', actor 'Owner'; separated by semicolons; dates read day first "
        "(22/03/2026 cannot be month first)",
    )


def test_a_semicolon_sheet_whose_dates_could_swap_is_refused_until_told() -> None:
    path = FORMATS / "excel_semicolon_ambiguous.csv"
    assert problems(parse_file(path)) == [
        "excel_semicolon_ambiguous.csv:3: Date: '03/04/2026' could be 3 April 2026 (day first) or 4 March 2026 "
        "(month first): give --date with the date of this line (2026-04-03 or 2026-03-04), or --dayfirst, to tell which"
    ]
    for result in (parse_file(path, day_first=True), parse_file(path, default_date=date(2026, 4, 3))):
        assert problems(result) == []
        assert [e.at for e in result.events] == [utc(9, 2, 3, 4), utc(9, 5, 3, 4), utc(9, 30, 3, 4)]
        assert "dates read day first" in result.notes[0]


def test_dayfirst_against_a_date_that_can_only_be_month_first_is_refused() -> None:
    text = "Time;Event\n03/22/2026 23:41;alert fires\n03/04/2026 23:50;rollback\n"
    assert problems(parse_text(text, "csv", "sheet.csv", day_first=True)) == [
        "sheet.csv:2: Time: '03/22/2026' cannot be day first (there is no month 22): leave out --dayfirst"
    ]


def test_dayfirst_from_the_command_line(cli) -> None:
    slug = cli.new()
    path = str(FORMATS / "excel_semicolon_ambiguous.csv")
    assert cli("import", slug, path) == 2
    assert "or --dayfirst, to tell which" in cli.err
    assert cli("import", slug, path, "--dayfirst") == 0
    assert [e.at for e in cli.session(slug).timeline] == [utc(9, 2, 3, 4), utc(9, 5, 3, 4), utc(9, 30, 3, 4)]


@pytest.mark.parametrize(
    "title",
    ["Checkout outage, Sunday 22 March 2026", "# Incident timeline (2026-03-22)", "Timeline for March 22, 2026:"],
)
def test_a_title_line_at_the_top_that_holds_one_date_dates_the_lines_below(title: str) -> None:
    result = parse_text(f"{title}\n\n23:41 alert fires\n00:30 resolved\n", "auto", "notes.txt")
    assert (result.format, problems(result)) == ("text", [])
    assert [e.at for e in result.events] == [utc(23, 41), utc(0, 30, day=23)]


@pytest.mark.parametrize(
    "text",
    [
        "09:00 decided to roll back\nFollow-up due 2026-04-01\n09:05 rollback started\n",  # below a timed line
        "Between 2026-03-21 and 2026-03-22\n09:00 alert fires\n",  # two dates: which one?
        "Checkout outage\n09:00 alert fires\n",  # no date at all
    ],
)
def test_other_untimed_lines_stay_problems_and_never_move_the_date(text: str) -> None:
    result = parse_text(text, "text", "notes.txt", default_date=date(2026, 3, 22))
    assert len(result.problems) == 1
    assert all(e.at.date() == date(2026, 3, 22) for e in result.events)


def test_a_markdown_title_heading_with_its_date_dates_the_table_but_prose_never_does() -> None:
    table = "| Time | Event |\n|---|---|\n| 23:41 | alert fires |\n"
    titled = parse_text(f"# Checkout outage, 22 March 2026\n\n{table}", "auto", "pm.md")
    assert [e.at for e in titled.events] == [utc(23, 41)]
    prose = parse_text(f"The 2026-03-20 deploy broke it.\n\n{table}", "auto", "pm.md", default_date=date(2026, 3, 22))
    assert [e.at for e in prose.events] == [utc(23, 41)]
