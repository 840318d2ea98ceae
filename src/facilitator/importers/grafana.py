"""Grafana: the JSON of `GET /api/annotations`. A region (`timeEnd` after `time`) gives two events,
its start and its end (`... (end)`), and the summary says how many regions did."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from facilitator.importers.json_events import epoch_time
from facilitator.importers.json_items import JsonShapeError, located_items
from facilitator.importers.kinds import infer_kind
from facilitator.importers.result import Collector, ImportResult, Progress
from facilitator.model.enums import EventKind

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
END_SUFFIX = " (end)"


def is_annotation(item: Any) -> bool:
    return isinstance(item, dict) and "time" in item and ("text" in item or "tags" in item or "newState" in item)


def _text(item: dict[str, Any]) -> tuple[str, EventKind | None]:
    raw = item.get("text")
    text = raw if isinstance(raw, str) else ""
    if text.strip() or not item.get("newState"):
        return text, None
    name = item.get("alertName") or "alert"
    state = f"{item.get('prevState') or '?'} -> {item['newState']}"
    resolved = str(item["newState"]).lower() in {"ok", "normal"}
    return f"{name}: {state}", EventKind.RESOLUTION if resolved else EventKind.ALERT


def _actor(item: dict[str, Any]) -> str:
    for key in ("login", "email"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
    return "Grafana"


def parse_grafana(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "grafana", progress)
    try:
        items, _ = located_items(text)
    except JsonShapeError as error:
        collector.problem(None, f"not Grafana annotations (expected a list): {error}")
        return collector.result()
    regions = 0
    for done, (line, item) in enumerate(items, start=1):
        collector.tick(done, len(items))
        if not is_annotation(item):
            collector.problem(
                line, "not a Grafana annotation (needs `time` and `text`)", json.dumps(item, ensure_ascii=False)
            )
            continue
        body, kind = _text(item)
        tags = (
            " ".join(t for t in item.get("tags") or [] if isinstance(t, str))
            if isinstance(item.get("tags"), list)
            else ""
        )
        kind = kind or infer_kind(f"{body} {tags}")
        try:
            start = epoch_time(item["time"], "time")
            end = epoch_time(item["timeEnd"], "timeEnd") if item.get("timeEnd") else start
            if end < start:
                raise ValueError(f"timeEnd: {item['timeEnd']!r} is before time {item['time']!r}")
        except ValueError as error:
            collector.problem(line, str(error), body)
            continue
        collector.event(start, body, line, actor=_actor(item), kind=kind)
        if end != start and body.strip():
            collector.event(end, body + END_SUFFIX, line, actor=_actor(item), kind=kind)
            regions += 1
    if regions:
        gives = "1 region gives" if regions == 1 else f"{regions} regions give"
        collector.note(
            f"{len(items)} annotations read as {len(collector.events)} events: {gives} a start and an end event"
        )
    return collector.result()
