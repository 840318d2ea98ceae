"""Broken session files: an error naming the file and the problem, the backup offered, nothing written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from facilitator.store.lock import lock_path
from facilitator.store.session_file import SessionFileError, load_session, open_session
from facilitator.store.storage import backup_path
from tests.store.store_samples import saved_twice


def truncated(text: str) -> bytes:
    return text[: len(text) // 2].encode("utf-8")


def wrong_types(text: str) -> bytes:
    data = json.loads(text)
    data["session"]["1"]["title"] = 42
    data["actions"]["a1"] = {"id": "a1", "title": "Add a canary stage", "priority": "urgent"}
    return json.dumps(data).encode("utf-8")


def many_wrong(text: str) -> bytes:
    data = json.loads(text)
    data["timeline"] = {f"e{n:03d}": {"id": f"e{n:03d}", "at": "soon", "text": n} for n in range(200)}
    return json.dumps(data).encode("utf-8")


def table_not_an_object(text: str) -> bytes:
    data = json.loads(text)
    data["findings"] = ["Deploys skip the canary stage"]
    return json.dumps(data).encode("utf-8")


BROKEN = {
    "truncated JSON": (truncated, r"not valid JSON at line \d+, column \d+: "),
    "wrong types": (wrong_types, r"title: Input should be a valid string; actions\.a1\.priority: Input should be 'P0'"),
    "hundreds of problems": (many_wrong, r"^timeline\.e000\.at: .*; and \d+ more problems"),
    "table not an object": (table_not_an_object, "the `findings` table is not an object"),
    "no session table": (lambda t: b'{"meta": {"1": {"schema_version": 1}}}', "not a facilitator session file"),
    "empty session table": (lambda t: b'{"session": {}}', "not a facilitator session file"),
    "a JSON list": (lambda t: b"[1, 2, 3]", "not a facilitator session file"),
    "session not an object": (lambda t: b'{"session": {"1": [1]}}', "the session document is not an object"),
    "not UTF-8": (lambda t: t.encode("utf-16"), "not UTF-8 text"),
    "empty file": (lambda t: b"", "the file is empty"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_broken_file_names_file_and_problem_offers_the_backup_and_is_not_touched(tmp_path: Path, case: str) -> None:
    breaker, problem = BROKEN[case]
    path = saved_twice(tmp_path)
    broken = breaker(path.read_text(encoding="utf-8"))
    path.write_bytes(broken)
    backup = backup_path(path).read_bytes()
    for opener in (load_session, open_session):
        with pytest.raises(SessionFileError) as failure:
            opener(path)
        error = failure.value
        assert error.path == path and error.backup == backup_path(path)
        assert str(error).startswith(f"{path}: ")
        assert str(error).endswith(f"(a backup is at {backup_path(path)})")
        assert re.search(problem, error.problem), error.problem
    assert path.read_bytes() == broken and backup_path(path).read_bytes() == backup
    assert not lock_path(path).exists()


def test_the_backup_of_a_broken_file_loads(tmp_path: Path) -> None:
    path = saved_twice(tmp_path)
    path.write_bytes(b'{"session": ')
    with pytest.raises(SessionFileError) as failure:
        load_session(path)
    assert failure.value.backup is not None
    assert load_session(failure.value.backup).title == "Checkout outage"


def test_without_a_backup_none_is_offered(tmp_path: Path) -> None:
    path = tmp_path / "hand-made.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(SessionFileError) as failure:
        load_session(path)
    assert failure.value.backup is None
    assert str(failure.value) == (
        f"{path}: not valid JSON at line 1, column 3: Expecting property name enclosed in double quotes"
    )


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "gone.json"
    for opener in (load_session, open_session):
        with pytest.raises(SessionFileError, match="no such session file"):
            opener(missing)
    assert list(tmp_path.iterdir()) == []


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = saved_twice(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_session(path).title == "Checkout outage"
