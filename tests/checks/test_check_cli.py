"""`facilitator check` and `check --closure`: output and exit codes, run in process."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from facilitator.cli import main
from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, EventKind, Priority
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.participant import Participant
from facilitator.model.prep import PrepAnswers
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import write_new_session

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def write(folder: Path, slug: str, **values) -> None:
    session = (
        new_session(slug, slug, find_layout("standard"), NOW)
        .changed(
            timeline=(TimelineEvent(at=NOW, text="Alert", kind=EventKind.ALERT),),
            detected_at=NOW,
            resolved_at=NOW,
            summary="s",
            impact="i",
            participants=(Participant(name="Ana", tz="Europe/Lisbon", facilitator=True),),
        )
        .changed(**values)
    )
    write_new_session(folder / f"{slug}.json", session)


def test_check_exits_0_when_nothing_is_missing(tmp_path: Path, capsys) -> None:
    write(tmp_path, "ready")
    assert main(["check", "ready", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "ready: nothing missing\n"


def test_check_exits_1_and_lists_gaps_by_heading(tmp_path: Path, capsys) -> None:
    write(tmp_path, "loose", summary="", actions=(ActionItem(title="Fix\x1b[31m alerts"),))
    assert main(["check", "loose", "--dir", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Write-up",
        "  - no summary written",
        "Action items",
        "  - 'Fix alerts': no owner, no due date, no definition of done",  # the model keeps no ESC
        "2 gaps",
    ]


def test_check_lists_flagged_text_headed_for_the_export_and_answers_held_back(tmp_path: Path, capsys) -> None:
    answers = PrepAnswers(
        participant_id="ana", received_at=NOW, could_be_better=("ana's team never reads the runbook",)
    )
    write(
        tmp_path,
        "blaming",
        summary="The on-call forgot to page the DB team.",
        participants=(Participant(id="ana", name="Ana", tz="Europe/Lisbon", facilitator=True),),
        prep=(answers,),
    )
    assert main(["check", "blaming", "--dir", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines()[2:] == [
        "Write-up",
        "  - summary: “The on-call forgot” reads as blame (What made the step easy to skip?)",
        "  - pre-prep answer of Ana (could be better 1) reads as blame and is held back from the export: "
        "reword it, keep it or leave it out (Pre-prep pane, 8)",
        "3 gaps",  # and the meeting time, not set
    ]


def test_check_json_for_scripts(tmp_path: Path, capsys) -> None:
    write(tmp_path, "loose", impact="")
    assert main(["check", "loose", "--dir", str(tmp_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is False and data["gaps"] == 1 and data["check"] == "readiness"
    assert data["findings"] == [{"heading": "Write-up", "message": "no impact written", "kind": "gap", "item_id": ""}]


def test_closure_exit_codes(tmp_path: Path, capsys) -> None:
    done = ActionItem(title="a", owner="Ana", priority=Priority.P0, status=ActionStatus.DONE)
    write(tmp_path, "closed", actions=(done,))
    write(
        tmp_path,
        "open",
        actions=(done, ActionItem(title="b", owner="Ana", priority=Priority.P1, due=date(2026, 3, 15))),
    )
    assert main(["check", "closed", "--closure", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "can close: every P0 action done, every P1 under way\n"
    assert main(["check", "open", "--closure", "--dir", str(tmp_path), "--today", "2026-03-20"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Keeps the incident open",
        "  - P1 'b' is open (needs to be in progress or done)",
        "Worth a look",
        "  - note: 'b' is 5 days overdue (due 2026-03-15)",
        "stays open: 1 action not far enough along, 1 note",
    ]


def test_a_missing_session_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["check", "nope", "--dir", str(tmp_path)]) == 2
    assert "nope: no such session" in capsys.readouterr().err
