"""Write a session file holding N timeline events (default 20,000), for timing the app.

    python bench/gen_session.py 20000 /tmp/big.json

The events are built directly (not through 20,000 review commands): one every 7 seconds,
with a long silence now and then, a decision point every 50th, a few notes and findings.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.model.enums import EventKind, FindingKind
from facilitator.model.event import TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.finding import Finding
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import write_new_session

ACTORS = ("on-call", "SRE", "monitoring", "communications", "database team")
KINDS = tuple(EventKind)
TEXTS = (
    "Error rate above 5% on checkout",
    "Rolled back the config push, waiting for caches to drain",
    'Status page updated: "investigating elevated errors, next update in 30 min"',
    "Decided to fail over reads to the replica, writes stay put",
    "Latency back to normal in eu-west, still high in us-east",
)
START = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def make_session(count: int, slug: str = "bench-session"):
    """A session with `count` events; every 500th event comes after a 20-minute silence."""
    events = []
    at = START
    for n in range(count):
        at += timedelta(minutes=20) if n and n % 500 == 0 else timedelta(seconds=7)
        events.append(
            TimelineEvent(
                id=f"ev{n:06d}",
                at=at,
                actor=ACTORS[n % len(ACTORS)],
                kind=KINDS[n % len(KINDS)],
                text=f"{TEXTS[n % len(TEXTS)]} (#{n})",
                decision_point=n % 50 == 0,
                notes=("checked the dashboard",) if n % 200 == 0 else (),
            )
        )
    timeline = tuple(events)
    findings = tuple(
        Finding(kind=FindingKind.CONTRIBUTOR, text=f"contributor {k}", event_ids=(timeline[k * 997 % count].id,))
        for k in range(min(20, count))
    )
    session = new_session("Bench: a very long incident", slug, find_layout("standard"), START)
    return session.changed(
        started_at=START,
        detected_at=START + timedelta(minutes=4),
        resolved_at=timeline[-1].at if timeline else None,
        timeline=timeline,
        findings=findings,
    )


def write_session(count: int, path: Path) -> None:
    write_new_session(path, make_session(count, path.stem))


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python bench/gen_session.py EVENTS FILE", file=sys.stderr)
        return 2
    write_session(int(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
