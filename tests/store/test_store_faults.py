"""Saving when the disk is full or the folder refuses writes, and the atomic write itself."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from facilitator.model.session import SCHEMA_VERSION
from facilitator.review import Review
from facilitator.store.session_file import load_session, open_session
from facilitator.store.storage import backup_path, create_exclusive, write_atomic
from tests.store.store_samples import at, new_file, saved_twice


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def raising(error: OSError):
    def fail(*args, **kwargs):
        raise error

    return fail


FAULTS = {
    "disk full while writing": ("os.fsync", OSError(errno.ENOSPC, "No space left on device"), OSError),
    "folder not writable": ("tempfile.mkstemp", PermissionError(errno.EACCES, "Permission denied"), PermissionError),
    "rename refused": ("os.replace", PermissionError(errno.EPERM, "Operation not permitted"), PermissionError),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_a_failed_save_is_reported_keeps_the_last_good_file_and_can_be_retried(
    tmp_path: Path, monkeypatch, fault: str
) -> None:
    target, error, kind = FAULTS[fault]
    path = saved_twice(tmp_path)
    good, good_backup = path.read_bytes(), backup_path(path).read_bytes()
    file = open_session(path)
    review = Review(file.session, file)
    review.add_event(at(900), "Traffic back to normal")

    module, name = target.split(".")
    monkeypatch.setattr(f"facilitator.store.storage.{module}.{name}", raising(error))
    with pytest.raises(kind) as failure:
        review.save_now(at(901))
    message = str(failure.value)
    assert f"{path}: not saved: " in message and "The last saved version is unchanged." in message
    assert "Errno" not in message
    assert failure.value.errno == error.errno
    assert path.read_bytes() == good and backup_path(path).read_bytes() == good_backup
    assert leftovers(tmp_path) == []
    assert review.dirty

    monkeypatch.undo()
    assert review.save_now(at(902))
    assert load_session(path).timeline[-1].text == "Traffic back to normal"
    assert backup_path(path).read_bytes() == good
    review.close()


def test_a_real_read_only_folder_refuses_the_save_with_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod does not stop root from writing")
    path = saved_twice(tmp_path)
    file = open_session(path)
    review = Review(file.session, file)
    review.add_event(at(900), "Traffic back to normal")
    good = path.read_bytes()
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(PermissionError, match="not saved"):
            review.save_now(at(901))
        assert path.read_bytes() == good and leftovers(tmp_path) == []
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert review.save_now(at(902))
    review.close()


def test_opening_in_a_folder_where_no_lock_can_be_made_is_read_only_with_the_reason(
    tmp_path: Path, monkeypatch
) -> None:
    path = new_file(tmp_path)
    real_open = os.open

    def no_lock_files(name, flags, *args):
        if str(name).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, flags, *args)

    monkeypatch.setattr("facilitator.store.lock.os.open", no_lock_files)
    file = open_session(path)
    assert file.read_only
    assert file.read_only_reason == (
        f"{path.name} cannot be locked for writing (Permission denied); this window is read-only"
    )


def test_the_atomic_write_never_leaves_a_partial_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"old": true}\n', encoding="utf-8")
    monkeypatch.setattr("facilitator.store.storage.os.replace", raising(OSError(errno.EIO, "I/O error")))
    with pytest.raises(OSError, match="not saved"):
        write_atomic(path, '{"new": true}\n' * 10_000)
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert leftovers(tmp_path) == []


def test_the_backup_holds_the_previous_good_version_after_each_save(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_atomic(path, "one\n")
    assert not backup_path(path).exists()
    write_atomic(path, "two\n")
    assert (path.read_text(), backup_path(path).read_text()) == ("two\n", "one\n")
    write_atomic(path, "three\n")
    assert (path.read_text(), backup_path(path).read_text()) == ("three\n", "two\n")
    assert leftovers(tmp_path) == []


def test_without_hard_links_the_backup_is_a_copy(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.json"
    write_atomic(path, "one\n")
    monkeypatch.setattr("facilitator.store.storage.os.link", raising(OSError(errno.EPERM, "no links here")))
    write_atomic(path, "two\n")
    assert backup_path(path).read_text() == "one\n"
    create_exclusive(tmp_path / "new.json", "fresh\n")
    assert (tmp_path / "new.json").read_text() == "fresh\n"


def test_a_save_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_atomic(path, "one\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o600)
    write_atomic(path, "two\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_creating_a_session_file_never_overwrites_one(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create_exclusive(path, "theirs\n")
    assert path.read_text() == "mine\n" and leftovers(tmp_path) == []


def test_temporary_files_of_a_killed_writer_are_cleared_by_the_next_opener(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    for name in (f".{path.name}.abc123.tmp", f".{path.name}.bak.tmp"):
        (tmp_path / name).write_text('{"half": ', encoding="utf-8")
    (tmp_path / ".other.json.x.tmp").write_text("not ours", encoding="utf-8")
    open_session(path).close()
    assert leftovers(tmp_path) == [".other.json.x.tmp"]


def test_saved_files_are_sorted_indented_json(tmp_path: Path) -> None:
    path = saved_twice(tmp_path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert list(data) == ["actions", "findings", "meta", "parking", "participants", "prep", "session", "timeline"]
    assert data["meta"]["1"] == {"schema_version": SCHEMA_VERSION}
    assert text == json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
