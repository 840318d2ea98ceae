"""The JSON export is lossless: export, read back, and the session is the same."""

from __future__ import annotations

import json

import pytest

from facilitator.export.json_export import session_from_export, to_json
from tests.export.sessions import checkout_outage, tricky_text


@pytest.mark.parametrize("build", [checkout_outage, tricky_text])
def test_export_then_read_back_gives_an_equal_session(build) -> None:
    session = build()
    assert session_from_export(json.loads(to_json(session))) == session


def test_events_sit_under_timeline_with_utc_instants() -> None:
    data = json.loads(to_json(checkout_outage()))
    assert data["facilitator_export"] == 1
    first = data["timeline"][0]
    assert first["at"] == "2026-03-10T13:58:00Z"
    assert (first["actor"], first["kind"], first["text"]) == (
        "deploy bot",
        "action",
        "Config change rolled out to all regions",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "a facilitator export is a JSON object, not a list"),
        ({"title": "x"}, "not a facilitator export: no 'facilitator_export' key"),
        ({"facilitator_export": 9}, "facilitator_export version 9 is not one this facilitator reads (1)"),
        ({"facilitator_export": True}, "facilitator_export version True is not one"),
    ],
)
def test_what_is_not_an_export_is_refused_with_a_reason(data, message) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        session_from_export(data)


def test_a_broken_field_is_named() -> None:
    data = json.loads(to_json(checkout_outage()))
    data["timeline"][0]["at"] = "14:00"
    with pytest.raises(ValueError, match=r"facilitator export: timeline\.0\.at: "):
        session_from_export(data)


def test_a_newer_schema_is_refused() -> None:
    data = json.loads(to_json(checkout_outage()))
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="newer facilitator"):
        session_from_export(data)
