"""What the command line prints never acts on the terminal: control characters show as `?`."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from facilitator.cli import main
from facilitator.cli.terminal import quote_controls
from facilitator.model.factory import new_session
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import write_new_session

T0 = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)

CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4v\x07"  # OSC 52: put `rm -rf ~/` on the clipboard
TITLE = "\x1b]2;pwned\x07"


class Terminal(io.StringIO):
    """Standard output that says it is a terminal, as a shell's is."""

    def isatty(self) -> bool:
        return True


def on_a_terminal(monkeypatch) -> Terminal:
    """Standard output as a terminal, for the rest of the test (set in the test body: pytest's
    own capture takes sys.stdout back between a fixture's setup and the test)."""
    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    return screen


def no_control(text: str) -> bool:
    return not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_list_on_a_terminal_quotes_a_hostile_file_name(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / f"evil{CLIPBOARD}.json").write_text("{}", encoding="utf-8")
    terminal = on_a_terminal(monkeypatch)
    assert main(["list", "--dir", str(tmp_path)]) == 0
    shown = terminal.getvalue()
    assert "evil?]52;c;cm0gLXJmIH4v?" in shown and no_control(shown)


def test_import_problems_on_stderr_are_quoted(tmp_path: Path, capsys) -> None:
    session = tmp_path / "s.json"
    write_new_session(session, new_session("S", "s", find_layout("standard"), T0))
    source = tmp_path / f"chat{TITLE}.txt"
    source.write_text("no time here\n", encoding="utf-8")
    assert main(["import", str(session), str(source)]) == 2
    err = capsys.readouterr().err
    assert "chat?]2;pwned?.txt:1: no time" in err and no_control(err)


def test_layouts_quotes_a_hostile_layout_file_name(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("facilitator.store.layouts.user_layouts_dir", lambda: tmp_path)
    (tmp_path / f"bad{TITLE}.toml").write_text("not toml [", encoding="utf-8")
    assert main(["layouts"]) == 0
    err = capsys.readouterr().err
    assert "bad?]2;pwned?.toml" in err and no_control(err)


def test_quoting_keeps_text_and_line_ends_and_marks_each_control() -> None:
    assert quote_controls(f"a{CLIPBOARD}b\tc\r\nd\re\x9bf\ud800g\u202eh") == "a?]52;c;cm0gLXJmIH4v?b\tc\r\nd?e?f?g?h"


def test_export_to_a_pipe_is_byte_for_byte(tmp_path: Path, capsys) -> None:
    from facilitator.export.formats import render
    from facilitator.store.session_file import load_session

    session = tmp_path / "s.json"
    write_new_session(session, new_session("S", "s", find_layout("standard"), T0))
    assert main(["export", str(session), "-f", "md"]) == 0
    assert capsys.readouterr().out == render(load_session(session), "md")
