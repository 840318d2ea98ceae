"""No input makes an importer raise: it returns events, or problems saying what is wrong."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.importers import FORMATS, parse_text
from facilitator.model.text import strip_control

FAST = settings(max_examples=60, deadline=None)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "ts",
                    "time",
                    "timeEnd",
                    "text",
                    "type",
                    "created_at",
                    "log_entries",
                    "user",
                    "subtype",
                    "thread_ts",
                    "files",
                    "messages",
                    "facilitator_export",
                    "tags",
                    "channel",
                    "summary",
                ]
            ),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)
line_parts = st.lists(
    st.sampled_from(
        [
            "14:23",
            "24:00",
            "2026-03-22 ",
            "[",
            "]",
            " UTC",
            " PST",
            " IST",
            " XYZ",
            " +05:30",
            "Z",
            " - ",
            " -- ",
            ": ",
            "\u2014",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "text",
            ",",
            '"',
            "\x1b[31m",
            "PM",
            "9:",
        ]
    ),
    max_size=12,
).map("".join)


def _sound(result) -> None:
    assert result.events or result.problems
    assert all(str(problem) for problem in result.problems)


@FAST
@given(text=st.text(max_size=300), fmt=st.sampled_from(FORMATS))
def test_any_text_in_any_format(text: str, fmt: str) -> None:
    _sound(parse_text(text, fmt, "x", default_date=date(2026, 3, 22)))


@FAST
@given(text=line_parts, fmt=st.sampled_from(["auto", "text", "csv"]))
def test_time_like_lines(text: str, fmt: str) -> None:
    _sound(parse_text(text, fmt, "x"))


@FAST
@given(value=json_values, fmt=st.sampled_from(["auto", "slack", "pagerduty", "grafana", "json"]))
def test_any_json(value, fmt: str) -> None:
    _sound(parse_text(json.dumps(value), fmt, "x.json"))


@FAST
@given(text=st.text(max_size=200))
def test_strip_control_leaves_no_control_characters(text: str) -> None:
    cleaned = strip_control(text)
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in cleaned)
