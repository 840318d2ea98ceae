"""The domain never imports Textual, and commands that do not open the UI stay light."""

from __future__ import annotations

import subprocess
import sys

import pytest

DOMAIN = [
    "facilitator.model",
    "facilitator.store",
    "facilitator.importers",
    "facilitator.export",
    "facilitator.checks",
    "facilitator.review",
]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("package", DOMAIN)
def test_domain_package_does_not_import_textual(package: str) -> None:
    import importlib
    import pkgutil

    root = importlib.import_module(package)
    names = [package] + [f"{package}.{m.name}" for m in pkgutil.walk_packages(root.__path__)]
    loaded = _modules_after("\n".join(f"import {name}" for name in names))
    assert "textual" not in loaded, f"{package} pulled in textual"


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["layouts"], ["list", "--dir", "."]],
)
def test_cli_commands_that_do_not_open_the_ui_never_import_textual(argv: list[str], tmp_path) -> None:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['facilitator', *{argv!r}]\n"
        "from facilitator.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
        "print('CLEAN')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert "CLEAN" in result.stdout, result.stderr
