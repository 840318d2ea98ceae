"""Time parsing a 20,000-row timeline CSV, against Python's csv module reading the same file.

    python bench/bench_import.py [ROWS]

Prints the best of a few runs of each, and their ratio; both are measured in this run on
this machine, so the ratio is the figure to compare between machines.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_csv import write_csv

from facilitator.importers import parse_file

RUNS = 3


def best_of(action) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main(argv: list[str]) -> int:
    rows = int(argv[0]) if argv else 20_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "timeline.csv"
        write_csv(rows, path)

        def baseline() -> None:
            with path.open(encoding="utf-8", newline="") as handle:
                for _ in csv.reader(handle):
                    pass

        def importer() -> None:
            result = parse_file(path, "auto")
            assert len(result.events) == rows and not result.problems, result.problems[:3]

        base, ours = best_of(baseline), best_of(importer)
    print(
        f"{rows} rows: csv module {base * 1000:.1f} ms, facilitator import {ours * 1000:.1f} ms "
        f"({ours / base:.1f}x the csv module; {rows / ours:,.0f} rows/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
