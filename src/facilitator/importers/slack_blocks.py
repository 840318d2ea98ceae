"""The words of a Slack message whose `text` is empty: Block Kit blocks, attachments, huddles.

Apps (Grafana, PagerDuty, Opsgenie) often post with `"text": ""` and put everything in
`blocks` (rich_text, section, header, context) or legacy `attachments` (pretext, title,
text, fields, else fallback). A huddle (`subtype: huddle_thread`) carries a `room`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator.importers.slack_markup import plain_text


def dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of `value` when it is a list; nothing otherwise."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _text_object(value: Any, names: Mapping[str, str]) -> str:
    """A Block Kit text object (`plain_text` or `mrkdwn`)."""
    return plain_text(_string(value.get("text")), names) if isinstance(value, dict) else ""


def _rich_element(element: dict[str, Any], names: Mapping[str, str]) -> str:
    kind = element.get("type")
    if kind == "text":
        return _string(element.get("text"))
    if kind == "link":
        return _string(element.get("text")) or _string(element.get("url"))
    if kind == "user":
        user = _string(element.get("user_id"))
        return "@" + names.get(user, user)
    if kind == "usergroup":
        return "@" + _string(element.get("usergroup_id"))
    if kind == "channel":
        return "#" + _string(element.get("channel_id"))
    if kind == "broadcast":
        return "@" + _string(element.get("range"))
    if kind == "emoji":
        return f":{_string(element.get('name'))}:"
    if kind == "date":
        return _string(element.get("fallback"))
    return ""


def _rich_part(part: dict[str, Any], names: Mapping[str, str]) -> str:
    """One rich_text section, list, quote or preformatted block."""
    if part.get("type") == "rich_text_list":
        items = (_rich_part(item, names) for item in dicts(part.get("elements")))
        return "\n".join(f"- {item}" for item in items if item)
    return "".join(_rich_element(element, names) for element in dicts(part.get("elements")))


def _block(block: dict[str, Any], names: Mapping[str, str]) -> str:
    kind = block.get("type")
    if kind == "rich_text":
        return "\n".join(p for p in (_rich_part(part, names) for part in dicts(block.get("elements"))) if p)
    if kind in ("section", "header"):
        fields = [_text_object(field, names) for field in dicts(block.get("fields"))]
        return "\n".join(p for p in (_text_object(block.get("text"), names), *fields) if p)
    if kind == "context":
        return " ".join(p for p in (_text_object(element, names) for element in dicts(block.get("elements"))) if p)
    return ""


def _attachment(attachment: dict[str, Any], names: Mapping[str, str]) -> str:
    """Pretext, title, text and fields; else the fallback; else the attachment's own blocks."""
    parts = [plain_text(_string(attachment.get(key)), names) for key in ("pretext", "title", "text")]
    for field in dicts(attachment.get("fields")):
        title, value = _string(field.get("title")), plain_text(_string(field.get("value")), names)
        parts.append(f"{title}: {value}" if title and value else title or value)
    text = "\n".join(p for p in parts if p.strip())
    if not text:
        text = plain_text(_string(attachment.get("fallback")), names).strip()
    if not text:
        text = "\n".join(p for p in (_block(block, names) for block in dicts(attachment.get("blocks"))) if p.strip())
    return text


def huddle_text(room: Any) -> str:
    """`huddle started, 3 joined` from a huddle's `room`."""
    room = room if isinstance(room, dict) else {}
    joined = {u for key in ("participant_history", "participants") for u in room.get(key) or [] if isinstance(u, str)}
    return f"huddle started, {len(joined)} joined" if joined else "huddle started"


def block_text(message: dict[str, Any], names: Mapping[str, str]) -> str:
    """The text of `blocks`, else of `attachments`: what an app post shows in the channel."""
    from_blocks = [_block(block, names) for block in dicts(message.get("blocks"))]
    text = "\n".join(p for p in from_blocks if p.strip())
    if text.strip():
        return text
    return "\n".join(p for p in (_attachment(a, names) for a in dicts(message.get("attachments"))) if p)
