"""Time `facilitator report` over 1,000 generated sessions, against a baseline in the same run.

The baseline is a bare Python that only reads and parses the same files with `json`, so the
ratio says what validating the sessions and building the report cost on this machine.
Target: the report in under 3 s. Run: .venv/bin/python bench/bench_report.py [COUNT]
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Category, EventKind, FindingKind, Priority
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.finding import Finding
from facilitator.model.participant import Participant
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import session_to_document
from facilitator.store.storage import encode

TARGET_SECONDS = 3.0
RISKS = (
    "Only one person knows the failover runbook",
    "Disk alerts are noisy",
    "Backups are never restored",
    "The status page needs a manual update",
    "Config changes skip the staged rollout",
)
OWNERS = ("Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "")
LAYOUT = find_layout("standard")


def make_session(index: int, rng: random.Random):
    start = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=index % 700, minutes=rng.randrange(1440))
    slug = f"incident-{index:04d}"
    events = tuple(
        TimelineEvent(
            at=start + timedelta(minutes=3 * n),
            text=f"event {n} of incident {index}",
            actor="on-call",
            kind=rng.choice(list(EventKind)),
        )
        for n in range(25)
    )
    agreed = (start + timedelta(days=2)).date()
    actions = tuple(
        ActionItem(
            title=f"action {n}",
            owner=rng.choice(OWNERS),
            priority=rng.choice(list(Priority)),
            status=rng.choice(list(ActionStatus)),
            due=agreed + timedelta(days=rng.randrange(5, 60)),
            created_at=agreed.isoformat(),
            done_at=(agreed + timedelta(days=rng.randrange(60))).isoformat(),
        )
        for n in range(5)
    )
    findings = (
        Finding(kind=FindingKind.RISK, text=rng.choice(RISKS)),
        Finding(
            kind=FindingKind.CONTRIBUTOR,
            text="a contributor",
            category=rng.choice(list(Category)),
            event_ids=(events[0].id,),
            whys=("why one", "why two"),
        ),
        Finding(kind=FindingKind.MITIGATOR, text="a mitigator"),
    )
    return new_session(f"Incident {index}", slug, LAYOUT, start).changed(
        started_at=start,
        detected_at=start + timedelta(minutes=rng.randrange(1, 60)),
        resolved_at=start + timedelta(minutes=rng.randrange(60, 600)),
        timeline=events,
        actions=actions,
        findings=findings,
        participants=tuple(Participant(name=n, tz="Europe/Berlin") for n in OWNERS if n),
        summary="What happened " * 20,
        impact="Who was affected " * 10,
    )


def timed(argv: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def main(count: int = 1000) -> int:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        for index in range(count):
            document = {
                "meta": {"1": {"schema_version": 1}},
                "session": {"1": session_to_document(make_session(index, rng))},
            }
            (Path(folder) / f"incident-{index:04d}.json").write_text(encode(document), encoding="utf-8")
        baseline_code = (
            f"import json, pathlib\nfor p in pathlib.Path({folder!r}).glob('*.json'): json.loads(p.read_text())"
        )
        baseline = min(timed([sys.executable, "-c", baseline_code]) for _ in range(3))
        report = min(
            timed(
                [
                    sys.executable,
                    "-m",
                    "facilitator",
                    "report",
                    "--dir",
                    folder,
                    "--today",
                    date(2026, 1, 1).isoformat(),
                ]
            )
            for _ in range(3)
        )
    verdict = "ok" if report < TARGET_SECONDS else "MISSED"
    print(f"sessions: {count}")
    print(f"baseline (python + json.loads of every file): {baseline:.2f} s")
    print(
        f"facilitator report: {report:.2f} s  (ratio {report / baseline:.1f}x; target < {TARGET_SECONDS:.0f} s: {verdict})"
    )
    return 0 if report < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
