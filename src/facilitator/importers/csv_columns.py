"""Which columns of a sheet hold what: names matched loosely (time, Created, Created (UTC), who,
Agent, type, Summary, ...), a zone written in the time column's header, and, when a sheet has
both a summary and a column of verbs (`triggered`, `acknowledged`), the summary as the text
and the verbs as the kinds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.importers.kinds import GUESSED_KINDS, kind_from_name
from facilitator.model.timeparse import TimeParseError, zone_from_token

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "timestamp": (
        "timestamp",
        "time",
        "time_utc",
        "timestamp_utc",
        "datetime",
        "date_time",
        "date/time",
        "date_and_time",
        "when",
        "at",
        "ts",
        "occurred_at",
        "occurred",
        "created_at",
        "created",
        "created_on",
        "event_time",
        "logged_at",
        "reported_at",
        "posted_at",
        "sent_at",
        "start",
        "start_time",
        "started_at",
    ),
    "date": ("date", "day", "date_utc"),
    "actor": (
        "actor",
        "who",
        "speaker",
        "sender",
        "name",
        "owner",
        "user",
        "author",
        "agent",
        "reporter",
        "person",
        "role",
        "by",
        "from",
        "team",
        "source",
    ),
    "kind": ("kind", "type", "category", "event_type", "kind_of_event", "log_type"),
    "text": (
        "text",
        "description",
        "event",
        "message",
        "summary",
        "details",
        "detail",
        "what",
        "what_happened",
        "note",
        "notes",
        "title",
        "entry",
        "content",
        "body",
    ),
}
TRANSLATED = {
    # German
    "zeit": "time",
    "zeitpunkt": "time",
    "uhrzeit": "time",
    "zeitstempel": "timestamp",
    "datum": "date",
    "beschreibung": "description",
    "ereignis": "event",
    "nachricht": "message",
    "wer": "who",
    "verantwortlich": "owner",
    "typ": "type",
    "art": "kind",
    # French
    "heure": "time",
    "horodatage": "timestamp",
    "événement": "event",
    "evenement": "event",
    "qui": "who",
    "responsable": "owner",
    "auteur": "author",
    # Spanish and Portuguese
    "hora": "time",
    "fecha": "date",
    "descripción": "description",
    "descrição": "description",
    "evento": "event",
    "mensaje": "message",
    "mensagem": "message",
    "quién": "who",
    "quien": "who",
    "quem": "who",
    "responsável": "owner",
    "autor": "author",
    "tipo": "type",
    # Dutch
    "tijd": "time",
    "tijdstip": "time",
    "beschrijving": "description",
    "omschrijving": "description",
    "gebeurtenis": "event",
    "wie": "who",
}
"""Column names of sheets kept in German, French, Spanish, Portuguese or Dutch, in English."""
FIELD_NAMES = {"timestamp": "time", "date": "date", "text": "text", "kind": "kind", "actor": "actor"}
_ZONE_IN_HEADER = re.compile(r"\s*\(([^()]+)\)\s*$|\s+in\s+(\S+)\s*$", re.IGNORECASE)
VERBS_SHARE = 0.8
"""A text column this much made of kind names (`triggered`, `resolved`) is a column of verbs."""


def _normal(name: str) -> str:
    return "_".join(name.strip().strip('"').lower().split())


_KNOWN = {alias for aliases in COLUMN_NAMES.values() for alias in aliases}


def _in_english(name: str) -> str:
    """A column name as the aliases know it: itself, its English (`zeitpunkt`: `time`), or the
    head word of a longer name, as English compounds have it: the last word (`event_details`:
    `details`, `event_type`: `type`), or the first before "of" (`time_of_event`: `time`)."""
    if name in _KNOWN:
        return name
    if name in TRANSLATED:
        return TRANSLATED[name]
    words = name.split("_")
    head = words[: words.index("of")][-1:] if "of" in words[1:] else words[-1:]
    word = TRANSLATED.get(head[0], head[0]) if len(words) > 1 and head else name
    return word if word in _KNOWN else name


def _without_zone(cell: str) -> tuple[str, str | None]:
    """`Created (UTC)` as (`created`, `UTC`); a parenthesis that is not a zone stays in the name."""
    match = _ZONE_IN_HEADER.search(cell)
    if match is not None:
        zone = match[1] or match[2]
        try:
            zone_from_token(zone.strip())
        except TimeParseError:
            return _normal(cell), None
        return _normal(cell[: match.start()]), zone.strip()
    return _normal(cell), None


def map_header(cells: list[str]) -> dict[str, int]:
    """Which column holds each field (`timestamp`, `date`, `actor`, `kind`, `text`), by name alone."""
    return choose_columns(cells, []).index


@dataclass(frozen=True)
class Columns:
    """The sheet's columns: which holds each field, the zone its time column names, and whether
    the kind column is a column of verbs taken from the text candidates."""

    index: dict[str, int]
    zone: str | None = None
    verbs: bool = False

    def used(self, header: Sequence[str]) -> str:
        """`columns used: time 'Created (UTC)', text 'Summary', kind 'Event', actor 'Agent'`."""
        named = [
            f"{FIELD_NAMES[field]} {header[self.index[field]].strip()!r}"
            for field in ("timestamp", "date", "text", "kind", "actor")
            if field in self.index
        ]
        return "columns used: " + ", ".join(named)


def _mostly_verbs(rows: Sequence[Sequence[str]], column: int) -> bool:
    """Whether at least `VERBS_SHARE` of the column's filled cells name a kind. A column of sentences
    is told after a fifth of its rows: once that many are no verb, the rest cannot make the share."""
    values = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    if not values:
        return False
    verbs = others = 0
    for value in values:
        if kind_from_name(value) or value.lower() in GUESSED_KINDS:
            verbs += 1
        else:
            others += 1
            if (len(values) - others) / len(values) < VERBS_SHARE:
                return False  # even if every cell left were a verb
    return verbs / len(values) >= VERBS_SHARE


def choose_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Columns:
    """The columns of a sheet with this `header`; `rows` (the data, maybe none) tell a summary
    from a column of verbs."""
    names: list[str] = []
    zones: list[str | None] = []
    for cell in header:
        name, zone = _without_zone(cell)
        names.append(_in_english(name))
        zones.append(zone)
    index: dict[str, int] = {}
    for field, aliases in COLUMN_NAMES.items():
        found = next((names.index(alias) for alias in aliases if alias in names), None)
        if found is not None and found not in index.values():
            index[field] = found
    if "timestamp" not in index and "date" in index:
        index["timestamp"] = index.pop("date")
    verbs = False
    candidates = [names.index(a) for a in COLUMN_NAMES["text"] if a in names and names.index(a) not in index.values()]
    if "text" in index and rows and _mostly_verbs(rows, index["text"]):
        wordy = next((c for c in candidates if not _mostly_verbs(rows, c)), None)
        if wordy is not None:
            if "kind" not in index:
                index["kind"], verbs = index["text"], True
            index["text"] = wordy
    zone = zones[index["timestamp"]] if "timestamp" in index else None
    return Columns(index, zone, verbs)
