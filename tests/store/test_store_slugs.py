"""Hostile session titles make safe slugs, and the store never writes outside its folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.model.slug import MAX_SLUG, slugify
from facilitator.store.paths import session_path, unique_slug
from facilitator.store.session_file import load_session

TITLES = [
    "../../etc/passwd",
    "..",
    "/",
    "CON",
    "nul",
    "com1",
    "C:\\Windows\\System32\\drivers",
    "~/.ssh/authorized_keys",
    "   ",
    "",
    "事故報告",
    "🔥🔥🔥",
    "Ünïcödé Ōutage",
    "a" * 500,
    "name\x00with a NUL",
    "[bold]markup[/] | pipes",
]
SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@pytest.mark.parametrize("title", TITLES)
def test_every_title_makes_a_safe_slug_inside_the_folder(tmp_path: Path, title: str) -> None:
    slug = unique_slug(tmp_path, title)
    assert SAFE.match(slug) and len(slug) <= MAX_SLUG and slug not in RESERVED
    assert slugify(slug) == slug
    path = session_path(tmp_path, slug)
    assert path.parent == tmp_path and path.name == f"{slug}.json"


@pytest.mark.parametrize("slug", ["../../etc/passwd", "/abs/path", "..\\..\\x", "CON"])
def test_session_path_never_leaves_the_folder_whatever_slug_it_gets(tmp_path: Path, slug: str) -> None:
    path = session_path(tmp_path, slug)
    assert path.parent == tmp_path
    assert path.resolve().is_relative_to(tmp_path.resolve())


@pytest.mark.parametrize("title", ["a" * 500, "Checkout outage", "事故"])
def test_the_same_title_again_gets_its_own_slug(tmp_path: Path, title: str) -> None:
    slugs = []
    for _ in range(3):
        slug = unique_slug(tmp_path, title)
        session_path(tmp_path, slug).write_text("{}", encoding="utf-8")
        slugs.append(slug)
    assert len(set(slugs)) == 3
    assert all(len(s) <= MAX_SLUG and slugify(s) == s for s in slugs)


@pytest.mark.parametrize("title", [t for t in TITLES if t.strip()])
def test_facilitator_new_writes_only_inside_its_folder(tmp_path: Path, capsys, title: str) -> None:
    folder = tmp_path / "sessions"
    assert main(["new", title, "--dir", str(folder)]) == 0
    slug = capsys.readouterr().out.strip()
    assert SAFE.match(slug)
    assert [p.name for p in tmp_path.iterdir()] == ["sessions"]
    assert [p.name for p in folder.iterdir()] == [f"{slug}.json"]
    assert load_session(folder / f"{slug}.json").title == title.replace("\x00", "")  # control codes go


@pytest.mark.parametrize("title", ["", "   "])
def test_facilitator_new_refuses_an_empty_title(tmp_path: Path, capsys, title: str) -> None:
    assert main(["new", title, "--dir", str(tmp_path)]) == 2
    assert "a session needs a title" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
