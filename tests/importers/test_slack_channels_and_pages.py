"""Slack: every channel named is read (each event keeps the channel it came from, a channel
link with an empty label names the channel); a Web API page that says more follow is warned,
as is an import whose actors are bare user ids."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from facilitator.importers import parse_file

FORMATS = Path(__file__).resolve().parent / "formats"
TWO = FORMATS / "slack_two_channels"
PAGE = FORMATS / "slack_api_history_page.json"


def utc(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 22, hour, minute, tzinfo=UTC)


def test_two_channels_named_are_both_read_and_keep_where_they_came_from() -> None:
    result = parse_file(TWO, channel=["inc-2041", "#status-updates"])
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor, e.text) for e in result.events] == [
        (utc(23, 41), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 45), "Cy Comms", "Investigating checkout errors; follow along in #inc-2041"),
        (utc(23, 50), "Bo Dev", "rolling back the 23:30 config push"),
    ]
    sources = [Path(e.provenance.source).parent.name if e.provenance else None for e in result.events]
    assert sources == ["inc-2041", "status-updates", "inc-2041"]


def test_channel_twice_on_the_command_line_reads_both(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, str(TWO), "--channel", "inc-2041", "--channel", "status-updates") == 0, cli.err
    assert cli.out.startswith("imported 3 events (0 already there)")


def test_an_unknown_channel_among_several_is_refused_naming_it() -> None:
    result = parse_file(TWO, channel=["inc-2041", "inc-9999"])
    assert [str(p) for p in result.problems] == [
        f"{TWO}: no channel 'inc-9999' in the export (channels: inc-2041, status-updates)"
    ]


def test_a_web_api_page_with_more_after_it_is_warned_with_the_cursor(cli) -> None:
    result = parse_file(PAGE)
    assert result.format == "slack"
    assert [e.text for e in result.events] == [
        "checkout error rate is climbing, paging on-call",
        "rolling back the 23:30 config push",
    ]
    warnings = [str(w) for w in result.warnings]
    assert warnings == [
        f"{PAGE}: more messages follow (has_more: true); fetch the next page with "
        "cursor=bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz and import it with this one",
        f"{PAGE}: 2 actors are Slack user ids (U0AB12345, U0G9QF9C6), not names: put the users.json of "
        "the export (or the users.list answer) beside the file and import again",
    ]
    slug = cli.new()
    assert cli("import", slug, str(PAGE)) == 0
    assert "has_more: true" in cli.err and "Slack user ids" in cli.err


def test_users_json_beside_the_page_names_the_actors(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "history.json")
    (tmp_path / "users.json").write_text(
        '[{"id": "U0AB12345", "real_name": "Ana Ops"}, {"id": "U0G9QF9C6", "real_name": "Bo Dev"}]'
    )
    result = parse_file(tmp_path / "history.json")
    assert [e.actor for e in result.events] == ["Ana Ops", "Bo Dev"]
    assert not any("user ids" in str(w) for w in result.warnings)
