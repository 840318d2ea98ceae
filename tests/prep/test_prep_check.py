"""`facilitator check` lists who has not sent a form, with the deadline on each person's clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.checks.prep_round import PREP
from facilitator.checks.readiness import readiness
from facilitator.importers.prep_form import answers_from_form, read_form
from facilitator.model.enums import SessionStatus
from tests.prep.prep_support import RECEIVED, SLUG, Cli, example, filled_text

MEETING = datetime(2019, 7, 10, 14, 0, tzinfo=UTC)


def prep_findings(session, now):
    return [(f.kind, f.message) for f in readiness(session, now).findings if f.heading == PREP]


def with_jonas(session):
    answers, _ = answers_from_form(read_form(filled_text(), "jonas.md"), session, RECEIVED)
    return session.changed(prep=(answers,))


def test_no_round_no_prep_findings() -> None:
    assert prep_findings(example(), RECEIVED) == []


def test_before_the_deadline_each_missing_form_says_how_long_is_left_in_their_zone() -> None:
    session = with_jonas(example().changed(meeting_at=MEETING))
    found = prep_findings(session, MEETING - timedelta(hours=29))
    assert ("gap", "Priya Raman: no form yet, due in 5h 00m (Tue 22:00 +08 their time, Asia/Singapore)") in found
    assert ("gap", "Dana Whitlock: no form yet, due in 5h 00m (Tue 09:00 CDT their time, America/Chicago)") in found
    assert not any("Jonas" in message for _, message in found)
    assert len(found) == 4


def test_after_the_deadline_they_are_overdue() -> None:
    session = example().changed(meeting_at=MEETING)
    found = prep_findings(session, MEETING - timedelta(hours=20))
    assert (
        "gap",
        "Tomás Herrera: no form yet, overdue by 4h 00m (Tue 15:00 WEST their time, Europe/Lisbon)",
    ) in found


def test_the_facilitators_own_form_is_a_note_not_a_gap() -> None:
    session = example().changed(meeting_at=MEETING)
    found = prep_findings(session, MEETING - timedelta(hours=20))
    assert (
        "note",
        "Maya Okonkwo (facilitator, not a gap): no form yet, overdue by 4h 00m (Tue 15:00 BST their time, Europe/London)",
    ) in found
    assert [kind for kind, message in found if "Maya" not in message] == ["gap"] * 4


def test_a_round_without_a_meeting_time_asks_for_one() -> None:
    found = prep_findings(with_jonas(example()), RECEIVED)
    assert found[0] == ("gap", "no meeting time set: forms are due 24 hours before it (facilitator prep --meeting)")


def test_once_the_meeting_runs_a_missing_form_is_only_a_note() -> None:
    session = example().changed(meeting_at=MEETING, status=SessionStatus.LIVE)
    assert {kind for kind, _ in prep_findings(session, MEETING)} == {"note"}


def test_every_form_in_passes_the_prep_check(cli: Cli, tmp_path: Path) -> None:
    assert cli("prep", SLUG, "--for", "Jonas Lindqvist", "--meeting", "2099-01-01 10:00 UTC") == 0
    assert cli("check", SLUG, "--json") == 1
    report = json.loads(cli.out)
    missing = [f["message"] for f in report["findings"] if f["heading"] == PREP]
    assert len(missing) == 5 and all("due in" in m for m in missing)
    for person in cli.session().participants:
        form = tmp_path / f"{person.id}.md"
        form.write_text(filled_text().replace("Jonas Lindqvist", person.name), encoding="utf-8")
        assert cli("import", SLUG, str(form)) == 0
    cli("check", SLUG)
    assert PREP not in cli.out
