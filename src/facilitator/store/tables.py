"""How a session is laid out in the tables of its file (schema 2 and later).

A session file is a TinyDB database: a JSON object of tables, each an object of documents
keyed by document id.

- `meta`, document `1`: `schema_version`, and `saved_at` while the agenda clock runs (what
  reopening needs to count the time the app was closed as paused).
- `session`, document `1`: every field of the session that is not a collection: title,
  incident times, status, layout, agenda clock, debrief, ground rules, unplaced lines.
- One table per collection, named after the field: every `tuple[...]` or `list[...]` field
  of `Session` whose items are models with an `id` (today `participants`, `timeline`,
  `findings`, `actions`, `parking`). A field added to `Session` later gets a table of its
  own with no change here. Each document is one item, keyed by the item's id, with its
  other fields and `_position` (see `store.positions`). The id is not repeated inside
  the document, except for an id that two items share (never made by the app): those get
  the keys `id`, `id~2`, ... and keep `id` in the document.

With keys sorted and indented (`store.json_text.encode`), a change to one action changes
that action's document and nothing else, so two people's edits to different items merge
cleanly in git. TinyDB would write the whole file once per table operation; a session is
saved as one atomic write of all its tables instead.

A version-1 file (one `session` document holding the lists) has no collection tables; its
document is read as it is, and the next save writes the tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin

from pydantic import BaseModel
from tinydb import TinyDB

from facilitator.model.session import Session
from facilitator.store.json_text import EncodedTable, encode_document
from facilitator.store.positions import place
from facilitator.store.storage import AtomicJSONStorage
from facilitator.store.text_ids import TextIdTable

POSITION = "_position"
RESERVED = ("meta", "session")

Positions = dict[str, dict[str, int]]
"""Per collection table: document key -> position, as last read or saved."""


@dataclass
class Written:
    """What the file holds of each collection, as last read or saved: the items' positions,
    and after a save each item and its encoded document, so an item that did not change (the
    same frozen object, in the same place) is not dumped or encoded again at the next save.

    Kept as flat dictionaries of strings and numbers (no object per item), so the collector
    need not walk 20,000 of them after every save."""

    positions: Positions = field(default_factory=dict)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, EncodedTable] = field(default_factory=dict)


class LayoutError(ValueError):
    """A table of a session file that is not shaped like one."""


class SessionDB(TinyDB):
    """A session file opened with TinyDB: `SessionDB(path).table("actions").get(doc_id=...)`."""

    table_class = TextIdTable


def collection_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` that hold a sequence of models with an `id`: one table each."""
    found = []
    for name, info in model.model_fields.items():
        if name in RESERVED or get_origin(info.annotation) not in (tuple, list):
            continue
        items = [arg for arg in get_args(info.annotation) if arg is not Ellipsis]
        item = items[0] if len(items) == 1 else None
        if isinstance(item, type) and issubclass(item, BaseModel) and "id" in item.model_fields:
            found.append(name)
    return tuple(found)


COLLECTIONS = collection_fields(Session)
OWN_TABLES = frozenset((*RESERVED, *COLLECTIONS))
"""The tables a save writes whole; any other table in a file is kept as it was."""


def foreign_tables(tables: Mapping[str, Any]) -> dict[str, Any]:
    """The tables of a file that this app does not write (another tool's, say)."""
    return {name: table for name, table in tables.items() if name not in OWN_TABLES}


class SessionStorage(AtomicJSONStorage):
    """The storage of a session open for editing: it keeps only the foreign tables in
    memory, as every save writes the session's own tables whole (a 20,000-event timeline
    is not held twice, once as the session and once as JSON data)."""

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        super().write(data)
        self._cache = foreign_tables(data)


@dataclass
class ReadTables:
    """A session document assembled from its tables, ready to migrate and validate."""

    document: dict[str, Any]
    written: Written = field(default_factory=Written)
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Per collection: the document keys in the order read, to name an item in an error."""


def _unique_keys(items: tuple[Any, ...]) -> list[str]:
    """The items' ids as document keys; a repeated id (never made by the app) gets `~2`, `~3`."""
    ids = [item.id for item in items]
    if len(set(ids)) == len(ids):
        return ids
    keys: list[str] = []
    taken: set[str] = set()
    for item in items:
        key, n = item.id, 2
        while key in taken:
            key, n = f"{item.id}~{n}", n + 1
        taken.add(key)
        keys.append(key)
    return keys


def session_tables(session: Session, previous: Written) -> tuple[dict[str, dict[str, Any]], Written]:
    """The `session` table and one table per collection, and what they now hold.

    Only items that changed since `previous` are dumped and encoded, one by one: a save in a worker
    thread then lets the UI thread in between items instead of holding it for the whole
    of a long timeline.
    """
    tables: dict[str, dict[str, Any]] = {"session": {"1": session.model_dump(mode="json", exclude=set(COLLECTIONS))}}
    written = Written()
    for name in COLLECTIONS:
        items = getattr(session, name)
        keys = _unique_keys(items)
        placed = place(keys, previous.positions.get(name, {}))
        saved_items, saved_at = previous.items.get(name, {}), previous.positions.get(name, {})
        saved_documents = previous.documents.get(name, EncodedTable())
        table = EncodedTable()
        for key, item in zip(keys, items, strict=True):
            position = placed[key]
            if saved_items.get(key) is item and saved_at.get(key) == position:
                table[key] = saved_documents[key]
                continue
            document = item.model_dump(mode="json")
            if document["id"] == key:
                del document["id"]  # the key says it (kept only for a repeated id)
            document[POSITION] = position
            table[key] = encode_document(document)
        tables[name] = written.documents[name] = table
        written.positions[name], written.items[name] = placed, dict(zip(keys, items, strict=True))
    return tables, written


def _ordered(name: str, table: Any) -> tuple[list[Any], dict[str, int], list[str]]:
    """A collection table's documents in order, their positions taken out and their ids put
    back from the keys (the documents are changed in place); documents without a usable
    position come last, by key."""
    if not isinstance(table, Mapping):
        raise LayoutError(f"the `{name}` table is not an object")
    positions: dict[str, Any] = {}
    for key, document in table.items():
        if type(document) is dict:
            positions[key] = document.pop(POSITION, None)
            document.setdefault("id", key)
    if len(positions) == len(table) and all(type(p) is int for p in positions.values()):  # as saved
        keys = sorted(table)
        keys.sort(key=positions.__getitem__)  # stable: by position, then key; both sorts in C
        return [table[key] for key in keys], positions, keys
    known = {key: p for key, p in positions.items() if type(p) is int}  # not a bool, not a float
    keys = sorted(known, key=lambda k: (known[k], k)) + sorted(k for k in table if k not in known)
    return [table[key] for key in keys], known, keys


def read_tables(tables: Mapping[str, Any], document: dict[str, Any]) -> ReadTables:
    """The session `document` with each collection taken from its table, where there is one.

    `tables` is the caller's own copy, just read from the file: the positions are taken
    out of its documents, which then go into the session document as they are."""
    read = ReadTables(dict(document))
    for name in COLLECTIONS:
        if name in tables:
            items, read.written.positions[name], read.keys[name] = _ordered(name, tables[name])
            read.document[name] = items
    return read
