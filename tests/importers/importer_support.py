"""Helpers for the importer tests: the fixture incidents and an in-process CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from facilitator.store.paths import session_path
from facilitator.store.session_file import load_session
from tests.cli_runner import CliRunner

INCIDENTS = Path(__file__).resolve().parent.parent / "fixtures" / "incidents"
TIMELINE_FILES = ("timeline.txt", "timeline.csv", "slack_export.json", "pagerduty_log_entries.json")


def incident_names() -> list[str]:
    return sorted(p.name for p in INCIDENTS.iterdir() if p.is_dir())


def expected(name: str) -> dict[str, Any]:
    return json.loads((INCIDENTS / name / "expected.json").read_text(encoding="utf-8"))


def incident_date(name: str) -> date:
    started = json.loads((INCIDENTS / name / "incident.json").read_text(encoding="utf-8"))["started_at"]
    return date.fromisoformat(started[:10])


class Cli(CliRunner):
    """The in-process CLI, with a shortcut to make a session and read one back."""

    def new(self, title: str = "Edge outage") -> str:
        assert self("new", title) == 0
        return self.out.strip()

    def session(self, slug: str):
        return load_session(session_path(self.folder, slug))
