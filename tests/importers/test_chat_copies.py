"""Text copied out of chat clients: Slack (desktop and web, the split header, the older
layout), Discord (cozy and compact), Google Chat and Teams. Speakers become actors; a bare
continuation time belongs to the speaker above and is never a morning time after an evening
one; dates come from the header, a day divider, or `--date` (the day `Today` counts from)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text

FORMATS = Path(__file__).resolve().parent / "formats"
COPIED_ON = date(2026, 3, 23)


DAY = date(2026, 3, 22)


def utc(hour: int, minute: int, second: int = 0, day: int = 22, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


def rows(result) -> list[tuple[datetime, str, str]]:
    return [(e.at, e.actor, e.text) for e in result.events]


def read(name: str, day: date = COPIED_ON, **options):
    result = parse_file(FORMATS / name, default_date=day, **options)
    assert result.format == "chat"
    assert [str(p) for p in result.problems] == []
    return result


def test_a_slack_desktop_copy_reads_speakers_continuations_and_dividers() -> None:
    result = read("slack_desktop_copy.txt")
    assert rows(result) == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42), "Ana Ops", "5xx rate above 5% on checkout"),
        (utc(23, 43), "PagerDuty", "Triggered #2041 HighErrorRate checkout"),
        (utc(23, 46), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        (utc(23, 58), "Cy Comms", "status page posted: investigating"),
        (utc(0, 3, day=23), "Cy Comms", "next update in 30 minutes"),
        (utc(0, 30, day=23), "Ana Ops", "Resolved: error rate back to normal"),
    ]


def test_an_alert_like_text_in_a_chat_is_an_alert() -> None:
    result = read("slack_desktop_copy.txt")
    assert result.events[1].kind.value == "alert"


def test_a_split_header_copy_keeps_bare_times_with_the_speaker_above() -> None:
    result = read("slack_split_header_copy.txt", day=date(2026, 3, 22))
    assert rows(result) == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42), "Ana Ops", "Thanks Bo"),
        (utc(23, 44), "Ana Ops", "on it"),
        (utc(23, 46), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
    ]


@pytest.mark.parametrize("name", ["slack_legacy_copy.txt", "discord_compact_copy.txt"])
def test_headers_crossing_midnight_move_to_the_next_day_with_a_warning(name: str) -> None:
    result = read(name, day=date(2026, 3, 22))
    assert [(e.at, e.actor) for e in result.events][-1] == (utc(0, 30, day=23), result.events[-1].actor)
    assert result.events[0].text == "checkout error rate is climbing, paging on-call"
    (warning,) = result.warnings
    assert "is taken as the next day (2026-03-23)" in str(warning)


def test_the_compact_discord_layout_takes_the_speaker_out_of_the_text() -> None:
    result = read("discord_compact_copy.txt", day=date(2026, 3, 22))
    assert [(e.actor, e.text) for e in result.events] == [
        ("Ana Ops", "checkout error rate is climbing, paging on-call"),
        ("Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        ("Cy Comms", "Resolved: error rate back to normal"),
    ]


def test_discords_cozy_layout_counts_yesterday_and_today_from_the_date() -> None:
    result = read("discord_cozy_copy.txt")
    assert rows(result) == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call\n5xx rate above 5% on checkout"),
        (utc(23, 46), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        (utc(0, 30, day=23), "Cy Comms", "Resolved: error rate back to normal"),
    ]


def test_yesterday_without_a_date_is_refused_naming_what_to_give() -> None:
    result = parse_file(FORMATS / "discord_cozy_copy.txt")
    assert str(result.problems[0]).split(": ", 1)[1] == (
        "'Yesterday' needs the day it was copied on to count from: give --date YYYY-MM-DD"
    )


def test_a_google_chat_copy() -> None:
    result = read("google_chat_copy.txt", day=date(2026, 3, 22))
    assert rows(result) == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 46), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        (utc(23, 58), "Cy Comms", "status page posted: investigating"),
    ]


def test_a_teams_copy_with_day_first_dates() -> None:
    result = read("teams_copy.txt", day=None)
    assert [e.at for e in result.events] == [utc(23, 41), utc(23, 46), utc(0, 30, day=23)]


def test_teams_dates_that_could_swap_are_refused_until_the_date_tells_which(cli) -> None:
    path = FORMATS / "teams_copy_ambiguous_dates.txt"
    assert [str(p) for p in parse_file(path).problems] == [
        f"{path}:1: '03/04/2026' could be 3 April 2026 (day first) or 4 March 2026 (month first): give --date "
        "with the date of this line (2026-04-03 or 2026-03-04), or --dayfirst, to tell which"
    ]
    slug = cli.new()
    assert cli("import", slug, str(path), "--lenient") == 2
    for result in (parse_file(path, default_date=date(2026, 4, 3)), parse_file(path, day_first=True)):
        assert [e.at for e in result.events] == [
            utc(23, 41, day=3, month=4),
            utc(23, 46, day=3, month=4),
            utc(0, 30, day=4, month=4),
        ]


def test_chat_copies_in_local_time_are_placed_in_the_zone() -> None:
    result = read("slack_desktop_copy.txt", default_tz="Europe/Berlin")
    assert result.events[0].at == utc(22, 41)


def test_a_slack_copy_with_blank_lines_between_header_time_and_message() -> None:
    result = read("slack_blank_lines_copy.txt", day=date(2026, 3, 22))
    assert rows(result) == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42), "Ana Ops", "5xx rate above 5% on checkout"),
        (utc(23, 46), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        (utc(23, 47), "PagerDuty", "Triggered #2041 HighErrorRate checkout"),
        (utc(23, 58), "Cy Comms", "status page posted: investigating"),
        (utc(0, 3, day=23), "Cy Comms", "next update in 30 minutes"),
    ]


def test_a_bare_continuation_time_with_trailing_spaces_starts_a_message() -> None:
    result = parse_text("Ana Ops  11:41 PM  \nfirst  \n11:47  \nsecond  \n", "chat", "copy.txt", default_date=DAY)
    assert rows(result) == [(utc(23, 41), "Ana Ops", "first"), (utc(23, 47), "Ana Ops", "second")]


ZOOM_ROWS = [
    (utc(23, 41, 7), "Ana Ops", "checkout error rate is climbing, paging on-call"),
    (utc(23, 42, 30), "Bo Dev", "I pushed a config change at 23:30"),
    (utc(23, 47, 15), "Cy Comms", "status page posted: investigating"),
    (utc(0, 30, 40, day=23), "Ana Ops", "Resolved: error rate back to normal"),
]


def test_zooms_one_line_saved_chat_keeps_every_message_and_counts_reactions() -> None:
    result = parse_file(FORMATS / "zoom_saved_chat_one_line.txt", default_date=DAY)
    assert (result.format, [str(p) for p in result.problems]) == ("text", [])
    assert rows(result) == ZOOM_ROWS
    assert result.skipped == {"chat reactions": 1}


def test_zooms_two_line_saved_chat_with_the_text_unindented_on_the_next_lines() -> None:
    result = parse_file(FORMATS / "zoom_saved_chat_unindented.txt", default_date=DAY)
    assert (result.format, [str(p) for p in result.problems]) == ("text", [])
    expected = [*ZOOM_ROWS]
    expected[1] = (utc(23, 42, 30), "Bo Dev", "I pushed a config change at 23:30\nlooking at it now")
    expected.insert(2, (utc(23, 45, 2), "Cy Comms", 'Replying to "I pushed a config ch..."\ndo we roll back?'))
    assert rows(result) == expected
    assert result.skipped == {"chat reactions": 1}
