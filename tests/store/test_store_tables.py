"""Schema 2: one TinyDB table per collection, keyed by item id; one edit is one document."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from tinydb import where

from facilitator.model.participant import Participant
from facilitator.model.session import SCHEMA_VERSION, Session
from facilitator.review import Review
from facilitator.store.session_file import load_session, open_session
from facilitator.store.storage import backup_path
from facilitator.store.tables import COLLECTIONS, SessionDB, collection_fields
from tests.store.store_samples import at, filled_session, new_file

FIXTURES = Path(__file__).with_name("fixtures")


def tables(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def changed_documents(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str]]:
    """(table, document key) of every document added, removed or changed."""
    found = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, {}), after.get(name, {})
        found += [(name, key) for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)]
    return found


def edit(path: Path, change, when: float = 900) -> None:
    """Open `path`, apply `change(review)`, save and close."""
    file = open_session(path)
    review = Review(file.session, file)
    change(review)
    review.save_now(at(when))
    review.close()


def test_every_collection_of_items_with_an_id_is_a_table() -> None:
    assert COLLECTIONS == ("participants", "timeline", "findings", "actions", "parking", "prep")

    class Item(BaseModel):
        id: str

    class Later(BaseModel):
        answers: tuple[Item, ...] = ()
        notes: list[Item] = []
        words: tuple[str, ...] = ()
        one: Item | None = None

    assert collection_fields(Later) == ("answers", "notes")


def test_items_are_documents_keyed_by_id_and_the_rest_is_one_session_document(tmp_path: Path) -> None:
    session = filled_session()
    data = tables(new_file(tmp_path, session))
    assert sorted(data) == ["actions", "findings", "meta", "parking", "participants", "prep", "session", "timeline"]
    assert sorted(data["timeline"]) == sorted(e.id for e in session.timeline)
    action = session.actions[0]
    assert data["actions"][action.id]["title"] == "Add a canary stage"
    assert set(COLLECTIONS).isdisjoint(data["session"]["1"])
    assert data["session"]["1"]["title"] == "Checkout outage"
    assert data["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}


def test_a_session_file_opens_with_tinydb_and_answers_queries(tmp_path: Path) -> None:
    session = filled_session()
    db = SessionDB(new_file(tmp_path, session))
    actions = db.table("actions")
    assert actions.get(doc_id=session.actions[0].id)["owner"] == "Ben Okafor"  # type: ignore[call-overload]  # text ids (TextIdTable); TinyDB types them int
    assert [p["name"] for p in db.table("participants").search(where("facilitator") == True)] == ["Ana Lima"]  # noqa: E712
    db.close()


def test_a_change_to_one_action_changes_one_document(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    edit(path, lambda r: r.add_action("Page the database team", date(2026, 4, 2), owner="Ana Lima"))
    before = tables(path)
    first = load_session(path).actions[0]
    edit(path, lambda r: r.edit_action(first.id, owner="Ana Lima"))
    assert changed_documents(before, tables(path)) == [("actions", first.id)]


def test_adding_and_removing_items_leaves_the_other_documents_alone(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    before = tables(path)
    edit(path, lambda r: r.add_event(at(-60), "Config change merged", actor="deploy bot"))
    added = next(e for e in load_session(path).timeline if e.text == "Config change merged")
    assert changed_documents(before, tables(path)) == [("timeline", added.id)]
    before = tables(path)
    edit(path, lambda r: r.delete_event(added.id))
    assert changed_documents(before, tables(path)) == [("timeline", added.id)]


def test_the_order_of_items_survives_saves(tmp_path: Path) -> None:
    session = filled_session()
    people = tuple(Participant(name=name) for name in ("Zoe", "Ana", "Mo", "Bea"))
    path = new_file(tmp_path, session.changed(participants=people))
    assert [p.name for p in load_session(path).participants] == ["Zoe", "Ana", "Mo", "Bea"]
    file = open_session(path)
    moved = (people[3], people[0], Participant(name="Cy"), people[2])
    file.save(file.session.changed(participants=moved), at(60))
    file.close()
    assert [p.name for p in load_session(path).participants] == ["Bea", "Zoe", "Cy", "Mo"]


def test_events_at_the_same_instant_keep_their_order(tmp_path: Path) -> None:
    review = Review(filled_session())
    texts = [f"same instant {n}" for n in range(12)]
    for text in texts:
        review.add_event(at(120), text)
    path = new_file(tmp_path, review.session)
    assert [e.text for e in load_session(path).timeline if e.at == at(120)] == texts


def test_an_unchanged_session_saves_to_the_same_bytes(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    before = path.read_bytes()
    file = open_session(path)
    file.save(file.session, at(3600))
    file.close()
    assert path.read_bytes() == before


def test_saved_at_is_kept_while_the_clock_runs(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    edit(path, lambda r: r.toggle_clock(at(10)), when=20)
    assert tables(path)["meta"]["1"]["saved_at"] == at(20).isoformat()
    file = open_session(path)
    assert file.saved_at == at(20)
    file.close()


def test_a_repeated_item_id_is_kept_not_lost(tmp_path: Path) -> None:
    session = filled_session()
    twice = (*session.participants, session.participants[0].changed(name="Ana's proxy"))
    path = new_file(tmp_path, session.changed(participants=twice))
    assert [p.name for p in load_session(path).participants] == ["Ana Lima", "Ben Okafor", "Ana's proxy"]


def test_the_committed_version_2_file_loads_like_the_version_1_file() -> None:
    assert tables(FIXTURES / "schema_v2.json")["meta"]["1"]["schema_version"] == 2
    assert load_session(FIXTURES / "schema_v2.json") == load_session(FIXTURES / "schema_v1.json")


def test_a_version_1_file_is_rewritten_in_the_current_version_at_the_next_save_keeping_a_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "checkout-outage.json"
    shutil.copyfile(FIXTURES / "schema_v1.json", path)
    old = path.read_bytes()
    file = open_session(path)
    session = file.session
    assert session.schema_version == SCHEMA_VERSION == 6
    file.save(session, at(3600))
    file.close()
    assert backup_path(path).read_bytes() == old
    assert tables(path) == tables(FIXTURES / "schema_v6.json")
    assert load_session(path) == session


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=T", "-c", "user.email=t@example.com", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_two_peoples_edits_to_different_items_merge_cleanly_in_git(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    edit(path, lambda r: r.add_action("Page the database team", date(2026, 4, 2), owner="Ana Lima"))
    first, second = load_session(path).actions
    event = load_session(path).timeline[1]
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", path.name)
    git(tmp_path, "commit", "-qm", "review")
    git(tmp_path, "checkout", "-qb", "ana")
    edit(path, lambda r: r.edit_action(first.id, owner="Ana Lima", title="Add a canary stage to every deploy"))
    git(tmp_path, "commit", "-qam", "ana")
    git(tmp_path, "checkout", "-q", "main")
    edit(path, lambda r: (r.edit_action(second.id, owner="Ben Okafor"), r.add_note(event.id, "Alert was right")))
    git(tmp_path, "commit", "-qam", "ben")
    git(tmp_path, "merge", "-q", "--no-edit", "ana")  # raises on a conflict
    merged = load_session(path)
    assert [(a.title, a.owner) for a in merged.actions] == [
        ("Add a canary stage to every deploy", "Ana Lima"),
        ("Page the database team", "Ben Okafor"),
    ]
    assert merged.event(event.id).notes == ("Alert was right",)


def test_the_session_model_has_no_field_named_like_a_reserved_table() -> None:
    assert {"meta", "session"}.isdisjoint(Session.model_fields)


def test_a_table_another_tool_added_survives_saves(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    data = tables(path)
    data["ticket_links"] = {"1": {"action": "fd0a26e192", "url": "https://tracker.example/OPS-1"}}
    path.write_text(json.dumps(data), encoding="utf-8")
    edit(path, lambda r: r.add_went_well("Quick rollback"))
    edit(path, lambda r: r.add_went_well("Clear status updates"), when=950)
    assert tables(path)["ticket_links"] == data["ticket_links"]
    assert load_session(path).debrief.went_well[-2:] == ("Quick rollback", "Clear status updates")


def test_a_save_dumps_only_the_items_that_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.model.event import TimelineEvent

    path = new_file(tmp_path)
    file = open_session(path)
    file.save(file.session, at(900))  # the first save after opening dumps everything
    review = Review(file.session, file)
    dumped: list[str] = []
    real = TimelineEvent.model_dump

    def counting(self: TimelineEvent, **kwargs):
        dumped.append(self.text)
        return real(self, **kwargs)

    monkeypatch.setattr(TimelineEvent, "model_dump", counting)
    first = review.session.timeline[0]
    review.add_note(first.id, "Seen in the deploy log")
    review.save_now(at(960))
    review.close()
    assert dumped == ["Deploy 42 rolled out"]
    assert load_session(path).event(first.id).notes[-1] == "Seen in the deploy log"
