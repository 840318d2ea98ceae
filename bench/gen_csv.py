"""Write an N-row timeline CSV (`timestamp,actor,kind,text`) for timing the importer.

python bench/gen_csv.py 20000 /tmp/timeline.csv
"""

from __future__ import annotations

import csv
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ACTORS = ("on-call", "SRE", "monitoring", "communications", "database team")
KINDS = ("alert", "action", "decision", "communication", "observation", "resolution")
TEXTS = (
    "Error rate above 5% on checkout",
    "Rolled back the config push, waiting for caches to drain",
    'Status page updated: "investigating elevated errors, next update in 30 min"',
    "Decided to fail over reads to the replica, writes stay put",
    "Latency back to normal in eu-west, still high in us-east",
    "Resolved: all regions healthy, monitoring for another hour",
)
START = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def write_csv(rows: int, target: Path, same_second_pair: bool = False) -> None:
    """`same_second_pair`: the last two rows are two people posting the same text in one second."""
    with target.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["timestamp", "actor", "kind", "text"])
        for n in range(rows):
            pair = same_second_pair and n == rows - 1 and n > 0
            at = START + timedelta(seconds=7 * (n - 1 if pair else n))
            text = f"{TEXTS[n % len(TEXTS)]} (#{n - 1 if pair else n})"
            if pair:
                text = f"{TEXTS[(n - 1) % len(TEXTS)]} (#{n - 1})"
            out.writerow([at.isoformat(), ACTORS[n % len(ACTORS)], KINDS[n % len(KINDS)], text])


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python bench/gen_csv.py ROWS FILE", file=sys.stderr)
        return 2
    write_csv(int(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
