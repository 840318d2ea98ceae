"""Action items out: a Jira CSV that no spreadsheet runs, and a gh script no text escapes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
from pathlib import Path

from facilitator.export.escape import plain_line
from facilitator.export.gh_issues import issue_body, to_gh_script
from facilitator.export.jira_csv import summary, to_jira_csv, to_spreadsheet_csv
from facilitator.model.enums import ActionStatus
from facilitator.model.text import clean_text
from tests.export.sessions import HOSTILE, checkout_outage, tricky_text


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_jira_csv_lists_open_actions_with_mapped_priorities() -> None:
    header, *rows = _rows(to_jira_csv(checkout_outage()))
    assert header == ["Summary", "Description", "Assignee", "Priority", "Due date", "Labels", "Labels"]
    assert [r[0] for r in rows] == [
        "Stage config rollouts by region",
        "Alert within two minutes of a spike",
        "Write the config rollback runbook",
        "Budget for a second on-call",
    ]
    first = rows[0]
    assert first[2:] == ["Marco Rossi", "Highest", "2026-03-26", "postmortem", "checkout-api-outage"]
    assert first[1] == (
        "Definition of done: A config change reaches one region first\n\n"
        "From the incident review of INC-2041: Checkout API outage after a config push (SEV2)."
    )
    assert [r[3] for r in rows] == ["Highest", "High", "Medium", "Medium"]


def test_done_and_dropped_actions_stay_out_of_the_exports() -> None:
    session = checkout_outage()
    first, second, *rest = session.actions
    session = session.changed(
        actions=(first.changed(status=ActionStatus.DONE), second.changed(status=ActionStatus.DROPPED), *rest)
    )
    assert len(_rows(to_jira_csv(session))) == 1 + len(rest)
    assert to_gh_script(session).count("gh issue create") == len(rest)


def test_no_spreadsheet_csv_cell_begins_like_a_formula() -> None:
    _header, *rows = _rows(to_spreadsheet_csv(tricky_text()))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    summaries = [row[0] for row in rows]
    for hostile in map(clean_text, HOSTILE):  # the model keeps no control codes (a CR) to begin with
        line = summary(hostile)
        expected = "'" + line if line[:1] in ("=", "+", "-", "@", "\t", "\r") else line
        assert expected in summaries, hostile
    assert {row[2] for row in rows} == {"'@admin", "$(id)", "'=1+2", "`whoami`"}


def _run_script(script: str, tmp_path: Path) -> list[list[str]]:
    """Run the script with `sh` and a fake gh that records each call's argv."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls"
    fake = bin_dir / "gh"
    fake.write_text(
        '#!/bin/sh\nfor arg in "$@"; do printf "%s\\0" "$arg"; done >> "$GH_LOG"\nprintf "\\n\\0" >> "$GH_LOG"\n'
    )
    fake.chmod(0o755)
    path = tmp_path / "issues.sh"
    path.write_text(script)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GH_LOG": str(log)}
    subprocess.run(["sh", str(path)], cwd=tmp_path, env=env, check=True, capture_output=True, timeout=30)
    calls: list[list[str]] = []
    current: list[str] = []
    for part in log.read_text().split("\0")[:-1]:
        if part == "\n":
            calls.append(current)
            current = []
        else:
            current.append(part)
    return calls


def test_gh_script_passes_every_hostile_text_as_exactly_one_argument(tmp_path: Path) -> None:
    session = tricky_text()
    calls = _run_script(to_gh_script(session), tmp_path)
    issues = [c for c in calls if c[:2] == ["issue", "create"]]
    assert [c for c in calls if c[:2] == ["label", "create"]] == [
        ["label", "create", "postmortem", "--force"],
        ["label", "create", "payments-script-outage", "--force"],
    ]
    assert len(issues) == len(session.actions) == len(HOSTILE)
    for argv, action in zip(issues, session.actions, strict=False):
        login = action.owner[1:] if action.owner == "@admin" else None
        expected = [
            "issue",
            "create",
            "--title",
            plain_line(action.title),
            "--body",
            issue_body(session, action),
            "--label",
            "postmortem",
            "--label",
            "payments-script-outage",
        ]
        assert argv == expected + (["--assignee", login] if login else [])
    assert not list(tmp_path.glob("pwned*"))


def test_gh_script_is_posix_with_a_header_and_set_eu() -> None:
    script = to_gh_script(tricky_text())
    lines = script.splitlines()
    assert lines[0] == "#!/bin/sh" and "set -eu" in lines
    comments = [line for line in lines if line.startswith("#")]
    assert len(comments) == 5
    assert subprocess.run(["sh", "-n"], input=script, text=True).returncode == 0
