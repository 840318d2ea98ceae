"""Alerts and logs: Alertmanager webhook payloads, `kubectl get events -o json`, CloudWatch
`filter-log-events` JSON and logfmt; a relative age (`34m`) is never read as a time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.importers import parse_file, parse_text
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"


def utc(hour: int, minute: int, second: int = 0, day: int = 22, micro: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, micro, tzinfo=UTC)


def read(name: str, fmt: str):
    result = parse_file(FORMATS / name)
    assert result.format == fmt
    assert [str(p) for p in result.problems] == []
    return result


FIRING = "HighErrorRate firing: 5xx rate above 5% on checkout (severity=critical, service=checkout, job=checkout, "
FIRING += "instance=checkout-7d9f:9090)"


def test_an_alertmanager_webhook_gives_each_alert_firing() -> None:
    result = read("alertmanager_webhook.json", "alertmanager")
    assert [(e.at, e.actor, e.text, e.kind) for e in result.events] == [
        (utc(23, 39, 30, micro=123000), "Alertmanager", FIRING, EventKind.ALERT),
        (
            utc(23, 41),
            "Alertmanager",
            "CheckoutLatencyHigh firing: p99 latency above 2s on checkout (severity=warning, service=checkout)",
            EventKind.ALERT,
        ),
    ]


def test_a_list_of_webhook_payloads_keeps_an_alert_once_and_adds_its_resolution() -> None:
    result = read("alertmanager_webhooks.json", "alertmanager")
    assert [(e.at, e.kind) for e in result.events] == [
        (utc(23, 39, 30, micro=123000), EventKind.ALERT),
        (utc(0, 29, 30, day=23, micro=123000), EventKind.RESOLUTION),
    ]
    assert result.events[1].text.startswith("HighErrorRate resolved")
    assert result.notes == ("1 alert read as 2 events: 1 resolved alert gives a resolution too",)


def test_kubectl_events_json_reads_objects_reasons_and_repeats() -> None:
    result = read("kubectl_events.json", "kubernetes")
    assert [(e.at, e.actor, e.kind) for e in result.events] == [
        (utc(23, 30, 5), "kubelet", EventKind.OBSERVATION),
        (utc(23, 38, 40), "kubelet", EventKind.ALERT),
        (utc(23, 40, 12), "kubelet", EventKind.ALERT),
        (utc(23, 50, 30), "deployment-controller", EventKind.ACTION),
    ]
    assert result.events[1].text == (
        "Pod/checkout-7d9f-abcde: Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503 "
        "(22 times until 23:49:10 UTC)"
    )


def test_the_kubectl_events_table_of_ages_is_refused_with_what_to_export(cli) -> None:
    path = FORMATS / "kubectl_events_table.txt"
    result = parse_file(path)
    assert [str(p) for p in result.problems] == [
        f"{path}: the table `kubectl get events` prints: its LAST SEEN ages (34m) are not times; export the "
        "events with `kubectl get events -o json` and import that file"
    ]
    slug = cli.new()
    assert cli("import", slug, str(path), "--lenient", "--date", "2026-03-22") == 2
    assert cli.session(slug).timeline == ()


def test_cloudwatch_log_events_are_read_by_stream_and_more_pages_warned() -> None:
    result = read("cloudwatch_filter_log_events.json", "cloudwatch")
    assert [(e.at, e.actor) for e in result.events] == [
        (utc(23, 39, 30), "checkout/checkout/7d9f0a1b2c3d"),
        (utc(23, 40, 30, micro=500000), "checkout/checkout/7d9f0a1b2c3d"),
        (utc(23, 50), "deploy/config-service"),
    ]
    assert result.events[0].text == 'level=error msg="upstream connect error" upstream=payments status=503'
    assert result.events[1].kind is EventKind.ALERT
    (warning,) = result.warnings
    assert "nextToken" in str(warning)


def test_logfmt_lines_give_time_message_and_service() -> None:
    result = read("logfmt_service.log", "logfmt")
    assert [(e.at, e.actor, e.text) for e in result.events] == [
        (utc(23, 39, 58, micro=412000), "config", "config push applied"),
        (utc(23, 40, 30, micro=1000), "checkout", "upstream connect error"),
        (utc(23, 41, 2, micro=250000), "checkout", "5xx rate above 5% on checkout"),
        (utc(23, 50), "config", "rolling back config push"),
        (utc(0, 29, 45, day=23), "checkout", "error rate back to normal"),
    ]


def test_a_relative_age_in_the_time_key_is_a_problem_not_a_time() -> None:
    result = parse_text('time=34m level=error msg="checkout down"\n', "logfmt", "ages.log")
    assert [str(p) for p in result.problems] == ["ages.log:1: time: '34m' is an age (how long ago), not a time"]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["s", "m", "h", "d", "ms", "1h30m"]))
def test_no_relative_age_is_ever_read_as_a_time(amount: int, unit: str) -> None:
    age = f"{amount}{unit}"
    for text, fmt in ((f"ts={age} msg=down\n", "logfmt"), (f"{age} - checkout down\n", "text")):
        result = parse_text(text, fmt, "ages.log")
        assert result.events == (), (fmt, age)
