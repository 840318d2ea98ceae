"""Slack: a channel's messages become events, thread replies linked to their parent.

Kept: user and bot messages, thread replies and broadcasts, joins, file shares (the file
names added to the text), app posts whose words are only in `blocks` or `attachments`, and
huddles (`huddle started, 3 joined`). An edited message keeps only its last version; a
deleted one goes; a message with nothing in it at all is skipped and counted. Times come
from `ts` (UTC); the actor is the person's name from users.json or an Enterprise Grid
org_users.json, else the profile in the message, else the bot's name.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from facilitator.importers.json_items import JsonShapeError, located_items
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.importers.slack_blocks import block_text, dicts, huddle_text
from facilitator.importers.slack_markup import plain_text
from facilitator.importers.slack_source import SlackFiles
from facilitator.store.safe_read import parse_json

_TS = re.compile(r"(\d{1,11})(?:\.(\d{1,6})\d*)?")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SKIPPED = {"message_deleted", "message_changed", "tombstone"}
_USER_ID = re.compile(r"[UW][A-Z0-9]{6,}")


def is_slack_message(item: Any) -> bool:
    return isinstance(item, dict) and "ts" in item and (item.get("type") == "message" or "text" in item)


def _listed(texts: tuple[str | None, ...]) -> list[dict[str, Any]]:
    """The objects of every JSON list in `texts`; a text that is not one adds nothing."""
    found: list[dict[str, Any]] = []
    for text in texts:
        try:
            found += dicts(parse_json(text) if text else [])
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def channel_names(*channels_texts: str | None) -> dict[str, str]:
    """Slack channel id -> name, from channels.json (and groups.json, mpims.json)."""
    return {
        channel["id"]: channel["name"]
        for channel in _listed(channels_texts)
        if isinstance(channel.get("id"), str) and isinstance(channel.get("name"), str) and channel["name"]
    }


def user_names(*users_texts: str | None) -> dict[str, str]:
    """Slack user id -> real name (else display name, else handle) from users.json and
    org_users.json (an Enterprise Grid export); a file that is not a user list adds nothing."""
    names: dict[str, str] = {}
    for user in _listed(users_texts):
        name = _person_name(user, user.get("profile"))
        if name and isinstance(user.get("id"), str):
            names.setdefault(user["id"], name)
    return names


def _person_name(*records: Any) -> str:
    """The first real name in `records` (a user and its profile), else display name, else handle."""
    for key in ("real_name", "display_name", "name"):
        for record in records:
            value = record.get(key) if isinstance(record, dict) else None
            if isinstance(value, str) and value.strip():
                return value
    return ""


def _instant(ts: Any) -> datetime:
    """The whole second of `ts`: its fraction only tells messages of the same second apart
    (it still orders them), and dropping it lets the same message pasted elsewhere match."""
    match = _TS.fullmatch(str(ts).strip())
    if match is None:
        raise ValueError(f"ts: {ts!r} is not a Slack timestamp")
    return _EPOCH + timedelta(seconds=int(match[1]))


def _actor(message: dict[str, Any], names: dict[str, str]) -> str:
    room = message.get("room")
    user = room.get("created_by") if message.get("subtype") == "huddle_thread" and isinstance(room, dict) else None
    user = user or message.get("user")
    if isinstance(user, str) and user in names:
        return names[user]
    bot = message.get("bot_profile")
    return (
        _person_name(message.get("user_profile"))
        or (message.get("username") if isinstance(message.get("username"), str) else "")
        or _person_name(bot)
        or (user if isinstance(user, str) else "")
    )


def _text(message: dict[str, Any], names: dict[str, str]) -> str:
    if message.get("subtype") == "huddle_thread":
        return huddle_text(message.get("room"))
    raw = message.get("text")
    text = plain_text(raw, names) if isinstance(raw, str) and raw.strip() else block_text(message, names)
    files = [f.get("name") or f.get("title") for f in dicts(message.get("files"))]
    shared = " ".join(f"[file: {name}]" for name in files if isinstance(name, str) and name)
    return f"{text} {shared}" if text and shared else text or shared


def _current_messages(collector: Collector, days: list[tuple[str, str]]) -> list[tuple[str, int, dict[str, Any]]]:
    """(file, line, message) of every message still there, last versions of edits, in time order."""
    by_ts: dict[str, tuple[str, int, dict[str, Any]]] = {}
    edits: dict[str, tuple[str, int, dict[str, Any]]] = {}
    deleted: set[str] = set()
    for file, text in days:
        try:
            items, document = located_items(text, "messages")
        except JsonShapeError as error:
            collector.problem(None, f"not Slack messages (expected a list of messages): {error}", file=file)
            continue
        _warn_more_pages(collector, document, file)
        for line, message in items:
            if not is_slack_message(message):
                collector.problem(
                    line, "not a Slack message (no `ts`)", json.dumps(message, ensure_ascii=False), file=file
                )
                continue
            subtype, ts = str(message.get("subtype") or ""), str(message["ts"])
            if subtype == "message_deleted":
                deleted.add(str(message.get("deleted_ts")))
            elif subtype == "message_changed" and isinstance(message.get("message"), dict):
                edits[str(message["message"].get("ts"))] = (file, line, message["message"])
            elif subtype not in _SKIPPED and not message.get("hidden"):
                by_ts.setdefault(ts, (file, line, message))
    for ts, (edit_file, edit_line, new) in edits.items():
        file, line, old = by_ts.get(ts, (edit_file, edit_line, {}))
        by_ts[ts] = (file, line, {**old, **new})
    kept = [entry for ts, entry in by_ts.items() if ts not in deleted]
    return sorted(kept, key=lambda entry: _sort_key(entry[2]))


def _warn_more_pages(collector: Collector, document: Any, file: str) -> None:
    """A Web API page (`conversations.history`) that says more messages follow."""
    if isinstance(document, dict) and document.get("has_more") is True:
        metadata = document.get("response_metadata")
        cursor = metadata.get("next_cursor") if isinstance(metadata, dict) else None
        fetch = f"with cursor={cursor} " if isinstance(cursor, str) and cursor else ""
        collector.warn(
            None,
            f"more messages follow (has_more: true); fetch the next page {fetch}and import it with this one",
            file=file,
        )


def _warn_bare_ids(collector: Collector, actors: set[str]) -> None:
    """Actors that stayed Slack user ids because no user list named them."""
    ids = sorted(actor for actor in actors if _USER_ID.fullmatch(actor))
    if ids:
        collector.warn(
            None,
            f"{len(ids)} actor{'s are' if len(ids) > 1 else ' is a'} Slack user id{'s' if len(ids) > 1 else ''} "
            f"({', '.join(ids[:5])}{', ...' if len(ids) > 5 else ''}), not names: put the users.json of the export "
            "(or the users.list answer) beside the file and import again",
        )


def _sort_key(message: dict[str, Any]) -> tuple[int, str]:
    match = _TS.fullmatch(str(message.get("ts", "")).strip())
    return (int(match[1]), (match[2] or "").ljust(6, "0")) if match else (0, "")


def parse_slack(files: SlackFiles, source: str, progress: Progress | None = None) -> ImportResult:
    """The messages of `files` (day files, with the user and channel lists found beside them)."""
    collector = Collector(source, "slack", progress)
    names = user_names(*files.users) | channel_names(*files.channels)
    messages = _current_messages(collector, files.days)
    event_of_ts: dict[str, str] = {}
    for done, (file, line, message) in enumerate(messages, start=1):
        collector.tick(done, len(messages))
        text = _text(message, names)
        if not text.strip():
            collector.skip("Slack messages with nothing in them")
            continue
        try:
            at = _instant(message.get("ts"))
        except ValueError as error:
            collector.problem(line, str(error), text, file=file)
            continue
        thread = str(message.get("thread_ts", ""))
        parent = event_of_ts.get(thread) if thread and thread != str(message["ts"]) else None
        event = collector.event(at, text, line, actor=_actor(message, names), file=file, parent_id=parent)
        if event is not None:
            event_of_ts[str(message["ts"])] = event.id
    _warn_bare_ids(collector, {event.actor for event in collector.events})
    return collector.result()
