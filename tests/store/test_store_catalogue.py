"""The catalogue of a sessions folder: re-reads only changed files, survives broken ones."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.model.summary import summarise
from facilitator.review import Review
from facilitator.store import session_file
from facilitator.store.catalogue import CATALOGUE_VERSION, readable, refresh_catalogue
from facilitator.store.paths import catalogue_path
from facilitator.store.session_file import load_session, open_session
from tests.store.store_samples import at, filled_session, new_file


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the session files the catalogue reads."""
    read: list[str] = []
    real = session_file.load_session

    def counting(path: Path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(session_file, "load_session", counting)
    return read


def folder_of(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    for n in range(count):
        session = filled_session()
        new_file(folder, session.changed(slug=f"review-{n}", title=f"Review {n}"))
    return folder


def test_the_catalogue_summarises_every_session(tmp_path: Path) -> None:
    folder = folder_of(tmp_path)
    entries = refresh_catalogue(folder)
    assert [e.path.name for e in entries] == ["review-0.json", "review-1.json", "review-2.json"]
    assert [e.summary for e in entries] == [summarise(load_session(e.path)) for e in entries]
    assert refresh_catalogue(folder) == entries


def test_a_warm_refresh_reads_only_the_files_that_changed(tmp_path: Path, reads: list[str]) -> None:
    folder = folder_of(tmp_path)
    refresh_catalogue(folder)
    assert len(reads) == 3
    reads.clear()
    before = catalogue_path(folder).read_bytes()
    refresh_catalogue(folder)
    assert reads == []
    assert catalogue_path(folder).read_bytes() == before, "nothing changed, nothing written"
    file = open_session(folder / "review-1.json")
    review = Review(file.session, file)
    review.set_details(title="Review one, renamed")
    review.save_now(at(900))
    review.close()
    (folder / "review-2.json").unlink()
    entries = refresh_catalogue(folder)
    assert reads == ["review-1.json"]
    assert [e.summary.title for e in entries if e.summary] == ["Review 0", "Review one, renamed"]


def test_a_broken_file_is_one_entry_with_its_problem(tmp_path: Path) -> None:
    folder = folder_of(tmp_path)
    (folder / "review-1.json").write_text('{"session": ', encoding="utf-8")
    entries = refresh_catalogue(folder)
    assert [e.problem.split(" at ")[0] for e in entries] == ["", "not valid JSON", ""]
    summaries, warnings = readable(entries)
    assert [s.slug for s in summaries] == ["review-0", "review-2"]
    assert warnings == ["review-1.json: skipped, not valid JSON at line 1, column 13: Expecting value"]
    new_file(folder, filled_session().changed(slug="review-1b"))
    (folder / "review-1b.json").replace(folder / "review-1.json")
    assert all(e.summary for e in refresh_catalogue(folder))


@pytest.mark.parametrize(
    "junk",
    [b"", b"{half", b"[1, 2]", b'{"meta": {"1": {"catalogue": 99}}, "sessions": {}}', "\u00e9".encode("latin-1")],
)
def test_an_unreadable_catalogue_is_rebuilt(tmp_path: Path, junk: bytes) -> None:
    folder = folder_of(tmp_path)
    expected = refresh_catalogue(folder)
    catalogue_path(folder).write_bytes(junk)
    assert refresh_catalogue(folder) == expected
    assert json.loads(catalogue_path(folder).read_text(encoding="utf-8"))["meta"]["1"]["catalogue"] == CATALOGUE_VERSION


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_where_the_catalogue_was_does_not_block(tmp_path: Path) -> None:
    folder = folder_of(tmp_path)
    catalogue_path(folder).parent.mkdir(parents=True)
    os.mkfifo(catalogue_path(folder))
    assert len(refresh_catalogue(folder)) == 3
    assert catalogue_path(folder).is_file()


def test_a_tampered_entry_is_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder = folder_of(tmp_path)
    expected = refresh_catalogue(folder)
    data = json.loads(catalogue_path(folder).read_text(encoding="utf-8"))
    data["sessions"]["review-0.json"]["actions"] = "lots"
    catalogue_path(folder).write_text(json.dumps(data), encoding="utf-8")
    reads.clear()
    assert refresh_catalogue(folder) == expected
    assert reads == ["review-0.json"]


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(tmp_path: Path, monkeypatch) -> None:
    folder = folder_of(tmp_path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_CACHE", str(blocked))
    assert [e.summary.slug for e in refresh_catalogue(folder) if e.summary] == ["review-0", "review-1", "review-2"]


def test_runs_at_the_same_time_never_corrupt_it(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, count=6)
    failures: list[BaseException] = []

    def refresh_often() -> None:
        try:
            for _ in range(5):
                assert len(refresh_catalogue(folder)) == 6
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    def edit_often() -> None:
        for n in range(5):
            file = open_session(folder / "review-3.json")
            file.save(file.session.changed(title=f"Edited {n}"), at(n))
            file.close()

    threads = [threading.Thread(target=refresh_often) for _ in range(3)] + [threading.Thread(target=edit_often)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    json.loads(catalogue_path(folder).read_text(encoding="utf-8"))
    assert [e.summary.title for e in refresh_catalogue(folder) if e.summary][3] == "Edited 4"


def test_list_and_report_answer_from_the_catalogue(tmp_path: Path, capsys, reads: list[str]) -> None:
    folder = folder_of(tmp_path)
    assert main(["list", "--dir", str(folder)]) == 0
    assert len(reads) == 3
    reads.clear()
    assert main(["report", "--dir", str(folder), "--today", "2026-05-01"]) == 0
    assert reads == []
    out = capsys.readouterr().out
    assert "review-0\tReview 0\tprep\t2026-03-22" in out
    assert "3 reviews, as of 2026-05-01." in out


def damage_every_entry(folder: Path, **fields: object) -> None:
    where = catalogue_path(folder)
    tables = json.loads(where.read_text(encoding="utf-8"))
    for doc in tables["sessions"].values():
        doc.update(fields)
    where.write_text(json.dumps(tables), encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [{"to_detect": 1e300}, {"to_resolve": -1e300}, {"title": 12}],
    ids=["1e300 seconds", "-1e300 seconds", "a number for a title"],
)
def test_a_damaged_catalogue_entry_is_read_again_from_its_session_file(
    tmp_path: Path, capsys, damage: dict[str, object]
) -> None:
    folder = folder_of(tmp_path)
    refresh_catalogue(folder)
    damage_every_entry(folder, **damage)
    assert main(["list", "--dir", str(folder)]) == 0
    assert main(["report", "--dir", str(folder), "--today", "2026-05-01"]) == 0
    out = capsys.readouterr().out
    assert "review-0\tReview 0\tprep\t2026-03-22" in out and "3 reviews, as of 2026-05-01." in out
    assert [e.summary.title for e in refresh_catalogue(folder) if e.summary] == ["Review 0", "Review 1", "Review 2"]
