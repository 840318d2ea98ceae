"""Local times around a daylight-saving change, in every reader that takes `--tz`.

A chat that crosses midnight into the spring change moves its local date, not 24 hours of
UTC; a time the clocks skipped is refused naming the line; a time the clocks repeated is
read one way, and the warning names the line and the offset taken (the second reading when
only it keeps the lines in order).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file
from facilitator.model.timeparse import TimeParseError, parse_time

FORMATS = Path(__file__).resolve().parent / "formats"


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=UTC)


def test_a_chat_crossing_midnight_into_the_spring_change_rolls_over_in_local_time() -> None:
    result = parse_file(FORMATS / "dst_spring_berlin.txt", default_date=date(2026, 3, 28), default_tz="Europe/Berlin")
    assert [str(p) for p in result.problems] == []
    assert [e.at for e in result.events] == [
        at("2026-03-28", "21:50"),
        at("2026-03-28", "22:40"),
        at("2026-03-28", "23:30"),
        at("2026-03-29", "01:30"),  # 03:30 CEST, not an hour late
    ]
    assert [str(w) for w in result.warnings] == [
        f"{FORMATS / 'dst_spring_berlin.txt'}:3: 00:30 CET is over 12 hours before the line above, so it is "
        "taken as the next day (2026-03-29); write the date on the line if it is not"
    ]


def test_a_time_the_clocks_skipped_is_refused_naming_the_line(cli) -> None:
    path = FORMATS / "dst_gap_berlin.txt"
    result = parse_file(path, default_date=date(2026, 3, 29), default_tz="Europe/Berlin")
    assert [str(p) for p in result.problems] == [
        f"{path}:2: 02:30 on 2026-03-29 does not exist in Europe/Berlin: the clocks went forward an hour "
        "(summer time began); check the time, or write it with its UTC offset"
    ]
    assert [e.at for e in result.events] == [at("2026-03-29", "00:50"), at("2026-03-29", "01:10")]
    slug = cli.new()
    assert cli("import", slug, str(path), "--tz", "Europe/Berlin", "--date", "2026-03-29") == 2
    assert f"{path}:2: 02:30 on 2026-03-29 does not exist" in cli.err
    assert cli.session(slug).timeline == ()


def test_times_the_clocks_repeated_are_warned_with_the_offset_taken_and_keep_their_order() -> None:
    path = FORMATS / "dst_fold_new_york.txt"
    result = parse_file(path, default_date=date(2026, 11, 1), default_tz="America/New_York")
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.text) for e in result.events] == [
        (at("2026-11-01", "04:50"), "Alert: checkout error rate above 5%"),
        (at("2026-11-01", "05:20"), "Paged on-call"),
        (at("2026-11-01", "05:40"), "Rollback started"),
        (at("2026-11-01", "06:10"), "Rollback done, errors falling"),
        (at("2026-11-01", "06:45"), "Resolved"),
    ]
    twice = "on 2026-11-01 happens twice in America/New_York (the clocks went back an hour)"
    assert [str(w) for w in result.warnings] == [
        f"{path}:2: 01:20 {twice}; read as the first, 01:20 EDT (-04:00)",
        f"{path}:3: 01:40 {twice}; read as the first, 01:40 EDT (-04:00)",
        f"{path}:4: 01:10 {twice}; read as the second, 01:10 EST (-05:00), to follow the line above",
        f"{path}:5: 01:45 {twice}; read as the second, 01:45 EST (-05:00), to follow the line above",
    ]


def test_a_csv_row_at_a_skipped_time_is_a_problem_naming_line_and_field() -> None:
    path = FORMATS / "dst_gap_berlin.csv"
    result = parse_file(path, default_tz="Europe/Berlin")
    assert [str(p) for p in result.problems] == [
        f"{path}:3: time: 02:30 on 2026-03-29 does not exist in Europe/Berlin: the clocks went forward an hour "
        "(summer time began); check the time, or write it with its UTC offset"
    ]
    assert len(result.events) == 2


def test_a_csv_row_at_a_repeated_time_is_warned() -> None:
    path = FORMATS / "dst_fold_new_york.csv"
    result = parse_file(path, default_tz="America/New_York")
    assert [e.at for e in result.events] == [at("2026-11-01", "05:20")]
    assert [str(w) for w in result.warnings] == [
        f"{path}:2: time: 01:20 on 2026-11-01 happens twice in America/New_York (the clocks went back an hour); "
        "read as the first, 01:20 EDT (-04:00)"
    ]


@pytest.mark.parametrize("clock", ["02:00", "02:59:59"])
def test_every_time_inside_the_gap_is_refused_and_its_edges_are_not(clock: str) -> None:
    with pytest.raises(TimeParseError, match="does not exist in Europe/Berlin"):
        parse_time(clock, date(2026, 3, 29), "Europe/Berlin")
    assert parse_time("01:59", date(2026, 3, 29), "Europe/Berlin").at == at("2026-03-29", "00:59")
    assert parse_time("03:00", date(2026, 3, 29), "Europe/Berlin").at == at("2026-03-29", "01:00")
