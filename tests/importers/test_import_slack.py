"""Slack exports: the workspace ZIP or folder, a channel folder, a day file, a flat message list."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text
from tests.importers.importer_support import INCIDENTS

T0 = 1774189380  # 2026-03-22 14:23:00 UTC

USERS = [
    {"id": "U1", "name": "ana", "real_name": "Ana Ops", "profile": {"real_name": "Ana Ops", "display_name": "ana"}},
    {"id": "U2", "name": "bo", "profile": {"real_name": "", "display_name": "Bo D"}},
]
DAY_ONE = [
    {
        "type": "message",
        "user": "U1",
        "ts": f"{T0}.000100",
        "text": "Paging <@U2>: see <https://dash.test/a|the dashboard>",
    },
    {
        "type": "message",
        "subtype": "bot_message",
        "username": "alertbot",
        "ts": f"{T0 + 60}.000100",
        "text": "error rate &gt; 5% &amp; rising &lt;b&gt; <https://plain.test>",
    },
    {
        "type": "message",
        "user": "U2",
        "ts": f"{T0 + 120}.000100",
        "text": "typo vesion",
        "thread_ts": f"{T0 + 120}.000100",
    },
    {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "ts": f"{T0 + 130}.000100",
        "message": {"type": "message", "user": "U2", "ts": f"{T0 + 120}.000100", "text": "fixed version"},
        "previous_message": {"type": "message", "user": "U2", "ts": f"{T0 + 120}.000100", "text": "typo vesion"},
    },
    {"type": "message", "user": "U1", "ts": f"{T0 + 180}.000100", "text": "oops, wrong channel"},
    {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "ts": f"{T0 + 190}.000100",
        "deleted_ts": f"{T0 + 180}.000100",
    },
    {
        "type": "message",
        "subtype": "channel_join",
        "user": "U2",
        "ts": f"{T0 + 200}.000100",
        "text": "<@U2> has joined the channel",
    },
]
DAY_TWO = [
    {
        "type": "message",
        "user": "U1",
        "ts": f"{T0 + 86400}.000100",
        "text": "reply next day",
        "thread_ts": f"{T0 + 120}.000100",
        "parent_user_id": "U2",
    },
    {
        "type": "message",
        "subtype": "thread_broadcast",
        "user": "U1",
        "ts": f"{T0 + 86460}.000100",
        "text": "broadcast to channel",
        "thread_ts": f"{T0 + 120}.000100",
    },
    {
        "type": "message",
        "subtype": "file_share",
        "user": "U2",
        "ts": f"{T0 + 86520}.000100",
        "text": "the graph",
        "files": [{"name": "latency.png", "title": "Latency"}],
    },
]
EXPECTED_TEXTS = [
    "Paging @Bo D: see the dashboard",
    "error rate > 5% & rising <b> https://plain.test",
    "fixed version",
    "@Bo D has joined the channel",
    "reply next day",
    "broadcast to channel",
    "the graph [file: latency.png]",
]


def write_workspace(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "users.json").write_text(json.dumps(USERS))
    (root / "channels.json").write_text(json.dumps([{"id": "C1", "name": "incident"}, {"id": "C2", "name": "random"}]))
    for channel, days in (
        ("incident", (DAY_ONE, DAY_TWO)),
        ("random", ([{"type": "message", "ts": "1.0", "text": "hi"}],)),
    ):
        (root / channel).mkdir()
        for number, messages in enumerate(days, start=22):
            (root / channel / f"2026-03-{number}.json").write_text(json.dumps(messages, indent=2))
    return root


def zip_of(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path("My Workspace Slack export") / path.relative_to(folder))
    return target


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return write_workspace(tmp_path / "export")


def test_a_workspace_folder_with_a_channel(workspace: Path) -> None:
    result = parse_file(workspace, channel="incident")
    assert result.format == "slack" and result.problems == ()
    assert [e.text for e in result.events] == EXPECTED_TEXTS
    assert [e.actor for e in result.events][:2] == ["Ana Ops", "alertbot"]
    assert result.events[0].at == datetime(2026, 3, 22, 14, 23, tzinfo=UTC)


def test_the_zip_of_an_export(workspace: Path, tmp_path: Path) -> None:
    result = parse_file(zip_of(workspace, tmp_path / "export.zip"), channel="#incident")
    assert [e.text for e in result.events] == EXPECTED_TEXTS


def test_a_channel_folder_and_a_single_day_file(workspace: Path) -> None:
    assert [e.text for e in parse_file(workspace / "incident").events] == EXPECTED_TEXTS
    day = parse_file(workspace / "incident" / "2026-03-23.json")
    assert [e.text for e in day.events] == EXPECTED_TEXTS[4:]
    assert day.events[0].actor == "Ana Ops"


def test_thread_replies_link_to_their_parent(workspace: Path) -> None:
    events = {e.text: e for e in parse_file(workspace, channel="incident").events}
    parent = events["fixed version"]
    assert events["reply next day"].parent_id == parent.id
    assert events["broadcast to channel"].parent_id == parent.id
    assert parent.parent_id is None


def test_a_workspace_with_several_channels_asks_which(workspace: Path) -> None:
    assert [str(p) for p in parse_file(workspace).problems] == [
        f"{workspace}: the export holds 2 channels (incident, random); pick one with --channel NAME"
    ]
    assert [str(p) for p in parse_file(workspace, channel="ops").problems] == [
        f"{workspace}: no channel 'ops' in the export (channels: incident, random)"
    ]


def test_the_fixture_flat_list_uses_the_users_file_beside_it() -> None:
    result = parse_file(INCIDENTS / "cloudflare-2019-07-02" / "slack_export.json")
    assert result.events[0].actor == "Firewall Team Engineer"
    assert result.events[1].actor == "TeamCity"
    replies = [e for e in result.events if e.parent_id]
    assert [e.text[:8] for e in replies] == ["Proposal", "Global W"]


def test_pasted_messages_without_users_fall_back_to_ids() -> None:
    result = parse_text(json.dumps([{"type": "message", "user": "U9", "ts": f"{T0}.1", "text": "hi <@U9>"}]))
    assert (result.format, result.events[0].actor, result.events[0].text) == ("slack", "U9", "hi @U9")


def test_a_message_without_a_usable_ts_is_a_problem_with_its_line() -> None:
    text = f'[\n  {{"type": "message", "ts": "{T0}.1", "text": "ok"}},\n  {{"type": "message", "ts": "soon", "text": "bad"}}\n]'
    result = parse_text(text, "slack", "day.json")
    assert [str(p) for p in result.problems] == ["day.json:3: ts: 'soon' is not a Slack timestamp"]
    assert [u.text for u in result.unplaced] == ["bad"]
