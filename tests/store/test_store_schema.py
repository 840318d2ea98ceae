"""Schema versions: a version-1 file keeps loading; a file from a newer app is refused, untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from facilitator.model.session import SCHEMA_VERSION
from facilitator.store.lock import lock_path
from facilitator.store.migrations import SchemaError, migrate
from facilitator.store.session_file import SessionFileError, load_session, open_session
from tests.store.store_samples import new_file

FIXTURE = Path(__file__).with_name("fixtures") / "schema_v1.json"


def test_the_committed_version_1_file_still_loads() -> None:
    assert json.loads(FIXTURE.read_text(encoding="utf-8"))["meta"]["1"]["schema_version"] == 1
    session = load_session(FIXTURE)
    assert session.title == "Checkout outage"
    assert [e.text for e in session.timeline] == [
        "Deploy 42 rolled out",
        "Error rate alert fires: 5xx > 2% [/bold] <b>",
    ]
    assert session.timeline[0].notes == ("Canary stage was skipped by the pipeline config",)
    assert [p.name for p in session.participants] == ["Ana Lima", "Ben Okafor"]
    assert session.actions[0].owner == "Ben Okafor"
    assert session.actions[0].finding_id == session.findings[0].id
    assert session.parking[0].text == "Should alerts page the database team?"


def test_the_committed_version_1_file_opens_for_editing(tmp_path: Path) -> None:
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    file = open_session(copy)
    assert not file.read_only
    file.close()


def newer(path: Path, where: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if where in ("meta", "both"):
        data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    if where in ("document", "both"):
        data["session"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("where", ["meta", "document", "both"])
def test_a_file_from_a_newer_version_is_refused_and_never_rewritten(tmp_path: Path, where: str) -> None:
    path = new_file(tmp_path)
    newer(path, where)
    before = path.read_bytes()
    for opener in (load_session, open_session):
        with pytest.raises(SessionFileError) as refused:
            opener(path)
        assert str(refused.value).startswith(f"{path}: written by a newer facilitator")
        assert "upgrade facilitator" in str(refused.value)
    assert path.read_bytes() == before
    assert not lock_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("version", [0, -1, "1", None, 1.5, True])
def test_a_schema_version_that_is_no_version_number_is_refused(version) -> None:
    with pytest.raises(SchemaError, match="is not a version number"):
        migrate({"schema_version": version})


def test_migrations_run_one_step_at_a_time(monkeypatch) -> None:
    def rename(data: dict[str, Any]) -> dict[str, Any]:
        data["renamed"] = data.pop("old")
        return data

    steps = {1: rename, 2: lambda data: {**data, "added": True}}
    monkeypatch.setattr("facilitator.store.migrations.MIGRATIONS", steps)
    assert migrate({"schema_version": 1, "old": "x"}, target=3) == {"schema_version": 3, "renamed": "x", "added": True}
    with pytest.raises(SchemaError, match="no migration from schema 3 to 4"):
        migrate({"schema_version": 1, "old": "x"}, target=4)


def test_an_older_file_gains_an_empty_pre_prep_round() -> None:
    session = load_session(FIXTURE)
    assert session.schema_version == SCHEMA_VERSION
    assert (session.prep, session.meeting_at, session.walk_questions) == ((), None, ())


def test_pre_prep_answers_are_a_table_of_their_own_and_load_back(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from facilitator.model.prep import DecisionAnswer, PrepAnswers

    session = load_session(FIXTURE)
    answers = PrepAnswers(
        participant_id=session.participants[1].id,
        received_at=datetime(2026, 3, 23, 9, 0, tzinfo=UTC),
        went_well=("Rollback was one command",),
        decisions=(DecisionAnswer(event_id=session.timeline[0].id, knew="the deploy log"),),
    )
    when = datetime(2026, 3, 24, 15, 0, tzinfo=UTC)
    path = new_file(tmp_path, session.changed(prep=(answers,), meeting_at=when, walk_questions=("Ben: why?",)))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data["prep"]) == [answers.id]
    assert data["session"]["1"]["walk_questions"] == ["Ben: why?"]
    back = load_session(path)
    assert (back.prep, back.meeting_at, back.walk_questions) == ((answers,), when, ("Ben: why?",))
