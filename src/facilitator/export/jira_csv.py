"""Action items as a CSV file for Jira's CSV importer.

Columns: Summary, Description, Assignee, Priority, Due date (yyyy-MM-dd), and one Labels
column per label (Jira reads repeated columns as several values). A cell that a
spreadsheet would run as a formula gets a leading `'`.
"""

from __future__ import annotations

import csv
import io

from facilitator.export.actions_out import incident_name, labels, outgoing_actions
from facilitator.model.action import ActionItem
from facilitator.model.enums import Priority
from facilitator.model.session import Session

JIRA_PRIORITY = {Priority.P0: "Highest", Priority.P1: "High", Priority.P2: "Medium"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix `'` to a cell that begins like a formula, so no spreadsheet evaluates it."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def description(session: Session, action: ActionItem) -> str:
    done = action.done_definition or "(no definition of done agreed yet)"
    return f"Definition of done: {done}\n\nFrom the incident review of {incident_name(session)}."


def to_jira_csv(session: Session) -> str:
    tags = labels(session)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Summary", "Description", "Assignee", "Priority", "Due date", *["Labels"] * len(tags)])
    for action in outgoing_actions(session):
        row = [
            action.title,
            description(session, action),
            action.owner,
            JIRA_PRIORITY[action.priority],
            action.due.isoformat() if action.due else "",
            *tags,
        ]
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()
