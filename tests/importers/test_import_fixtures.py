"""Every fixture incident imports from each of its timeline files to the expected events."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.importers import parse_file
from tests.importers.importer_support import INCIDENTS, TIMELINE_FILES, expected, incident_date, incident_names

FULL_TIMELINES = ("timeline.txt", "timeline.csv", "slack_export.json")
CASES = [(name, file) for name in incident_names() for file in FULL_TIMELINES if (INCIDENTS / name / file).exists()]


@pytest.mark.parametrize(("incident", "file"), CASES)
def test_each_timeline_file_gives_the_expected_events(incident: str, file: str) -> None:
    result = parse_file(INCIDENTS / incident / file, default_date=incident_date(incident))
    want = expected(incident)
    assert [str(p) for p in result.problems] == []
    assert len(result.events) == want["event_count"]
    assert result.span == (datetime.fromisoformat(want["first"]), datetime.fromisoformat(want["last"]))


@pytest.mark.parametrize("incident", incident_names())
def test_the_files_of_one_incident_agree_so_importing_them_all_adds_each_event_once(incident: str, cli) -> None:
    slug = cli.new()
    files = [str(INCIDENTS / incident / f) for f in FULL_TIMELINES if (INCIDENTS / incident / f).exists()]
    assert cli("import", slug, *files, "--date", incident_date(incident).isoformat()) == 0
    assert len(cli.session(slug).timeline) == expected(incident)["event_count"]


def test_the_pagerduty_log_gives_one_event_per_entry_within_the_incident() -> None:
    incident = "cloudflare-2019-07-02"
    result = parse_file(INCIDENTS / incident / "pagerduty_log_entries.json")
    want = expected(incident)
    # The paging log holds the 6 entries from the first page on, not the 4 steps before it.
    assert result.format == "pagerduty" and result.problems == ()
    assert len(result.events) == 6
    assert result.span is not None
    assert result.span[1] == datetime.fromisoformat(want["last"])
    assert result.span[0] >= datetime.fromisoformat(want["first"])


def test_every_fixture_file_is_covered() -> None:
    present = {(n, f) for n in incident_names() for f in TIMELINE_FILES if (INCIDENTS / n / f).exists()}
    assert present - set(CASES) == {("cloudflare-2019-07-02", "pagerduty_log_entries.json")}
