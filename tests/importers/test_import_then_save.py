"""Whatever an importer accepts can be saved and read back: lone surrogates, control codes,
huge integers, extreme dates and deep nesting included (the property that would have found
the surrogate that made every later save fail)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.importers import FORMATS, parse_text
from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import load_session, open_session, write_new_session

LAYOUT = find_layout("standard")
T0 = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

nasty_text = st.lists(
    st.one_of(
        st.characters(categories=["Cs"]),  # lone surrogates
        st.characters(max_codepoint=0x9F),  # C0, DEL, C1
        st.sampled_from(["\x1b]52;c;eA==\x07", "\x1b]2;t\x07", "\x1b[2J", "[bold]", "\u202e"]),
        st.characters(),
    ),
    max_size=12,
).map("".join)
extreme_time = st.sampled_from(
    [
        "9999-12-31T23:59:59-12:00",
        "0001-01-01T00:00:00+14:00",
        "1899-12-31T23:59:59Z",
        "9000-12-31T23:59:59Z",
        "2026-03-22T14:23:00Z",
        "2026-03-22T14:23:00+05:30",
    ]
)
huge_int = st.integers(min_value=1, max_value=4000).map(lambda n: int("9" * n))  # json.dumps writes up to 4300 digits
scalar = st.none() | st.booleans() | huge_int | st.floats(allow_nan=False) | nasty_text | extreme_time

KEYS = ["ts", "time", "timeEnd", "text", "type", "created_at", "log_entries", "user", "summary", "tags", "agent"]
json_value = st.recursive(
    scalar,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(KEYS), children, max_size=6),
    max_leaves=20,
)
log_entry = st.fixed_dictionaries(
    {"type": st.just("trigger_log_entry"), "created_at": extreme_time, "summary": nasty_text}
)
slack_message = st.fixed_dictionaries({"ts": st.sampled_from(["1774189380.0", "1e400", "-1"]), "text": nasty_text})
depth = st.integers(min_value=1, max_value=60_000)


def saved_and_read_back(text: str, fmt: str) -> None:
    result = parse_text(text, fmt, "x.json", default_date=date(2026, 3, 22))
    assert result.events or result.problems
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        write_new_session(path, new_session("Import", "import", LAYOUT, T0))
        file = open_session(path)
        review = Review(file.session, file)
        review.apply_import(result, lenient=True)
        review.save_now(T0)  # must never raise
        review.close()
        back = load_session(path)
    assert [e.text for e in back.timeline] == [e.text for e in review.session.timeline]


@FAST
@given(value=json_value, fmt=st.sampled_from(["auto", "slack", "pagerduty", "grafana", "json"]))
def test_any_json_imported_is_saved_and_read_back(value, fmt: str) -> None:
    saved_and_read_back(json.dumps(value), fmt)


@FAST
@given(entries=st.lists(log_entry, min_size=1, max_size=4))
def test_pagerduty_entries_with_any_text_and_extreme_times_are_saved(entries) -> None:
    saved_and_read_back(json.dumps({"log_entries": entries}), "pagerduty")


@FAST
@given(messages=st.lists(slack_message, min_size=1, max_size=4))
def test_slack_messages_with_any_text_are_saved(messages) -> None:
    saved_and_read_back(json.dumps(messages), "slack")


@FAST
@given(text=nasty_text, fmt=st.sampled_from(FORMATS))
def test_any_text_line_is_saved(text: str, fmt: str) -> None:
    saved_and_read_back(f"2026-03-22 14:23 UTC - {text}\n", fmt)


@settings(max_examples=10, deadline=None)
@given(n=depth, fmt=st.sampled_from(["slack", "pagerduty", "grafana", "json"]))
def test_deep_nesting_is_a_problem(n: int, fmt: str) -> None:
    saved_and_read_back("[" * n + "]" * n, fmt)
