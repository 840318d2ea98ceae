"""`facilitator demo`, `new` and `open`: what they hand to the app, and what they never touch."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main, session_cmds
from facilitator.store.session_file import load_session


@pytest.fixture
def opened(monkeypatch) -> list[tuple[Path, str, bytes]]:
    """Record what the app would open instead of starting it."""
    calls: list[tuple[Path, str, bytes]] = []

    def fake_run_app(path, where=None, notice=""):
        calls.append((path, notice, path.read_bytes()))
        return 0

    monkeypatch.setattr(session_cmds, "_run_app", fake_run_app)
    return calls


def test_demo_opens_a_throwaway_copy_and_leaves_the_example_alone(opened) -> None:
    example = session_cmds.examples_dir() / "cloudflare-2019-07-02.json"
    before = example.read_bytes()
    assert main(["demo"]) == 0
    (path, notice, content) = opened[0]
    assert path != example and content == before
    assert not path.exists(), "the copy is deleted after the app closes"
    assert "throwaway" in notice
    assert example.read_bytes() == before


def test_demo_of_an_unknown_example_lists_the_known_ones(opened, capsys) -> None:
    assert main(["demo", "nope"]) == 2
    assert "fastly-2021-06-08" in capsys.readouterr().err
    assert not opened


def test_new_then_open_by_slug(tmp_path: Path, opened, capsys) -> None:
    assert main(["new", "Checkout outage", "--dir", str(tmp_path), "--severity", "SEV2", "--layout", "sev1"]) == 0
    slug = capsys.readouterr().out.strip()
    assert slug == "checkout-outage"
    session = load_session(tmp_path / f"{slug}.json")
    assert session.severity.value == "SEV2" and session.layout.name == "sev1"
    assert main(["open", slug, "--dir", str(tmp_path)]) == 0
    assert opened[0][0] == tmp_path / "checkout-outage.json"


def test_open_of_a_missing_session_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["open", "nothing-here", "--dir", str(tmp_path)]) == 2
    assert "nothing-here: no such session" in capsys.readouterr().err


def test_new_with_an_unknown_layout_names_the_known_ones(tmp_path: Path, capsys) -> None:
    assert main(["new", "X", "--layout", "huge", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no layout named 'huge'" in err and "standard" in err
    assert not list(tmp_path.glob("*.json"))
