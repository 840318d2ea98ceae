"""`facilitator prep` writes the forms; `facilitator import` reads them back, all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.prep.prep_support import RECEIVED, SLUG, Cli, filled_text


def put(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_prep_writes_one_form_per_participant(cli: Cli, tmp_path: Path) -> None:
    assert cli("prep", SLUG, "-o", str(tmp_path / "forms")) == 0
    names = sorted(Path(line).name for line in cli.out.splitlines())
    assert names == [
        f"{SLUG}-prep-dana-whitlock.md",
        f"{SLUG}-prep-jonas-lindqvist.md",
        f"{SLUG}-prep-maya-okonkwo.md",
        f"{SLUG}-prep-priya-raman.md",
        f"{SLUG}-prep-tomas-herrera.md",
    ]
    form = (tmp_path / "forms" / f"{SLUG}-prep-priya-raman.md").read_text(encoding="utf-8")
    assert "- Participant: Priya Raman" in form
    assert "### D1 (event event-06): 2019-07-02 14:00 UTC (22:00 +08), SRE: WAF identified" in form


def test_one_form_goes_to_standard_output(cli: Cli) -> None:
    assert cli("prep", SLUG, "--for", "jonas  LINDQVIST") == 0
    assert cli.out.startswith("# Pre-prep form: Worldwide 502s")
    assert "- Participant: Jonas Lindqvist" in cli.out


def test_several_forms_need_a_folder(cli: Cli) -> None:
    assert cli("prep", SLUG) == 2
    assert "5 forms to write: give -o DIR" in cli.err


def test_an_unknown_name_is_refused(cli: Cli) -> None:
    assert cli("prep", SLUG, "--for", "Nobody") == 2
    assert "--for: not a participant: Nobody" in cli.err


def test_the_meeting_time_sets_each_persons_deadline_in_their_zone(cli: Cli) -> None:
    assert cli("prep", SLUG, "--for", "Priya Raman", "--meeting", "2019-07-10 15:00 Europe/London") == 0
    assert "- Due: Tue 09 Jul 2019, 22:00 +08 (your time), 2019-07-09 14:00 UTC" in cli.out
    assert cli.session().meeting_at.isoformat() == "2019-07-10T14:00:00+00:00"
    assert cli("prep", SLUG, "--for", "Priya Raman", "--meeting", "tomorrow-ish") == 2
    assert "--meeting: 'tomorrow-ish' is not a time" in cli.err


def test_a_filled_form_is_imported_and_attributed(cli: Cli, tmp_path: Path) -> None:
    form = put(tmp_path, "jonas.md", filled_text())
    assert cli("import", SLUG, form) == 0
    assert cli.out == f"stored the pre-prep answers of Jonas Lindqvist from {form}\n"
    (answers,) = cli.session().prep
    assert answers.participant_id == "person-4"
    assert answers.source == form
    assert len(answers.went_well) == 3


def test_an_updated_form_replaces_that_persons_answers(cli: Cli, tmp_path: Path) -> None:
    form = put(tmp_path, "jonas.md", filled_text())
    assert cli("import", SLUG, form, "--format", "prep") == 0
    updated = put(tmp_path, "jonas-2.md", filled_text().replace("- Everyone moved to one bridge quickly\n", ""))
    assert cli("import", SLUG, updated) == 0
    assert cli.out.startswith("replaced the earlier answers of Jonas Lindqvist")
    (answers,) = cli.session().prep
    assert len(answers.went_well) == 2 and answers.source == updated


REFUSALS = {
    "another session": (
        lambda t: t.replace("- Session: cloudflare-2019-07-02", "- Session: gitlab-2017-01-31"),
        1,
        "a form for session 'gitlab-2017-01-31', not for 'cloudflare-2019-07-02'",
    ),
    "an unknown participant": (
        lambda t: t.replace("- Participant: Jonas Lindqvist", "- Participant: Jonas Lind"),
        1,
        "'Jonas Lind' is not a participant of 'cloudflare-2019-07-02'",
    ),
    "an unknown section": (
        lambda t: t.replace("## Questions before the meeting", "## Random thoughts"),
        45,
        "unreadable section 'Random thoughts': not a heading of the pre-prep form",
    ),
    "an event that is not there": (
        lambda t: t.replace("(event event-07)", "(event event-99)"),
        56,
        "decision point 'event event-99' is not on this session's timeline",
    ),
    "a vote that is no vote": (
        lambda t: t.replace("- Vote: +1", "- Vote: maybe"),
        70,
        "vote 'maybe': write +1 or -1",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_bad_form_is_refused_with_file_and_line_and_changes_nothing(cli: Cli, tmp_path: Path, case: str) -> None:
    change, line, reason = REFUSALS[case]
    good = put(tmp_path, "good.md", filled_text().replace("Jonas Lindqvist", "Priya Raman"))
    bad = put(tmp_path, "bad.md", change(filled_text()))
    before = cli.raw()
    assert cli("import", SLUG, good, bad) == 2
    assert cli.err.splitlines()[0] == f"facilitator: {bad}:{line}: {reason}"
    assert "nothing imported" in cli.err
    assert cli.raw() == before


def test_a_form_names_its_lines_when_the_header_is_gone(cli: Cli, tmp_path: Path) -> None:
    headless = "\n".join(line for line in filled_text().splitlines() if not line.startswith("- Session"))
    bad = put(tmp_path, "bad.md", headless)
    assert cli("import", SLUG, bad, "--format", "prep") == 2
    assert f"facilitator: {bad}:1: no 'Session:' line" in cli.err


def closed(cli: Cli) -> None:
    """Close the example review, as Debrief's c does."""
    from facilitator.review import Review
    from facilitator.store.paths import session_path
    from facilitator.store.session_file import open_session

    file = open_session(session_path(cli.folder, SLUG))
    try:
        review = Review(file.session, file)
        review.close_review(RECEIVED)
        review.save_now(RECEIVED)
    finally:
        file.close()


def test_a_form_for_a_closed_review_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    closed(cli)
    before = cli.raw()
    assert cli("import", SLUG, put(tmp_path, "jonas.md", filled_text())) == 2
    assert cli.err == (
        f"facilitator: {SLUG}: nothing imported: the review is closed; reopen it first (o on the Debrief pane)\n"
    )
    assert cli.raw() == before


def test_prep_on_a_closed_review_says_it_is_closed(cli: Cli, tmp_path: Path) -> None:
    closed(cli)
    assert cli("prep", SLUG, "-o", str(tmp_path / "forms")) == 2
    assert cli.err.startswith(f"facilitator: {SLUG}: pre-prep forms are for before the meeting: the review is closed")
    assert not (tmp_path / "forms").exists()
    assert cli("prep", SLUG, "--for", "Priya Raman", "--meeting", "2099-01-01 10:00 UTC") == 2
    assert "meeting time not set: the review is closed" in cli.err
    assert cli.session().meeting_at is None


def test_forms_for_a_meeting_under_24_hours_away_are_overdue_as_written(cli: Cli, tmp_path: Path) -> None:
    soon = datetime.now(UTC) + timedelta(hours=5)
    assert cli("prep", SLUG, "-o", str(tmp_path / "forms"), "--meeting", f"{soon:%Y-%m-%d %H:%M} UTC") == 0
    assert len(cli.out.splitlines()) == 5  # written all the same
    assert cli.err.startswith("facilitator: warning: the meeting is in 4h 5")
    assert "so these forms are overdue as they are written (they are due 24 hours before it," in cli.err
    later = datetime.now(UTC) + timedelta(days=3)
    assert cli("prep", SLUG, "-o", str(tmp_path / "forms"), "--meeting", f"{later:%Y-%m-%d %H:%M} UTC") == 0
    assert cli.err == ""
