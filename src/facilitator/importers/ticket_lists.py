"""Lists of tickets, issues or incidents: one row (or item) per ticket, not a timeline of one
incident. Read as a timeline, each would give one event per ticket at its creation with exit 0,
silently wrong; so each is recognised and refused naming the tool and what to export instead.

Sheets: a Jira issue export (`Issue key`), a PagerDuty incidents report (`incident_number`,
`seconds_to_resolve`), and any sheet with a ticket's id, its status and two or more of its
lifecycle times (`Created`, `Updated`, `Resolved`: ServiceNow, Linear, help desks). JSON: a GitHub
issue, a list of them (REST, `gh issue list --json`, the search API's `items`), GitLab issues, and
Jira's REST answers (`issues` with `key` and `fields`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

INSTEAD = (
    "facilitator reads what happened during one incident, one row per event: import the incident "
    "channel's export or the paging tool's log, or copy the events into a sheet with time and text columns"
)
JIRA_SHEET = f"a Jira issue export (one row per issue), not a timeline: {INSTEAD}"
PAGERDUTY_REPORT = (
    "a PagerDuty incidents report (one row per incident), not what happened in one: export the incident's "
    "log entries (GET /incidents/{id}/log_entries, JSON) and import that file"
)
TICKET_SHEET = f"a list of tickets (one row per ticket: {{columns}}), not a timeline: {INSTEAD}"
GITHUB = f"a GitHub issue or issue list (number, title, labels), not a timeline: {INSTEAD}"
GITLAB = f"a GitLab issue or issue list (iid, title, labels), not a timeline: {INSTEAD}"
JIRA_JSON = f"a Jira issue or issue search (key, fields), not a timeline: {INSTEAD}"

_IDS = {"key", "id", "number", "ticket", "ticket_id", "ticket_number", "issue", "issue_id", "case", "case_number"}
_STATUS = {"status", "state"}
_LIFECYCLE = ("created", "opened", "updated", "resolved", "closed", "completed", "acknowledged", "due")


def _normal(cell: str) -> str:
    return "_".join(cell.strip().strip('"').lower().replace("#", "number").split())


def _lifecycle(name: str, stems: tuple[str, ...] = _LIFECYCLE) -> bool:
    """A column of one of a ticket's times: `Created`, `Last updated`, `resolved_on`, `sys_updated_on`."""
    return any(word.startswith(stems) for word in name.split("_"))


def ticket_sheet(header: Sequence[str]) -> str | None:
    """Why a sheet with this header is a list of tickets, not a timeline; None when it is not one."""
    names = [_normal(cell) for cell in header]
    if "issue_key" in names or {"issue_id", "issue_type"} <= set(names):
        return JIRA_SHEET
    lifecycle = [cell.strip() for cell, name in zip(header, names, strict=True) if _lifecycle(name)]
    resolved = any(_lifecycle(name, ("resolved",)) for name in names)
    if any(name.startswith(("seconds_to_", "escalation_policy")) for name in names) or (
        "incident_number" in names and resolved
    ):
        return PAGERDUTY_REPORT
    ids = [cell.strip() for cell, name in zip(header, names, strict=True) if name in _IDS]
    status = [cell.strip() for cell, name in zip(header, names, strict=True) if name in _STATUS]
    if ids and status and len(lifecycle) >= 2:
        return TICKET_SHEET.format(columns=", ".join([ids[0], status[0], *lifecycle]))
    return None


def _items(document: Any) -> list[dict[str, Any]]:
    """The objects of the document: itself, its list, or the list under `items` or `issues`."""
    if isinstance(document, dict):
        listed = document.get("items", document.get("issues"))
        document = listed if isinstance(listed, list) else [document]
    return [item for item in document if isinstance(item, dict)] if isinstance(document, list) else []


def _login(value: Any, key: str) -> bool:
    return isinstance(value, dict) and isinstance(value.get(key), str)


def _is_github(item: dict[str, Any]) -> bool:
    person = _login(item.get("user"), "login") or _login(item.get("author"), "login")
    return isinstance(item.get("number"), int) and isinstance(item.get("title"), str) and person


def _is_gitlab(item: dict[str, Any]) -> bool:
    return (
        isinstance(item.get("iid"), int)
        and isinstance(item.get("title"), str)
        and _login(item.get("author"), "username")
    )


def _is_jira(item: dict[str, Any]) -> bool:
    return isinstance(item.get("key"), str) and isinstance(item.get("fields"), dict)


def ticket_json(document: Any) -> str | None:
    """Why a JSON document is an issue or a list of issues, not a timeline; None when it is not."""
    items = _items(document)
    if not items:
        return None
    for check, reason in ((_is_github, GITHUB), (_is_gitlab, GITLAB), (_is_jira, JIRA_JSON)):
        if check(items[0]):
            return reason
    return None
