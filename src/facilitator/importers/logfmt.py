"""logfmt: one `key=value` record a line (`time=2026-03-22T23:41:02Z level=error msg="..."`).

The time is the first of `time`, `ts`, `t`, `timestamp`, `@timestamp`, `date` (ISO 8601, or
seconds or milliseconds since 1970); the text is `msg` (or `message`, `event`), with an
`error` after it; the actor is `service`, `app`, `component`, `logger` or `source`. A
relative age (`34m`) is never read as a time.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from facilitator.importers.head_lines import first_lines
from facilitator.importers.json_events import epoch_time, iso_time
from facilitator.importers.result import Collector, ImportResult, Progress

_PAIR = re.compile(r'([\w.@/-]+)=("(?:[^"\\]|\\.)*"|\S*)')
TIME_KEYS = ("time", "ts", "t", "timestamp", "@timestamp", "date", "datetime")
TEXT_KEYS = ("msg", "message", "event")
ACTOR_KEYS = ("service", "app", "component", "logger", "source", "caller")
_AGE = re.compile(r"\d+(?:\.\d+)?(?:ms|s|m|h|d|w)(?:\d+(?:ms|s|m|h|d))*")


def pairs(line: str) -> dict[str, str]:
    """The `key=value` pairs of a line, quoted values unquoted."""
    found: dict[str, str] = {}
    for key, value in _PAIR.findall(line):
        if value.startswith('"') and value.endswith('"') and len(value) > 1:
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        found.setdefault(key, value)
    return found


def looks_like_logfmt(text: str) -> bool:
    """Most non-empty lines are made of `key=value` pairs, with a time key and a message key."""
    lines = [line for line in first_lines(text, 200) if line.strip()]
    fitting = 0
    for line in lines:
        found = pairs(line)
        covered = sum(len(match[0]) for match in _PAIR.finditer(line))
        keyed = any(k in found for k in TIME_KEYS) and any(k in found for k in TEXT_KEYS)
        if keyed and covered * 10 >= len("".join(line.split())) * 7:
            fitting += 1
    return bool(lines) and fitting * 10 >= len(lines) * 6


def _instant(value: str, key: str) -> datetime:
    if _AGE.fullmatch(value):
        raise ValueError(f"{key}: {value!r} is an age (how long ago), not a time")
    try:
        number = float(value)
    except ValueError:
        return iso_time(value.replace(" ", "T", 1) if "T" not in value else value, key)
    unit = timedelta(seconds=1) if number < 1e11 else timedelta(milliseconds=1)
    return epoch_time(number, key, unit)


def parse_logfmt(text: str, source: str, progress: Progress | None = None) -> ImportResult:
    collector = Collector(source, "logfmt", progress)
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        collector.tick(number, len(lines))
        if not line.strip():
            continue
        found = pairs(line)
        key = next((k for k in TIME_KEYS if k in found), None)
        if key is None:
            collector.problem(number, f"no time (expected one of: {', '.join(TIME_KEYS)})", line)
            continue
        try:
            at = _instant(found[key], key)
        except ValueError as bad_time:
            collector.problem(number, str(bad_time), line)
            continue
        message = next((found[k] for k in TEXT_KEYS if found.get(k)), "")
        failure = found.get("error") or found.get("err")
        text = f"{message} (error: {failure})" if message and failure else message or line
        actor = next((found[k] for k in ACTOR_KEYS if found.get(k)), "")
        collector.event(at, text, number, actor=actor)
    return collector.result()
