"""Property tests for the time, due-date and layout parsers: any input gives a value or a clear error."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.model.duedate import parse_due
from facilitator.model.timeparse import TimeParseError, parse_time
from facilitator.store.layouts import LayoutError, parse_layout

FAST = settings(max_examples=150, deadline=None)
TODAY = date(2026, 11, 23)


@FAST
@given(st.text(max_size=60))
def test_parse_time_gives_an_aware_instant_or_a_reason(text: str) -> None:
    try:
        parsed = parse_time(text, TODAY)
    except TimeParseError as error:
        assert str(error)
    else:
        assert parsed.at.tzinfo is UTC


@FAST
@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_a_written_instant_reads_back_the_same(naive: datetime, offset_minutes: int) -> None:
    zone = timezone(timedelta(minutes=offset_minutes))
    at = naive.replace(tzinfo=zone)
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    written = f"{at:%Y-%m-%d %H:%M:%S} {sign}{hours:02d}:{minutes:02d}"
    assert parse_time(written).at == at


@FAST
@given(st.text(max_size=30))
def test_parse_due_gives_a_date_none_or_a_reason(text: str) -> None:
    try:
        due = parse_due(text, TODAY)
    except ValueError as error:
        assert "due date" in str(error)
    else:
        assert due is None or isinstance(due, date)


toml_values = st.one_of(
    st.integers(-10, 10_000), st.text(max_size=20), st.booleans(), st.lists(st.text(max_size=5), max_size=3)
)


@FAST
@given(
    st.dictionaries(st.sampled_from(["name", "title", "timeboxes", "extra"]), toml_values, max_size=4),
    st.lists(
        st.dictionaries(
            st.sampled_from(["kind", "title", "minutes", "script", "prompts", "x"]), toml_values, max_size=6
        ),
        max_size=4,
    ),
)
def test_any_layout_toml_gives_a_layout_or_an_error_naming_the_file(
    top: dict[str, Any], boxes: list[dict[str, Any]]
) -> None:
    def value(v) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [f"{k} = {value(v)}" for k, v in top.items() if k != "timeboxes"]
    for box in boxes:
        lines.append("[[timeboxes]]")
        lines += [f"{k} = {value(v)}" for k, v in box.items()]
    try:
        layout = parse_layout("\n".join(lines), Path("mine.toml"))
    except LayoutError as error:
        assert all(line.startswith("mine.toml") for line in str(error).splitlines())
    else:
        assert layout.timeboxes


@pytest.mark.parametrize("text", ["24:00", "14:60", "2026-13-01 10:00", "10:00 XYZ", "soon"])
def test_bad_times_name_what_is_wrong(text: str) -> None:
    with pytest.raises(TimeParseError) as error:
        parse_time(text, TODAY)
    assert str(error.value)
