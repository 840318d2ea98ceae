"""The export formats by name, one entry point for the command line and the app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keeps `facilitator --help` from loading the model
    from facilitator.model.session import Session

FORMATS = {
    "md": "the Markdown postmortem",
    "json": "the whole session as JSON",
    "jira-csv": "open action items as a Jira CSV import (exact text)",
    "actions-csv": "open action items as a CSV safe to open in a spreadsheet",
    "gh-issues": "open action items as a script of gh issue create commands",
}

SUFFIXES = {"md": ".md", "json": ".json", "jira-csv": ".csv", "actions-csv": ".csv", "gh-issues": ".sh"}


def render(session: Session, fmt: str, zone: str | None = None) -> str:
    """The exported text of `session` in format `fmt`."""
    if fmt == "md":
        from facilitator.export.markdown import to_markdown

        return to_markdown(session, zone)
    if fmt == "json":
        from facilitator.export.json_export import to_json

        return to_json(session)
    if fmt == "jira-csv":
        from facilitator.export.jira_csv import to_jira_csv

        return to_jira_csv(session)
    if fmt == "actions-csv":
        from facilitator.export.jira_csv import to_spreadsheet_csv

        return to_spreadsheet_csv(session)
    if fmt == "gh-issues":
        from facilitator.export.gh_issues import to_gh_script

        return to_gh_script(session)
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")


def default_name(session: Session, fmt: str) -> str:
    """`<slug>-postmortem.md`, `<slug>.json`, `<slug>-actions.csv`, `<slug>-actions-sheet.csv`, `<slug>-issues.sh`."""
    stem = {
        "md": "-postmortem",
        "json": "",
        "jira-csv": "-actions",
        "actions-csv": "-actions-sheet",
        "gh-issues": "-issues",
    }[fmt]
    return f"{session.slug}{stem}{SUFFIXES[fmt]}"


def write_export(session: Session, fmt: str, target: Path, zone: str | None = None) -> Path:
    """Render and write atomically (store/output.py: never half a file, never over a session);
    a gh script is made executable. Raises OSError, in a sentence, if it cannot write."""
    from facilitator.store.output import write_output

    write_output(target, render(session, fmt, zone), mode=0o755 if fmt == "gh-issues" else None)
    return target
