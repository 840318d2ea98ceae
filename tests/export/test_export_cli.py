"""`facilitator export` and `facilitator report` from the command line, in process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.export.markdown import to_markdown
from facilitator.store.session_file import write_new_session
from tests.export.sessions import checkout_outage


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_new_session(tmp_path / "checkout-api-outage.json", checkout_outage())
    return tmp_path


def test_export_writes_markdown_to_stdout(folder: Path, capsys) -> None:
    assert main(["export", "checkout-api-outage", "--dir", str(folder)]) == 0
    assert capsys.readouterr().out == to_markdown(checkout_outage())


def test_export_o_writes_the_file_and_says_where(folder: Path, capsys) -> None:
    target = folder / "out" / "postmortem.md"
    target.parent.mkdir()
    assert main(["export", "checkout-api-outage", "--dir", str(folder), "-o", str(target), "--zone", "Asia/Tokyo"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.strip() == f"wrote the Markdown postmortem to {target}"
    assert target.read_text(encoding="utf-8") == to_markdown(checkout_outage(), "Asia/Tokyo")


@pytest.mark.parametrize("fmt", ["json", "jira-csv", "gh-issues"])
def test_every_format_writes_a_file(folder: Path, fmt: str, capsys) -> None:
    target = folder / f"out.{fmt}"
    assert main(["export", "checkout-api-outage", "--dir", str(folder), "-f", fmt, "-o", str(target)]) == 0
    assert str(target) in capsys.readouterr().err
    text = target.read_bytes().decode()
    if fmt == "json":
        assert json.loads(text)["slug"] == "checkout-api-outage"
    if fmt == "jira-csv":
        assert text.startswith("Summary,Description,Assignee,Priority,Due date,Labels,Labels\r\n")
    if fmt == "gh-issues":
        assert text.startswith("#!/bin/sh\n") and target.stat().st_mode & 0o111


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--zone", "Mars/Olympus"], "--zone: unknown time zone 'Mars/Olympus'"),
        (["-f", "json", "--zone", "UTC"], "--zone applies to the Markdown export only"),
    ],
)
def test_bad_options_exit_2_with_a_reason(folder: Path, extra, message, capsys) -> None:
    assert main(["export", "checkout-api-outage", "--dir", str(folder), *extra]) == 2
    assert message in capsys.readouterr().err


def test_an_unwritable_output_exits_2(folder: Path, capsys) -> None:
    target = folder / "missing" / "x.md"
    assert main(["export", "checkout-api-outage", "--dir", str(folder), "-o", str(target)]) == 2
    assert f"{target}: not saved: its folder does not exist (any more); create it, then try again." in (
        capsys.readouterr().err
    )


def test_report_lists_unreadable_files_as_warnings(folder: Path, capsys) -> None:
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    assert main(["report", "--dir", str(folder), "--today", "2026-04-20"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Incident reviews: follow-through\n\n1 review, as of 2026-04-20.")
    assert "- broken.json: skipped, not valid JSON at line 1" in out


@pytest.mark.parametrize("argv", [["export", "x", "-f", "md"], ["check", "x"], ["report"]])
def test_export_check_and_report_never_import_textual(folder: Path, argv: list[str]) -> None:
    write_new_session(folder / "x.json", checkout_outage().changed(slug="x"))
    code = (
        "import sys, io\nfrom facilitator.cli import main\n"
        "sys.stdout = io.StringIO()\n"
        f"main({[*argv, '--dir', str(folder)]!r})\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
        "sys.__stdout__.write('CLEAN')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "CLEAN", result.stderr
