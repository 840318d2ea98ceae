"""Lists of tickets are not timelines: a Jira issue export, a GitHub issue or issue list, a
PagerDuty incidents report, a ServiceNow-like incident list. Read as a timeline each would give
one event per ticket at its creation, with exit 0: silently wrong. Each is refused naming the
tool and what to export instead, with `--format auto` and with the reader forced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text

FORMATS = Path(__file__).resolve().parent / "formats"


def only_problem(result) -> str:
    assert result.events == ()
    assert len(result.problems) == 1
    return str(result.problems[0])


@pytest.mark.parametrize("fmt", ["auto", "csv"])
def test_a_jira_issue_export_is_refused_naming_jira_and_what_to_export(fmt: str) -> None:
    reason = only_problem(parse_file(FORMATS / "jira_issue_export.csv", fmt))
    assert "a Jira issue export" in reason
    assert "one row per issue" in reason
    assert "time and text columns" in reason  # what to give instead


@pytest.mark.parametrize("fmt", ["auto", "csv"])
def test_a_pagerduty_incidents_report_is_refused_asking_for_the_log_entries(fmt: str) -> None:
    reason = only_problem(parse_file(FORMATS / "pagerduty_incidents_report.csv", fmt))
    assert "a PagerDuty incidents report" in reason
    assert "one row per incident" in reason
    assert "GET /incidents/{id}/log_entries" in reason


def test_the_cli_refuses_a_ticket_list_without_offering_lenient(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, str(FORMATS / "jira_issue_export.csv"), "--lenient") == 2
    assert "a Jira issue export" in cli.err
    assert "--lenient" not in cli.err.splitlines()[-1]
    assert cli.session(slug).timeline == ()


@pytest.mark.parametrize("name", ["github_issue.json", "github_issue_list.json"])
def test_a_github_issue_or_issue_list_is_refused_naming_github(name: str) -> None:
    reason = only_problem(parse_file(FORMATS / name))
    assert "GitHub issue" in reason
    assert "not a timeline" in reason
    assert "pick one with --format" not in reason


def test_githubs_rest_list_and_search_answer_are_refused_too() -> None:
    issue = json.loads((FORMATS / "github_issue.json").read_text(encoding="utf-8"))
    for document in ([issue, issue], {"total_count": 1, "incomplete_results": False, "items": [issue]}):
        assert "GitHub issue" in only_problem(parse_text(json.dumps(document), source_name="issues.json"))


def test_a_jira_rest_search_answer_is_refused_naming_jira() -> None:
    document = {
        "startAt": 0,
        "maxResults": 50,
        "total": 1,
        "issues": [{"id": "10234", "key": "OPS-2041", "fields": {"summary": "Checkout 5xx", "created": "x"}}],
    }
    assert "Jira issue" in only_problem(parse_text(json.dumps(document), source_name="search.json"))


@pytest.mark.parametrize(
    "header",
    [
        "number,short_description,state,priority,assigned_to,opened_at,resolved_at",  # ServiceNow
        "ID,Title,Status,Priority,Assignee,Created,Updated,Completed",  # Linear
        "Ticket ID,Subject,Status,Requester,Created,Last updated",  # a help desk
    ],
)
def test_any_other_list_of_tickets_is_refused_as_one(header: str) -> None:
    columns = header.split(",")
    row = ",".join(["INC0012041", "Checkout 5xx", "Resolved", "1", "Ana Ops", "2026-03-22 23:41", "2026-03-23 00:30"])
    row = ",".join(row.split(",")[: len(columns)] + [""] * (len(columns) - 7))
    reason = only_problem(parse_text(f"{header}\n{row}\n", "auto", "tickets.csv"))
    assert "a list of tickets" in reason
    assert "one row per ticket" in reason


@pytest.mark.parametrize(
    "header",
    [
        "Created (UTC),Event,Summary,Agent",  # a sheet of PagerDuty log entries
        "time,status,text",  # a status column alone is no ticket list
        "id,timestamp,text,actor",  # an id per event is no ticket list
    ],
)
def test_timelines_with_ids_or_statuses_are_still_read(header: str) -> None:
    cells = {
        "created (utc)": "2026-03-22 23:41",
        "time": "2026-03-22 23:41",
        "timestamp": "2026-03-22 23:41",
        "event": "triggered",
        "status": "firing",
        "id": "7",
    }
    row = ",".join(cells.get(name.lower(), "error rate above 5%") for name in header.split(","))
    result = parse_text(f"{header}\n{row}\n", "auto", "timeline.csv")
    assert [str(p) for p in result.problems] == []
    assert len(result.events) == 1
