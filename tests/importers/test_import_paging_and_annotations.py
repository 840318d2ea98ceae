"""PagerDuty log entries and Grafana annotations."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind
from tests.importers.importer_support import INCIDENTS


def utc(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 22, hour, minute, tzinfo=UTC)


def entry(kind: str, at: str, summary: str, **extra: object) -> dict[str, object]:
    return {
        "type": f"{kind}_log_entry",
        "created_at": at,
        "summary": summary,
        "agent": {"type": "user_reference", "summary": "Ana Ops"},
        **extra,
    }


PAGERDUTY = {
    "log_entries": [  # newest first, as the API returns them
        entry("resolve", "2026-03-22T15:10:00Z", "Resolved by Ana Ops"),
        entry(
            "annotate",
            "2026-03-22T10:05:00-05:00",
            "Note added",
            channel={"type": "note", "summary": "Rolled back v42"},
        ),
        entry("notify", "2026-03-22T14:26:00Z", "Notified Ana Ops by SMS"),
        entry("escalate", "2026-03-22T14:25:30Z", "Escalated to level 2"),
        entry("assign", "2026-03-22T14:25:00Z", "Assigned to Ana Ops"),
        entry("acknowledge", "2026-03-22T16:24:00+02:00", "Acknowledged by Ana Ops"),
        entry(
            "trigger",
            "2026-03-22T14:23:00Z",
            "Triggered through the API",
            agent={"type": "service_reference", "summary": "checkout"},
            event_details={"description": "Checkout error rate above 5%"},
        ),
    ],
    "more": False,
}


def test_pagerduty_entries_become_events_in_time_order() -> None:
    result = parse_text(json.dumps(PAGERDUTY), source_name="pd.json")
    assert result.format == "pagerduty" and result.problems == ()
    assert [(e.at, e.kind, e.text) for e in result.events] == [
        (utc(14, 23), EventKind.ALERT, "Checkout error rate above 5%"),
        (utc(14, 24), EventKind.ACTION, "Acknowledged by Ana Ops"),
        (utc(14, 25), EventKind.COMMUNICATION, "Assigned to Ana Ops"),
        (datetime(2026, 3, 22, 14, 25, 30, tzinfo=UTC), EventKind.COMMUNICATION, "Escalated to level 2"),
        (utc(14, 26), EventKind.COMMUNICATION, "Notified Ana Ops by SMS"),
        (utc(15, 5), EventKind.ACTION, "Rolled back v42"),
        (utc(15, 10), EventKind.RESOLUTION, "Resolved by Ana Ops"),
    ]
    assert result.events[0].actor == "checkout"
    assert result.incident_times == {
        "detected_at": utc(14, 23),
        "acknowledged_at": utc(14, 24),
        "resolved_at": utc(15, 10),
    }


def test_a_bare_list_of_log_entries_is_read_too() -> None:
    result = parse_text(json.dumps(PAGERDUTY["log_entries"]), source_name="pd.json")
    assert (result.format, len(result.events)) == ("pagerduty", 7)


def test_a_pagerduty_entry_with_a_bad_time_names_its_line() -> None:
    broken = {
        "log_entries": [entry("trigger", "yesterday", "Triggered"), entry("resolve", "2026-03-22T15:10", "Resolved")]
    }
    result = parse_text(json.dumps(broken, indent=2), source_name="pd.json")
    assert [str(p) for p in result.problems] == [
        "pd.json:3: created_at: 'yesterday' is not an ISO 8601 time",
        "pd.json:12: created_at: '2026-03-22T15:10' has no UTC offset",
    ]


def test_the_fixture_log_gives_the_incident_times() -> None:
    result = parse_file(INCIDENTS / "cloudflare-2019-07-02" / "pagerduty_log_entries.json")
    assert result.incident_times == {
        "detected_at": datetime(2019, 7, 2, 13, 45, tzinfo=UTC),
        "resolved_at": datetime(2019, 7, 2, 14, 52, tzinfo=UTC),
    }


MS_14_23 = 1774189380000

GRAFANA = [
    {"id": 1, "time": MS_14_23, "timeEnd": MS_14_23, "text": "Deployed <b>v42</b>", "tags": ["deploy"], "login": "ci"},
    {"id": 2, "time": MS_14_23 + 120_000, "timeEnd": MS_14_23 + 600_000, "text": "Maintenance window", "tags": []},
    {
        "id": 3,
        "time": MS_14_23 + 60_000,
        "timeEnd": MS_14_23 + 60_000,
        "text": "",
        "alertName": "High errors",
        "prevState": "Normal",
        "newState": "Alerting",
    },
]


def test_grafana_points_and_regions() -> None:
    result = parse_text(json.dumps(GRAFANA), source_name="annotations.json")
    assert result.format == "grafana" and result.problems == ()
    assert [(e.at, e.text, e.actor) for e in result.events] == [
        (utc(14, 23), "Deployed <b>v42</b>", "ci"),
        (utc(14, 24), "High errors: Normal -> Alerting", "Grafana"),
        (utc(14, 25), "Maintenance window", "Grafana"),
        (utc(14, 33), "Maintenance window (end)", "Grafana"),
    ]
    assert result.events[0].kind is EventKind.ACTION
    assert result.events[1].kind is EventKind.ALERT


def test_a_grafana_annotation_with_a_bad_time_names_its_line() -> None:
    text = json.dumps([GRAFANA[0], {"time": "noon", "text": "x"}], indent=1)
    result = parse_text(text, source_name="a.json")
    assert [str(p) for p in result.problems] == ["a.json:12: time: 'noon' is not a time in epoch milliseconds"]
