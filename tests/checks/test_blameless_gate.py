"""The documented CI gate, exactly as a CI job runs it: `facilitator export S | facilitator blameless -`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "sessions").glob("*.json"))
FACILITATOR = [sys.executable, "-m", "facilitator"]


def gate(session: Path) -> subprocess.CompletedProcess[str]:
    """Export `session` as Markdown and pipe it into `facilitator blameless -`."""
    export = subprocess.Popen([*FACILITATOR, "export", str(session)], stdout=subprocess.PIPE)
    check = subprocess.run([*FACILITATOR, "blameless", "-"], stdin=export.stdout, capture_output=True, text=True)
    assert export.stdout is not None
    export.stdout.close()
    assert export.wait() == 0
    return check


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_the_gate_passes_on_each_bundled_clean_review(example: Path) -> None:
    result = gate(example)
    assert (result.returncode, result.stdout) == (0, "")


def test_the_gate_fails_on_a_blaming_review_and_names_the_line(tmp_path: Path) -> None:
    data = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    (row,) = data["session"].values()
    row["summary"] = "The on-call engineer should have rolled back sooner."
    blaming = tmp_path / EXAMPLES[0].name
    blaming.write_text(json.dumps(data), encoding="utf-8")
    result = gate(blaming)
    assert result.returncode == 1
    assert "The on-call engineer should have rolled -> What made the choice look right at the time?" in result.stdout
    assert "blaming a person" not in result.stdout  # the export's own summary of the check is skipped
