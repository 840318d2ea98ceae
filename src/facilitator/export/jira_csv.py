"""Action items as CSV: one file for Jira's CSV importer, one safe to open in a spreadsheet.

Columns: Summary, Description, Assignee, Priority, Due date (yyyy-MM-dd), and one Labels
column per label (Jira reads repeated columns as several values). Jira's importer gets
the exact text: it keeps a guard apostrophe as part of the value, so there is none; the
Summary is one line within Jira's 255 characters. The spreadsheet file (`actions-csv`)
gives a cell that a spreadsheet would run as a formula a leading `'`.
"""

from __future__ import annotations

import csv
import io

from facilitator.export.actions_out import incident_name, labels, outgoing_actions
from facilitator.export.escape import plain_line
from facilitator.model.action import ActionItem
from facilitator.model.enums import Priority
from facilitator.model.session import Session

JIRA_PRIORITY = {Priority.P0: "Highest", Priority.P1: "High", Priority.P2: "Medium"}
JIRA_SUMMARY_MAX = 255
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix `'` to a cell that begins like a formula, so no spreadsheet evaluates it."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def description(session: Session, action: ActionItem) -> str:
    done = action.done_definition or "(no definition of done agreed yet)"
    return f"Definition of done: {done}\n\nFrom the incident review of {incident_name(session)}."


def summary(title: str) -> str:
    """The title on one line, shortened to Jira's limit."""
    line = plain_line(title)
    return line if len(line) <= JIRA_SUMMARY_MAX else line[: JIRA_SUMMARY_MAX - 1].rstrip() + "…"


def _csv(session: Session, for_spreadsheet: bool) -> str:
    tags = labels(session)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Summary", "Description", "Assignee", "Priority", "Due date", *["Labels"] * len(tags)])
    for action in outgoing_actions(session):
        row = [
            summary(action.title),
            description(session, action),
            action.owner,
            JIRA_PRIORITY[action.priority],
            action.due.isoformat() if action.due else "",
            *tags,
        ]
        writer.writerow([neutralise(cell) for cell in row] if for_spreadsheet else row)
    return buffer.getvalue()


def to_jira_csv(session: Session) -> str:
    """For Jira's CSV importer: every value exactly as written."""
    return _csv(session, for_spreadsheet=False)


def to_spreadsheet_csv(session: Session) -> str:
    """For a spreadsheet: the same rows, no cell able to run as a formula."""
    return _csv(session, for_spreadsheet=True)
