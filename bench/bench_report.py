"""Time `facilitator report` over 10,000 generated sessions, against a baseline in the same run.

    .venv/bin/python bench/bench_report.py [COUNT]

The baseline is a bare Python that only reads and parses the same files with `json`. The
first run builds the session catalogue (every file read and validated); a warm run finds
it up to date and re-reads nothing; a run after 10 files changed re-reads those 10.
Target: a warm run under 1 s.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchlib import summary

from facilitator.model.action import ActionItem
from facilitator.model.enums import ActionStatus, Category, EventKind, FindingKind, Priority
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.finding import Finding
from facilitator.model.participant import Participant
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import file_tables
from facilitator.store.storage import encode
from facilitator.store.tables import Written

TARGET_SECONDS = 1.0
CHANGED = 10
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


def write_sessions(folder: Path, count: int, rng: random.Random) -> None:
    """`count` session files (written directly, without the fsync of every save)."""
    for index in range(count):
        session = make_session(index, rng)
        tables, _ = file_tables(session, session.created_at, Written())
        (folder / f"{session.slug}.json").write_text(encode(tables), encoding="utf-8")


class Run:
    """Wall time and CPU time (user + system) of one run of a child process."""

    def __init__(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        self.wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def report_run(folder: str, cache: str) -> Run:
    argv = [sys.executable, "-m", "facilitator", "report", "--dir", folder, "--today", date(2026, 1, 1).isoformat()]
    return Run(argv, env={**os.environ, "FACILITATOR_CACHE": cache})


def main(count: int = 10_000) -> int:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        write_sessions(Path(folder), count, rng)
        baseline_code = (
            f"import json, pathlib\nfor p in pathlib.Path({folder!r}).glob('*.json'): json.loads(p.read_text())"
        )
        baseline = min((Run([sys.executable, "-c", baseline_code]) for _ in range(3)), key=lambda r: r.wall)
        with tempfile.TemporaryDirectory(prefix="facilitator-cache-") as cache:
            first = report_run(folder, cache)
            warm = min((report_run(folder, cache) for _ in range(3)), key=lambda r: r.wall)
            for index in rng.sample(range(count), CHANGED):
                session = make_session(index, rng).changed(title=f"Incident {index}, edited")
                path = Path(folder) / f"{session.slug}.json"
                path.write_text(encode(file_tables(session, session.created_at, Written())[0]), encoding="utf-8")
            changed = report_run(folder, cache)
    print(f"sessions: {count}")
    print(f"baseline (python + json.loads of every file): {baseline}")
    print(f"first run (builds the catalogue): {first} ({first.wall / baseline.wall:.1f}x)")
    print(f"warm run (catalogue up to date): {warm} ({warm.wall / baseline.wall:.2f}x)")
    print(f"after {CHANGED} files changed: {changed} ({changed.wall / baseline.wall:.2f}x)")
    ok = warm.wall < TARGET_SECONDS
    summary(
        f"report over {count:,} sessions: first run {first.wall:.2f} s, warm {warm.wall:.2f} s, {CHANGED} changed "
        f"{changed.wall:.2f} s (json.loads of all {baseline.wall:.2f} s); target warm < {TARGET_SECONDS:.0f} s",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
