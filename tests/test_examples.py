"""The bundled example sessions: they load, the demo fills every section, and they rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.cli.session_cmds import DEMO_SESSION, examples_dir
from facilitator.model.clock import ClockState
from facilitator.model.enums import FindingKind, ParkingOutcome, SessionStatus, Severity
from facilitator.store.session_file import load_session

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "tools" / "build_examples.py"
EXAMPLES = ("cloudflare-2019-07-02", "fastly-2021-06-08", "gitlab-2017-01-31")
RUN_THROUGHS = EXAMPLES[1:]


def example(name: str):
    return load_session(examples_dir() / f"{name}.json")


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_bundled_example_loads_and_validates(name: str) -> None:
    session = example(name)
    assert session.slug == session.incident_id == name
    assert session.severity is Severity.SEV1
    assert 4 <= len(session.participants) <= 6
    assert [p.facilitator for p in session.participants].count(True) == 1
    assert any(p.proxy_for for p in session.participants)
    assert all(a.owner for a in session.actions)
    assert sum(not a.due for a in session.actions) == 1  # left out on purpose, so a nudge shows
    assert sum(not a.done_definition for a in session.actions) == 1


def test_the_demo_session_has_content_in_every_section() -> None:
    session = example(DEMO_SESSION)
    assert session.status is SessionStatus.PREP
    assert session.clock.state(session.created_at) is ClockState.NOT_STARTED
    assert session.current_timebox.title == "Framing"
    assert session.title and session.summary and session.impact and session.error_budget_spent
    assert None not in (session.started_at, session.detected_at, session.mitigated_at, session.resolved_at)
    assert len(session.timeline) == 10
    assert sum(e.decision_point for e in session.timeline) >= 2
    assert any(e.notes for e in session.timeline)
    correction = next(c for e in session.timeline for c in e.corrections)
    assert correction.original.startswith("CI builds the rules and the test suite passes")
    kinds = [f.kind for f in session.findings]
    assert kinds.count(FindingKind.CONTRIBUTOR) >= 3
    assert kinds.count(FindingKind.MITIGATOR) == 2 and kinds.count(FindingKind.RISK) == 2
    chained = next(f for f in session.findings if f.whys)
    assert chained.systemic_factor and len(chained.whys) >= 3
    assert all(f.event_ids for f in session.findings)
    assert 5 <= len(session.actions) <= 7
    assert {p.outcome for p in session.parking} == {None, ParkingOutcome.FOLLOW_UP, ParkingOutcome.DROPPED}
    assert session.debrief.went_well and session.debrief.affirmations and session.debrief.lessons
    assert all(box.script for box in session.layout.timeboxes)


@pytest.mark.parametrize("name", RUN_THROUGHS)
def test_a_run_through_example_is_a_finished_closed_review(name: str) -> None:
    session = example(name)
    assert session.status is SessionStatus.CLOSED and session.closed_at is not None
    assert session.clock.finished and not session.clock.running
    round_ = session.round_robin.current
    assert round_.done
    talk = session.round_robin.talk_seconds()
    assert len(talk) >= 3 and all(seconds > 0 for seconds in talk.values())
    assert any(turn.proxy for turn in round_.turns)
    assert session.debrief.affirmations[0].person in {p.name for p in session.participants}
    assert {p.raised_in for p in session.parking} != {"Framing"}


def test_gitlab_uses_the_sev1_layout_and_the_others_the_standard_one() -> None:
    assert [example(name).layout.name for name in EXAMPLES] == ["standard", "standard", "sev1"]


def test_a_key_person_risk_recurs_in_every_example() -> None:
    risks = [{f.text for f in example(name).findings if f.kind is FindingKind.RISK} for name in EXAMPLES]
    assert set.intersection(*risks)


def test_facilitator_list_shows_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--dir", str(examples_dir())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == list(EXAMPLES)
    assert lines[0].split("\t")[2] == "prep"


def test_rebuilding_gives_the_committed_content(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(BUILD_SCRIPT), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in EXAMPLES:
        rebuilt = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        committed = json.loads((ROOT / "sessions" / f"{name}.json").read_text(encoding="utf-8"))
        for tables in (rebuilt, committed):
            tables["meta"]["1"].pop("saved_at", None)
        assert rebuilt == committed, f"sessions/{name}.json is stale: run tools/build_examples.py"
