"""An event's kind: named in a column, or guessed from its words as a default to correct later."""

from __future__ import annotations

import re
from functools import cache

from facilitator.model.enums import EventKind

# Checked in this order: "status page" is a communication before "page" makes it an alert.
_WORD_PATTERNS: tuple[tuple[EventKind, str], ...] = (
    (EventKind.COMMUNICATION, r"\bstatus\s*(?:page|update|post)|\bupdate[sd]?\b|\bannounce"),
    (EventKind.ALERT, r"\b(?:alert\w*|alarm\w*|page[ds]?|paging|pager\w*|triggered|firing)\b"),
    (
        EventKind.ALERT,
        r"\b(?:rate|ratio|latency|errors?|[45]xx|p\d{2,3}|usage|utili[sz]ation|saturation|load|lag|"
        r"queue\s+depth|availability|apdex|slo|burn\s+rate)\s+(?:is\s+|was\s+|went\s+|has\s+)?"
        r"(?:above|over|exceed\w*|below|under|breach\w*|crossed)\b|\bthreshold\s+(?:breach|exceed|cross)\w*",
    ),
    (EventKind.DECISION, r"\b(?:decid\w*|decision\w*|propos\w*)\b"),
    (EventKind.RESOLUTION, r"\b(?:resolved?|resolves|resolution)\b"),
    (
        EventKind.ACTION,
        r"\b(?:deploy\w*|roll(?:ed|s|ing)?[ -]?back\w*|revert\w*|restart\w*|execut\w*"
        r"|disabl\w*|enabl\w*|fail(?:ed|s)?[ -]?over|ran|run(?:s|ning)?)\b",
    ),
)


@cache
def _words() -> tuple[tuple[EventKind, re.Pattern[str]], ...]:
    """The patterns, compiled on first use: opening a session imports this module but guesses no kind."""
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _WORD_PATTERNS)


_NAMES: dict[str, EventKind] = {kind.value: kind for kind in EventKind} | {
    "page": EventKind.ALERT,
    "alarm": EventKind.ALERT,
    "trigger": EventKind.ALERT,
    "comms": EventKind.COMMUNICATION,
    "comm": EventKind.COMMUNICATION,
    "message": EventKind.COMMUNICATION,
    "update": EventKind.COMMUNICATION,
    "status": EventKind.COMMUNICATION,
    "resolve": EventKind.RESOLUTION,
    "resolved": EventKind.RESOLUTION,
    "fix": EventKind.RESOLUTION,
    "obs": EventKind.OBSERVATION,
    "note": EventKind.OBSERVATION,
    "info": EventKind.OBSERVATION,
    "event": EventKind.OBSERVATION,
    "step": EventKind.ACTION,
    "task": EventKind.ACTION,
    # PagerDuty's verbs, as its CSV exports and log entry types write them
    "triggered": EventKind.ALERT,
    "unacknowledged": EventKind.ALERT,
    "acknowledged": EventKind.ACTION,
    "acknowledge": EventKind.ACTION,
    "snoozed": EventKind.ACTION,
    "reassigned": EventKind.COMMUNICATION,
    "assigned": EventKind.COMMUNICATION,
    "escalated": EventKind.COMMUNICATION,
    "notified": EventKind.COMMUNICATION,
    "delegated": EventKind.COMMUNICATION,
    "annotated": EventKind.OBSERVATION,
}

KNOWN_KINDS = ", ".join(kind.value for kind in EventKind)
GUESSED_KINDS = frozenset({"annotated", "annotate", "note added", "commented", "comment"})
"""Kinds a tool writes for free text (a PagerDuty note): the kind is guessed from the words."""


def infer_kind(text: str) -> EventKind:
    """A first guess from the words in `text`; observation when nothing matches."""
    for kind, pattern in _words():
        if pattern.search(text):
            return kind
    return EventKind.OBSERVATION


def kind_from_name(name: str) -> EventKind | None:
    """The kind a column value names (`alert`, `Comms`, `resolved`), or None if unknown."""
    return _NAMES.get(name.strip().lower())
