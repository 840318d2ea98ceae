"""`facilitator blameless FILE`: output lines and exit codes, run in-process."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from facilitator.cli import main


def test_flagged_lines_are_printed_and_exit_code_is_1(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Review\nPriya restarted the pods.\nThe on-call forgot to page the DB team.\n", encoding="utf-8")
    assert main(["blameless", str(notes)]) == 1
    out = capsys.readouterr().out
    assert out == "3: The on-call forgot -> What made the step easy to skip?\n"


def test_a_clean_file_prints_nothing_and_exits_0(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("The alert didn't fire.\nMarco's decision to roll back was right.\n", encoding="utf-8")
    assert main(["blameless", str(notes)]) == 0
    assert capsys.readouterr().out == ""


def test_people_are_found_in_lower_case_and_a_wrapped_phrase_on_its_first_line(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "chat.md"
    notes.write_text("Summary: at 14:02 the on-call\nforgot to page.\n\nmei skipped the canary\n", encoding="utf-8")
    assert main(["blameless", str(notes), "--people", "Mei Lin, @ilya"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "1: the on-call forgot -> What made the step easy to skip?",
        "4: mei skipped -> What made the step easy to skip?",
    ]


def test_dash_reads_standard_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("fine\nroot cause: human error\n"))
    assert main(["blameless", "-"]) == 1
    assert capsys.readouterr().out.startswith("2: human error -> ")


def test_a_missing_file_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["blameless", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"facilitator: {missing}: cannot be read")


def test_a_file_that_is_not_utf8_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Jos\xe9 forgot the flag".encode("latin-1"))
    assert main(["blameless", str(latin)]) == 2
    assert f"{latin}: not UTF-8 text" in capsys.readouterr().err


def test_a_folder_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["blameless", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_the_command_never_imports_textual(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("He forgot.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"code = main(['blameless', {str(notes)!r}])\n"
        "print(code, 'textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "1 False"


def test_every_heading_an_export_writes_is_fixed_text() -> None:
    from facilitator.export.markdown import is_fixed_line, to_markdown
    from facilitator.store.session_file import load_session

    for example in sorted((Path(__file__).resolve().parents[2] / "sessions").glob("*.json")):
        markdown = to_markdown(load_session(example))
        headings = [line for line in markdown.splitlines() if line.startswith(("## ", "### ", "> "))]
        assert headings and all(is_fixed_line(line) for line in headings), example.name


def test_an_exports_fixed_text_is_skipped_but_its_title_and_other_files_are_checked(tmp_path: Path, capsys) -> None:
    from facilitator.export.markdown import LEARNING_LINE

    export = tmp_path / "export.md"
    export.write_text(
        "# Postmortem: Why did Bob break prod?\n\n"
        f"> {LEARNING_LINE}\n\n## Blameless check\n\n"
        "2 phrases in this write-up read as blaming a person; the app suggests a system-focused wording for each.\n",
        encoding="utf-8",
    )
    assert main(["blameless", str(export)]) == 1
    assert (
        capsys.readouterr().out
        == "1: Why did Bob break -> How did that make sense at the time, given what people could see?\n"
    )
    notes = tmp_path / "notes.md"
    notes.write_text("## Who is to blame\n", encoding="utf-8")
    assert main(["blameless", str(notes)]) == 1
    assert capsys.readouterr().out.startswith("1: Who is to blame -> ")
