"""`facilitator ... --dir FOLDER` run in-process, keeping what it printed: the CLI tests' runner."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from facilitator.cli import main


class CliRunner:
    """Runs the command line over a sessions folder; `out` and `err` hold the last run's output."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self._capsys = capsys
        self.out = self.err = ""

    def __call__(self, *argv: str) -> int:
        collecting = gc.isenabled()
        try:
            code = main([*argv, "--dir", str(self.folder)])
        finally:
            if collecting:
                gc.enable()  # main() turns the collector off for a one-shot command; not for the tests after it
        captured = self._capsys.readouterr()
        self.out, self.err = captured.out, captured.err
        return code
