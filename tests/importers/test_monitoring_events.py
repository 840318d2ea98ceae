"""Monitoring tools' events: Datadog's events API (v1 `events`, v2 `data[].attributes`) and
Grafana's region annotations (a start and an end event, said in the summary)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"
TRIGGERED = "[Triggered] Checkout 5xx rate\nError rate above 5% on checkout"
RECOVERED = "[Recovered] Checkout 5xx rate\nError rate back under 5% on checkout"


def utc(hour: int, minute: int, second: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


def test_datadogs_v1_events_read_title_and_text_by_their_source() -> None:
    result = parse_file(FORMATS / "datadog_events_v1.json")
    assert (result.format, [str(p) for p in result.problems], result.warnings) == ("datadog", [], ())
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 38, 12), "Jenkins", "Deployed checkout config v2041", EventKind.ACTION),
        (utc(23, 41), "Datadog", TRIGGERED + "\n\n@pagerduty-checkout", EventKind.ALERT),
        (
            utc(23, 52, 30),
            "My Apps",
            "Rollback of checkout config\nRolled back checkout config to v2040 [bold]as typed[/]",
            EventKind.ACTION,
        ),
        (utc(0, 29, 45, day=23), "Datadog", RECOVERED + "\n\n@pagerduty-checkout", EventKind.RESOLUTION),
    ]


def test_datadogs_v2_events_read_the_nested_attributes_and_warn_of_the_next_page() -> None:
    result = parse_file(FORMATS / "datadog_events_v2.json")
    assert (result.format, [str(p) for p in result.problems]) == ("datadog", [])
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 41), "Datadog", TRIGGERED, EventKind.ALERT),
        (
            utc(23, 52, 30),
            "Datadog",
            "Rollback of checkout config\nRolled back checkout config to v2040",
            EventKind.ACTION,
        ),
        (utc(0, 29, 45, day=23), "Datadog", RECOVERED, EventKind.RESOLUTION),
    ]
    [warning] = result.warnings
    assert "more events follow" in warning.reason
    assert "page[cursor]=eyJhZnRlciI6IkFBQUFBWjFjaGVja291dDAwMDMifQ" in warning.reason


def test_one_datadog_event_alone_is_read_too() -> None:
    document = json.loads((FORMATS / "datadog_events_v1.json").read_text(encoding="utf-8"))
    result = parse_text(json.dumps({"event": document["events"][3]}), source_name="event.json")
    assert (result.format, [(e.at, e.text) for e in result.events]) == (
        "datadog",
        [(utc(23, 38, 12), "Deployed checkout config v2041")],
    )


def test_a_thousand_v1_events_say_the_answer_may_hold_more() -> None:
    event = {"date_happened": 1774222860, "title": "deploy", "alert_type": "info"}
    result = parse_text(json.dumps({"events": [event] * 1000, "status": "ok"}), source_name="events.json")
    assert len(result.events) == 1000
    assert "1000 events" in result.warnings[0].reason


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        ({"title": "deploy"}, "events.json:3: date_happened: None is not a time in epoch seconds"),
        ({"date_happened": 1774222860, "title": "", "text": " %%% \n %%% "}, "events.json:3: no text for the event"),
    ],
)
def test_a_datadog_event_without_a_time_or_words_names_its_line(event: dict, reason: str) -> None:
    text = json.dumps({"events": [event]}, indent=1)
    result = parse_text(text, "datadog", "events.json")
    assert [str(p) for p in result.problems] == [reason]


def test_a_grafana_region_gives_a_start_and_an_end_event_and_says_so() -> None:
    start, end = 1774222860000, 1774225785000
    annotations = [
        {"id": 1, "time": start, "timeEnd": end, "text": "Checkout degraded", "tags": ["incident"]},
        {"id": 2, "time": start + 60_000, "timeEnd": start + 60_000, "text": "Deployed v2040", "login": "ci"},
    ]
    result = parse_text(json.dumps(annotations), source_name="annotations.json")
    assert [(e.at, e.text) for e in result.events] == [
        (utc(23, 41), "Checkout degraded"),
        (utc(23, 42), "Deployed v2040"),
        (utc(0, 29, 45, day=23), "Checkout degraded (end)"),
    ]
    assert result.notes == ("2 annotations read as 3 events: 1 region gives a start and an end event",)


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ([{"time": 1774222860, "text": "Checkout degraded"}], "time"),
        ({"events": [{"timestamp": 1774222860, "message": "5xx", "logStreamName": "web"}]}, "timestamp"),
    ],
)
def test_seconds_written_where_milliseconds_belong_are_refused_never_read_as_1970(document, field: str) -> None:
    result = parse_text(json.dumps(document), source_name="x.json")
    assert result.events == ()
    assert [p.reason for p in result.problems] == [
        f"{field}: 1774222860 milliseconds since 1970 would be 1970-01-21: too early for an incident; "
        "if the times are in seconds, multiply them by 1000"
    ]


@pytest.mark.parametrize(("time", "day"), [(0, "1970-01-01"), (-60_000, "1969-12-31")])
def test_an_epoch_time_before_1990_is_refused(time: int, day: str) -> None:
    result = parse_text(json.dumps([{"time": time, "text": "Checkout degraded"}]), source_name="x.json")
    assert [p.reason for p in result.problems] == [f"time: {time} would be {day}: too early for an incident"]
