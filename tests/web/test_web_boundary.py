"""The web stack loads only for `serve`: other commands start as fast as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.web.web_sessions import write_session

WEB_STACK = ("starlette", "uvicorn", "jinja2", "facilitator.web")


@pytest.mark.parametrize("argv", [["--version"], ["export", "SESSION"], ["check", "SESSION"]])
def test_commands_other_than_serve_never_import_the_web_stack(argv: list[str], tmp_path: Path) -> None:
    session = write_session(tmp_path)
    argv = [str(session) if a == "SESSION" else a for a in argv]
    code = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"loaded = [m for m in {WEB_STACK!r} if m in sys.modules]\n"
        "print('LOADED', loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_the_web_package_never_imports_textual() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import facilitator.web as web\n"
        "for m in pkgutil.walk_packages(web.__path__, 'facilitator.web.'):\n    importlib.import_module(m.name)\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "CLEAN" in result.stdout, result.stderr
