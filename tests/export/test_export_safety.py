"""`export -o` writes whole files or nothing, and never over a session file."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.export.markdown import to_markdown
from facilitator.store.session_file import load_session, open_session, write_new_session
from tests.export.sessions import checkout_outage

SLUG = "checkout-api-outage"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_new_session(tmp_path / f"{SLUG}.json", checkout_outage())
    return tmp_path


def export(folder: Path, target: Path, *extra: str) -> int:
    return main(["export", SLUG, "--dir", str(folder), "-o", str(target), *extra])


def test_a_full_disk_keeps_the_earlier_export_whole(folder: Path, monkeypatch, capsys) -> None:
    target = folder / "postmortem.md"
    target.write_text("the good earlier export\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("facilitator.store.storage.os.fsync", full)
    assert export(folder, target) == 2
    err = capsys.readouterr().err
    assert f"{target}: not saved: the disk is full; free some space, then try again." in err
    assert "Any earlier file there is unchanged." in err and "Errno" not in err
    assert target.read_text(encoding="utf-8") == "the good earlier export\n"
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("held", [False, True], ids=["closed", "open in the app"])
def test_an_export_aimed_at_a_session_file_is_refused(folder: Path, held: bool, capsys) -> None:
    session = folder / f"{SLUG}.json"
    before = session.read_bytes()
    holder = open_session(session) if held else None
    try:
        assert export(folder, session) == 2
    finally:
        if holder is not None:
            holder.close()
    assert "it is a session file" in capsys.readouterr().err
    assert session.read_bytes() == before
    assert load_session(session).slug == SLUG


def test_any_file_with_a_session_lock_beside_it_is_refused(folder: Path, capsys) -> None:
    other = folder / "notes.md"
    other.write_text("mine\n", encoding="utf-8")
    (folder / "notes.md.lock").write_text("{}", encoding="utf-8")
    assert export(folder, other) == 2
    assert other.read_text(encoding="utf-8") == "mine\n"


def test_an_export_through_a_symlink_writes_the_real_file_and_keeps_the_link(folder: Path) -> None:
    real = folder / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = folder / "latest.md"
    link.symlink_to(real.name)
    assert export(folder, link) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") == to_markdown(checkout_outage())


def test_a_write_protected_export_is_refused(folder: Path, capsys) -> None:
    target = folder / "postmortem.md"
    target.write_text("frozen\n", encoding="utf-8")
    target.chmod(0o444)
    try:
        assert export(folder, target) == 2
        assert "write-protected" in capsys.readouterr().err
        assert target.read_text(encoding="utf-8") == "frozen\n"
    finally:
        target.chmod(0o644)
