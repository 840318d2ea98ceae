"""One writer, really, and nothing lost: lock files and links, flock-less disks, odd files, any save failure."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.lock import SessionLock, lock_path
from facilitator.store.session_file import SessionFileError, load_session, open_session, write_new_session
from tests.store.store_samples import LAYOUT, T0, at, new_file, saved_twice


def test_a_lock_file_that_is_a_symlink_is_never_written_through(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    lock_path(path).symlink_to(victim)  # as git checks out a committed `.lock` link
    file = open_session(path)
    try:
        assert file.read_only
        assert "is a symbolic link" in file.read_only_reason
    finally:
        file.close()
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert lock_path(path).is_symlink()


def test_a_session_reached_through_a_symlink_shares_the_real_files_lock_and_keeps_the_link(tmp_path: Path) -> None:
    real = saved_twice(tmp_path)
    link = tmp_path / "alias.json"
    link.symlink_to(real.name)
    holder = open_session(real)
    second = open_session(link)
    try:
        assert not holder.read_only and second.read_only
    finally:
        second.close()
        holder.close()
    via_link = open_session(link)
    review = Review(via_link.session, via_link)
    review.add_event(at(900), "Saved through the link")
    review.save_now(at(901))
    review.close()
    assert link.is_symlink()
    assert load_session(real).timeline[-1].text == "Saved through the link"


def no_flock(monkeypatch) -> None:
    def enolck(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", enolck)


def test_without_flock_two_openers_racing_never_both_write(tmp_path: Path, monkeypatch) -> None:
    """The second opener comes in while the first is between opening its lock file and
    writing its id in it: the moment the old fallback let both in."""
    no_flock(monkeypatch)
    path = tmp_path / "s.json"
    real_take = SessionLock._take
    racers: list[SessionLock] = []

    def take_with_a_racer(self, *args) -> None:
        if not racers:
            racers.append(SessionLock(path))
            racers[0].acquire()
        real_take(self, *args)

    monkeypatch.setattr(SessionLock, "_take", take_with_a_racer)
    first = SessionLock(path)
    first.acquire()
    assert [first.held, racers[0].held].count(True) == 1
    first.release()
    racers[0].release()


def test_without_flock_a_dead_holders_lock_is_taken_over_and_a_live_one_respected(tmp_path: Path, monkeypatch) -> None:
    no_flock(monkeypatch)
    path = new_file(tmp_path)
    lock_path(path).write_text(json.dumps({"pid": 2**22 + 12345, "host": os.uname().nodename}), encoding="utf-8")
    file = open_session(path)
    assert not file.read_only and file.stale_lock is not None
    second = open_session(path)
    assert second.read_only
    second.close()
    file.close()
    assert not lock_path(path).exists()


def test_a_write_protected_session_file_is_refused_not_replaced(tmp_path: Path) -> None:
    path = saved_twice(tmp_path)
    file = open_session(path)
    review = Review(file.session, file)
    review.add_event(at(900), "an edit")
    path.chmod(0o444)
    good = path.read_bytes()
    try:
        with pytest.raises(PermissionError, match="write-protected; make it writable") as failure:
            review.save_now(at(901))
        assert "Errno" not in str(failure.value)
        assert path.read_bytes() == good and stat.S_IMODE(path.stat().st_mode) == 0o444
        path.chmod(0o644)
        assert review.save_now(at(902))  # and the retry saves
    finally:
        path.chmod(0o644)
        review.close()


def test_a_save_failing_for_any_reason_says_so_in_a_sentence_and_can_be_retried(tmp_path: Path, monkeypatch) -> None:
    path = saved_twice(tmp_path)
    good = path.read_bytes()
    file = open_session(path)
    review = Review(file.session, file)
    review.add_event(at(900), "an edit")

    def unencodable(data) -> str:
        return "\ud800"  # what a lone surrogate did to every save

    monkeypatch.setattr("facilitator.store.storage.encode", unencodable)
    with pytest.raises(OSError, match=r"not saved: the text could not be written out .*last saved version"):
        review.save_now(at(901))
    assert path.read_bytes() == good and review.dirty
    monkeypatch.undo()
    assert review.save_now(at(902))
    review.close()


def raw_session(tmp_path: Path, name: str, mutate) -> Path:
    """A session file whose JSON was edited by hand (by `mutate`, on the decoded tables)."""
    path = tmp_path / f"{name}.json"
    write_new_session(path, new_session("Outage", name, LAYOUT, T0))
    tables = json.loads(path.read_text(encoding="utf-8"))
    mutate(tables["session"]["1"])
    path.write_text(json.dumps(tables), encoding="utf-8")
    return path


BROKEN = {
    "clock-current": lambda s: s["clock"].update(current=99),
    "elapsed-infinity": lambda s: s["clock"]["boxes"][0].update(elapsed_seconds=float("inf")),
    "budget-1e999": lambda s: s.update(error_budget_spent=float("inf")),
    "date-0001": lambda s: s.update(started_at="0001-01-01T00:00:00+14:00"),
    "date-9999": lambda s: s.update(started_at="9999-12-31T23:30:00-08:00"),
    "negative-position": lambda s: s["clock"].update(current=-1),
}


def test_control_codes_written_into_a_file_by_hand_are_cleaned_on_loading(tmp_path: Path) -> None:
    """A file whose text holds a control code or a lone surrogate has each string cleaned, as typed text is."""
    path = raw_session(tmp_path, "hand-edited", lambda s: s.update(summary="\x1b[31mred\x1b[0m \ud800 done\x07"))
    assert load_session(path).summary == "red \ufffd done"


@pytest.mark.parametrize("case", BROKEN)
def test_out_of_range_values_are_a_problem_naming_the_file_not_a_crash(tmp_path: Path, case: str) -> None:
    path = raw_session(tmp_path, case, BROKEN[case])
    with pytest.raises(SessionFileError) as failure:
        load_session(path)
    assert str(failure.value).startswith(f"{path}: ")
    with pytest.raises(SessionFileError):
        open_session(path)
    assert not lock_path(path).exists()


def huge_int(path: Path) -> None:
    path.write_text('{"meta": {"1": {"schema_version": 1}}, "session": {"1": {"title": ' + "9" * 5000 + "}}}")


def deep(path: Path) -> None:
    path.write_text('{"session": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}")


@pytest.mark.parametrize("write", [huge_int, deep], ids=["5000-digit-int", "100000-deep"])
def test_huge_numbers_and_deep_nesting_are_a_problem_naming_the_file(tmp_path: Path, write) -> None:
    path = tmp_path / "broken.json"
    write(path)
    with pytest.raises(SessionFileError, match=f"^{path}: "):
        load_session(path)


def test_only_regular_files_are_read_as_sessions(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(SessionFileError, match="is a pipe"):
        open_session(fifo)  # would block for ever, holding the lock
    assert not lock_path(fifo).exists()
    with pytest.raises(SessionFileError, match="is a device"):
        load_session(Path("/dev/zero"))


def test_a_broken_file_is_one_line_in_list_and_report_and_the_rest_still_show(tmp_path: Path, capsys) -> None:
    write_new_session(tmp_path / "good.json", new_session("Good one", "good", LAYOUT, T0))
    huge_int(tmp_path / "huge.json")
    deep(tmp_path / "deep.json")
    raw_session(tmp_path, "far-date", BROKEN["date-0001"])
    assert main(["list", "--dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and any(line.startswith("good\tGood one") for line in lines)
    assert sum("(unreadable: " in line for line in lines) == 3
    assert main(["report", "--dir", str(tmp_path)]) == 0
    report = capsys.readouterr().out
    assert report.count("skipped") >= 3


def test_two_new_sessions_of_one_title_at_once_both_succeed(tmp_path: Path, monkeypatch, capsys) -> None:
    """The second `new` finds the name free, then loses it to the first before it creates."""
    from facilitator.store import new_file, paths

    real_unique = paths.unique_slug
    calls: list[str] = []

    def racing_unique(folder: Path, title: str) -> str:
        slug = real_unique(folder, title)
        if not calls:  # the other `new` creates this very name now
            write_new_session(folder / f"{slug}.json", new_session(title, slug, LAYOUT, T0))
        calls.append(slug)
        return slug

    monkeypatch.setattr(new_file, "unique_slug", racing_unique)
    assert main(["new", "Same title", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "same-title-2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same-title-2.json", "same-title.json"]


def test_new_says_in_a_sentence_when_the_sessions_folder_is_a_file(tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    assert main(["new", "Outage"]) == 2
    err = capsys.readouterr().err
    assert "the sessions folder is a file, not a folder; point FACILITATOR_HOME or --dir at a folder" in err
    assert "Errno" not in err


def test_new_on_a_full_disk_says_so_in_a_sentence(tmp_path: Path, monkeypatch, capsys) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("facilitator.store.storage.os.fsync", full)
    assert main(["new", "Outage", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "not created: the disk is full; free some space, then try again." in err and "Errno" not in err
    assert [p.name for p in tmp_path.iterdir()] == []
