"""Real tools' files, built from their documented shapes (tests/importers/formats/), in.

Slack: an Enterprise Grid workspace export whose incident channel holds app posts with
their words only in `blocks` or `attachments`, a huddle, a thread, an empty message and
two people posting the same words in one second. PagerDuty: three pages of one
incident's log entries, and an incident object by mistake. Zoom's saved chat (both
layouts), Teams and Google Docs table pastes, and a chat that crosses midnight.
"""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.importers import parse_file, parse_text
from facilitator.importers.pagerduty import KINDS
from facilitator.model.enums import EventKind

FORMATS = Path(__file__).resolve().parent / "formats"
GRID = FORMATS / "slack_grid"
PAGES = [str(FORMATS / f"pagerduty_page{n}.json") for n in (1, 2, 3)]
DAY = date(2026, 3, 22)


def utc(hour: int, minute: int, second: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


def rows(result) -> list[tuple[datetime, str, str]]:
    return [(e.at, e.actor, e.text) for e in result.events]


def test_a_grid_incident_channel_imports_whole_with_app_posts_huddles_and_names() -> None:
    result = parse_file(GRID, channel="inc-2041")
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (
            utc(23, 40),
            "Grafana",
            "[FIRING:1] HighErrorRate checkout\n*Error rate* > 5% on checkout dashboard\n*Severity:* critical\n"
            "Grafana v11 · @here",
        ),
        (utc(23, 41), "PagerDuty", "#2041 HighErrorRate checkout\nAssigned: @Ana Ops\nUrgency: high"),
        (utc(23, 44), "Ana Ops", "Acking, looking at @Bo Dev's deploy"),
        (utc(23, 46), "Bo Dev", "it was the 23:30 config push"),
        (utc(23, 48), "Ana Ops", "huddle started, 3 joined"),
        (utc(23, 50), "Ana Ops", "rolling back now"),
        (utc(23, 50), "Bo Dev", "rolling back now"),
        (utc(23, 55), "Cy Comms", "Status page: investigating\n- checkout errors\n- :fire: next update 00:30"),
        (utc(0, 30, day=23), "PagerDuty", "Resolved #2041 HighErrorRate checkout"),
    ]
    assert result.skipped == {"Slack messages with nothing in them": 1}
    by_text = {e.text: e for e in result.events}
    assert by_text["it was the 23:30 config push"].parent_id == by_text["Acking, looking at @Bo Dev's deploy"].id
    assert by_text["Resolved #2041 HighErrorRate checkout"].kind is EventKind.RESOLUTION


def test_the_grid_export_imports_from_the_command_line_and_says_what_it_left_out(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, str(GRID), "--channel", "inc-2041") == 0, cli.err
    assert cli.out.startswith("imported 9 events (0 already there) from ")
    assert cli.out.rstrip().endswith("left out: Slack messages with nothing in them (1)")
    assert cli("import", slug, str(GRID), "--channel", "inc-2041") == 0
    assert cli.out.startswith("imported 0 events (9 already there)"), "a repeated import adds nothing"
    actors = {e.actor for e in cli.session(slug).timeline}
    assert actors == {"Grafana", "PagerDuty", "Ana Ops", "Bo Dev", "Cy Comms"}, "names, never W01… ids"


def test_org_users_json_names_people_in_a_single_day_file(tmp_path: Path) -> None:
    shutil.copy(GRID / "org_users.json", tmp_path)
    shutil.copy(GRID / "inc-2041" / "2026-03-22.json", tmp_path / "day.json")
    result = parse_file(tmp_path / "day.json", "slack")
    assert "@Bo Dev" in result.events[2].text
    assert result.events[2].actor == "Ana Ops"


@pytest.mark.parametrize("lenient", [[], ["--lenient"]])
def test_a_workspace_zip_without_channel_is_refused_with_the_reason_even_when_lenient(
    cli, tmp_path: Path, lenient: list[str]
) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in GRID.rglob("*.json"):
            zipped.write(path, path.relative_to(GRID).as_posix())
    slug = cli.new()
    assert cli("import", slug, str(archive), *lenient) == 2
    assert cli.err.splitlines() == [
        f"facilitator: {archive}: the export holds 2 channels (inc-2041, random); pick one with --channel NAME",
        f"facilitator: nothing imported: {archive} could not be read at all (see above)",
    ]
    assert cli.session(slug).timeline == ()


def test_unplaced_lines_from_a_zip_and_its_folder_are_kept_once(cli, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(GRID, folder)
    day = folder / "inc-2041" / "2026-03-22.json"
    day.write_text(day.read_text(encoding="utf-8").replace('"ts": "1774223400.000100"', '"ts_": "x"', 1))
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.rglob("*.json"):
            zipped.write(path, path.relative_to(folder).as_posix())
    slug = cli.new()
    assert cli("import", slug, str(folder), "--channel", "inc-2041", "--lenient") == 0
    assert cli("import", slug, str(archive), "--channel", "inc-2041", "--lenient") == 0
    session = cli.session(slug)
    assert len(session.unplaced) == 1
    assert len(session.timeline) == 8


def test_pagerduty_pages_in_one_command_give_the_first_trigger_and_ack_and_the_last_resolve(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, *PAGES) == 0, cli.err
    session = cli.session(slug)
    assert (session.detected_at, session.acknowledged_at, session.resolved_at) == (
        utc(23, 45),
        utc(23, 46, 40),
        utc(0, 31, day=23),
    )
    assert len(session.timeline) == 9
    assert "warning" not in cli.err


def test_a_page_with_more_after_it_and_no_next_page_names_the_offset_to_fetch(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, PAGES[0], PAGES[1]) == 0
    assert cli.err.splitlines() == [
        f"facilitator: warning: {PAGES[1]}: more log entries follow (more: true); fetch the next page with "
        "offset=6&limit=3 and import it with this one"
    ]


def test_every_log_entry_type_of_the_schema_has_its_kind() -> None:
    page = parse_file(PAGES[1])
    assert [(e.text, e.kind) for e in page.events] == [
        ("Repeated escalation path (pass 2 of 3)", EventKind.COMMUNICATION),
        ("Reassigned to Bo Dev by Ana Ops", EventKind.COMMUNICATION),
        ("Rolled back the 23:30 config push", EventKind.ACTION),  # a note: guessed from its words
    ]
    schema_types = {
        "acknowledge", "annotate", "assign", "delegate", "escalate", "exhaust_escalation_path", "notify",
        "reach_ack_limit", "reach_trigger_limit", "repeat_escalation_path", "resolve", "snooze", "trigger",
        "unacknowledge", "urgency_change", "field_value_change", "custom_field_value_change",
    }  # fmt: skip
    assert schema_types <= set(KINDS)


@pytest.mark.parametrize("lenient", [[], ["--lenient"]])
def test_a_pagerduty_incident_object_is_refused_with_what_to_export_instead(cli, lenient: list[str]) -> None:
    slug = cli.new()
    incident = str(FORMATS / "pagerduty_incident.json")
    assert cli("import", slug, incident, *lenient) == 2
    assert cli.err.splitlines() == [
        f"facilitator: {incident}: a PagerDuty incident, not its log entries: export them with "
        "GET /incidents/{id}/log_entries and import that file",
        f"facilitator: nothing imported: {incident} could not be read at all (see above)",
    ]


PRIVATE_KEPT = (
    "1 private chat message (sent to one person) is kept, marked '(private message to …)': "
    "delete in prep any that should stay private"
)


def test_zooms_saved_chat_takes_the_speaker_and_keeps_a_direct_message_marked_private() -> None:
    result = parse_file(FORMATS / "zoom_meeting_saved_chat.txt", default_date=DAY)
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (utc(23, 41, 7), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42, 30), "Bo Dev", "I pushed a config change at 23:30\nlooking at it now"),
        (utc(23, 43, 2), "Bo Dev", "(private message to Ana Ops) sorry, this is on me"),
        (utc(23, 47, 15), "Cy Comms", "status page posted: investigating"),
        (utc(0, 30, 40, day=23), "Ana Ops", "Resolved: error rate back to normal"),
    ]
    assert [(w.line, w.reason) for w in result.warnings if "private" in w.reason] == [(6, PRIVATE_KEPT)]
    assert result.skipped == {}


def test_zooms_older_chat_layout_too() -> None:
    result = parse_file(FORMATS / "zoom_chat_older.txt", default_date=DAY)
    assert rows(result) == [
        (utc(23, 41, 7), "Ana Ops", "checkout error rate is climbing"),
        (utc(23, 43, 2), "Bo Dev", "(private message to Ana Ops) sorry, this is on me"),
        (utc(23, 47, 15), "Cy Comms", "status page posted"),
    ]
    assert [w.reason for w in result.warnings] == [PRIVATE_KEPT]


@pytest.mark.parametrize("name", ["teams_table_paste.txt", "gdocs_table_paste.txt"])
def test_a_table_paste_takes_time_speaker_and_text_and_knows_its_header_row(name: str) -> None:
    result = parse_file(FORMATS / name, default_date=DAY)
    assert [str(p) for p in result.problems] == []
    assert [(e.at, e.actor) for e in result.events] == [
        (utc(23, 41), "Ana Ops"),
        (utc(23, 47), "Cy Comms"),
        (utc(0, 30, day=23), "Ana Ops"),
    ]
    assert result.events[0].text == "checkout error rate is climbing"


def test_a_plain_line_that_starts_with_from_keeps_its_text() -> None:
    (event,) = parse_text("14:23 From the logs to the DB: writes stall", "text", default_date=DAY).events
    assert (event.actor, event.text) == ("", "From the logs to the DB: writes stall")


def test_undated_lines_crossing_midnight_put_the_resolution_on_the_next_day(cli) -> None:
    slug = cli.new()
    chat = str(FORMATS / "midnight_chat.txt")
    assert cli("import", slug, chat, "--date", "2026-03-22") == 0
    assert [e.at for e in cli.session(slug).timeline] == [utc(23, 41), utc(23, 47), utc(0, 30, day=23)]
    assert cli.err == (
        f"facilitator: warning: {chat}:3: 00:30 UTC is over 12 hours before the line above, so it is taken as "
        "the next day (2026-03-23); write the date on the line if it is not\n"
    )


def test_an_explicit_date_on_a_line_still_wins_over_the_rollover() -> None:
    text = "23:41 - alert\n2026-03-22 00:30 - written as the same day\n23:50 - later"
    result = parse_text(text, "text", default_date=DAY)
    assert [e.at for e in result.events] == [utc(0, 30), utc(23, 41), utc(23, 50)]


def test_two_people_posting_the_same_words_in_one_second_are_two_events(cli, tmp_path: Path) -> None:
    csv_file = tmp_path / "pair.csv"
    csv_file.write_text(
        "timestamp,actor,text\n2026-03-22T23:50:00Z,Ana,rolling back\n2026-03-22T23:50:00Z,Bo,rolling back\n"
    )
    slug = cli.new()
    assert cli("import", slug, str(csv_file)) == 0
    assert cli.out.startswith("imported 2 events (0 already there)")
    assert cli("import", slug, str(csv_file)) == 0
    assert cli.out.startswith("imported 0 events (2 already there)")


def test_a_20000_row_csv_with_a_same_second_pair_imports_every_row(cli, tmp_path: Path) -> None:
    lines = ["timestamp,actor,kind,text"]
    lines += [
        f"2026-03-22T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z,sre,action,step {n}" for n in range(19_999)
    ]
    lines.append("2026-03-22T00:00:00Z,db team,action,step 0")  # the same second and words as row 1
    csv_file = tmp_path / "big.csv"
    csv_file.write_text("\n".join(lines) + "\n")
    slug = cli.new()
    assert cli("import", slug, str(csv_file)) == 0
    assert cli.out.startswith("imported 20000 events (0 already there)")
    assert len(cli.session(slug).timeline) == 20_000


def test_events_and_unplaced_lines_name_the_file_from_what_was_imported_not_its_folders(cli) -> None:
    slug = cli.new()
    assert cli("import", slug, str(GRID), "--channel", "inc-2041") == 0
    assert cli("import", slug, str(FORMATS / "midnight_chat.txt"), "--date", "2026-03-22") == 0
    sources = {e.provenance.source for e in cli.session(slug).timeline}
    assert sources == {
        "slack_grid/inc-2041/2026-03-22.json",
        "slack_grid/inc-2041/2026-03-23.json",
        "midnight_chat.txt",
    }
    assert cli("export", slug, "--format", "json") == 0
    assert str(FORMATS) not in cli.out
