"""Files written beside a session (inbox, links, a restore's staging file, pre-prep forms) are
never reached through a symbolic link nor anything but a regular file, and an inbox append is
whole on disk or not there at all, even on a full disk."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.store import inbox as inbox_module
from facilitator.store.inbox import Inbox, InboxFileError, InboxFollower, inbox_path
from facilitator.store.links import LinkSet, load_links, save_links
from facilitator.store.restore import restore_backup
from facilitator.store.storage import backup_path
from tests.store.store_samples import new_file

AT = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
PAYLOAD = "$(touch PWNED)"


def note(text: str = PAYLOAD, who: str = "p1") -> Contribution:
    return Contribution(at=AT, participant_id=who, name="Jo Park", kind=ContributionKind.PARKING, text=text)


def finishes(work, seconds: float = 10.0) -> None:
    """Run `work` on a thread; fail (instead of hanging the suite) if it blocks."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed to the test thread
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked on a FIFO"
    if errors:
        raise errors[0]


def test_a_note_is_never_appended_through_a_link_to_a_shell_start_up_file(tmp_path: Path) -> None:
    bashrc = tmp_path / "bashrc"
    bashrc.write_text("export PATH=$HOME/bin:$PATH\n")
    path = inbox_path(tmp_path / "checkout.json")
    path.symlink_to(bashrc)
    with pytest.raises(InboxFileError) as refused:
        Inbox(path).add(note())
    assert str(refused.value).startswith(f"{path}: is a symbolic link; facilitator never follows a link here")
    assert bashrc.read_text() == "export PATH=$HOME/bin:$PATH\n"
    with pytest.raises(InboxFileError, match="symbolic link"):
        InboxFollower(Inbox(path)).refresh()


def test_an_inbox_linked_to_dev_zero_is_one_clear_error_not_a_memory_error(tmp_path: Path) -> None:
    path = inbox_path(tmp_path / "checkout.json")
    path.symlink_to("/dev/zero")
    with pytest.raises(InboxFileError, match="symbolic link"):
        Inbox(path).read()


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "checkout.json.inbox"
    os.mkfifo(path)
    yield path


def test_an_inbox_that_is_a_fifo_is_refused_at_once_for_reading_and_appending(fifo: Path) -> None:
    inbox = Inbox(fifo)

    def read() -> None:
        with pytest.raises(InboxFileError, match=r"is a pipe \(FIFO\), not a file"):
            InboxFollower(inbox).refresh()

    def append() -> None:
        with pytest.raises(InboxFileError, match="FIFO"):
            inbox.add(note())

    finishes(read)
    finishes(append)


def test_the_links_file_is_never_read_through_a_link_nor_from_a_fifo(tmp_path: Path) -> None:
    links = tmp_path / "checkout.json.links"
    links.symlink_to("/dev/zero")
    with pytest.raises(ValueError, match="symbolic link"):
        load_links(links)
    links.unlink()
    os.mkfifo(links)

    def read() -> None:
        with pytest.raises(ValueError, match="not a regular file"):
            load_links(links)

    finishes(read)


def test_saving_links_replaces_a_link_in_their_place_and_never_writes_through_it(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("keep me\n")
    links = tmp_path / "checkout.json.links"
    links.symlink_to(target)
    save_links(links, LinkSet(tokens={"watch": "x" * 32}))
    assert target.read_text() == "keep me\n"
    assert not links.is_symlink() and load_links(links).tokens == {"watch": "x" * 32}


def test_restoring_a_backup_never_writes_through_a_link_planted_as_its_staging_file(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    shutil.copyfile(path, backup_path(path))
    path.write_text("{ broken")
    victim = tmp_path / "bashrc"
    victim.write_text("alias ls='ls -q'\n")
    path.with_name(f".{path.name}.restore.tmp").symlink_to(victim)
    restore_backup(path, AT)
    assert victim.read_text() == "alias ls='ls -q'\n"
    assert path.read_bytes() == backup_path(path).read_bytes()


def test_pre_prep_forms_replace_a_link_in_the_forms_folder_instead_of_writing_through_it(tmp_path: Path) -> None:
    from facilitator.export.prep_files import form_name, write_forms
    from facilitator.store.session_file import load_session

    session = load_session(new_file(tmp_path))
    folder = tmp_path / "forms"
    folder.mkdir()
    victim = tmp_path / "bashrc"
    victim.write_text("keep\n")
    person = session.participants[0]
    (folder / form_name(session, person)).symlink_to(victim)
    (written, *_) = write_forms(session, session.participants, folder)
    assert victim.read_text() == "keep\n"
    assert not written.is_symlink() and "Pre-prep" in written.read_text()


# -- a full disk ------------------------------------------------------------------------------

FILLED = 4096 - 300
"""The inbox fills its first page but for 300 bytes: the next line (about 1,100 bytes) is cut short."""


def fill_inbox(inbox: Inbox) -> None:
    """Whole lines adding up to FILLED bytes."""
    inbox.add(note("x" * 1500, "p0"))
    size = inbox.path.stat().st_size
    padding = FILLED - size - len(inbox_module._line(note("", "p9")))
    inbox.add(note("y" * padding, "p9"))
    assert inbox.path.stat().st_size == FILLED


def assert_whole(inbox: Inbox) -> None:
    records = inbox.read()
    assert inbox.path.stat().st_size == FILLED
    assert records.skipped == ()
    assert [c.participant_id for c in records.contributions] == ["p0", "p9"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of two pages, mounted for the test (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; test_a_short_write_at_the_os_layer_is_rolled_back covers it")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_post_on_a_full_disk_is_refused_whole_never_acknowledged_torn(small_disk: Path) -> None:
    inbox = Inbox(small_disk / "checkout.json.inbox")
    fill_inbox(inbox)
    filler = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)  # take every page left
    with pytest.raises(OSError):
        while True:
            os.write(filler, b"z" * 4096)
    os.close(filler)
    with pytest.raises(OSError) as full:
        inbox.add(note("z" * 1000, "p1"))
    assert full.value.errno == errno.ENOSPC
    assert_whole(inbox)
    (small_disk / "filler").unlink()
    inbox.add(note("z" * 1000, "p1"))  # room again: the same post goes through whole
    assert [c.participant_id for c in inbox.read().contributions] == ["p0", "p9", "p1"]


def test_a_short_write_at_the_os_layer_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = Inbox(tmp_path / "checkout.json.inbox")
    fill_inbox(inbox)
    real_write = os.write
    calls = []

    def full_disk(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[:300]))  # what a nearly full disk does
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(inbox_module.os, "write", full_disk)
    with pytest.raises(OSError) as full:
        inbox.add(note("z" * 1000, "p1"))
    monkeypatch.undo()
    assert full.value.errno == errno.ENOSPC and len(calls) == 2
    assert_whole(inbox)
