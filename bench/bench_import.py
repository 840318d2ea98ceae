"""Time importing a 20,000-row timeline CSV, against Python's csv module reading the same file.

    python bench/bench_import.py [ROWS]

Two figures: parsing the file, and the whole `facilitator import` into a new session
(parse, merge into the timeline, save). The file holds one pair of rows where two people
post the same text in the same second; every row must be imported. Prints the best of a
few runs of each, and their ratio to the csv module; all are measured in this run on this
machine, so the ratios are the figures to compare between machines. Target: the whole import,
every row kept, at most 0.5 s more than the csv module reading the file.

After each import the session is read back to count the rows kept; that check is timed on its
own (`import.read_back`: what opening the session costs), not as part of the import.
"""

from __future__ import annotations

import contextlib
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import figure, summary
from gen_csv import write_csv

from facilitator.cli import main as cli
from facilitator.importers import parse_file
from facilitator.store.paths import session_path
from facilitator.store.session_file import load_session

RUNS = 3
TARGET_OVER_CSV_S = 0.5


def best_of(action, check=None) -> tuple[float, float]:
    """The shortest wall time of RUNS runs of `action`, and the least CPU time one took (steadier
    on a loaded machine); `check`, if given, runs after each, untimed."""
    timings, cpu = [], []
    for _ in range(RUNS):
        started, cpu_started = time.perf_counter(), time.process_time()
        done = action()
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        if check is not None:
            check(done)
    return min(timings), min(cpu)


def main(argv: list[str]) -> int:
    rows = int(argv[0]) if argv else 20_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "timeline.csv"
        write_csv(rows, path, same_second_pair=True)

        def baseline() -> None:
            with path.open(encoding="utf-8", newline="") as handle:
                for _ in csv.reader(handle):
                    pass

        def importer() -> None:
            result = parse_file(path, "auto")
            assert len(result.events) == rows and not result.problems, result.problems[:3]

        kept: list[int] = []
        read_back: list[float] = []

        def whole_import() -> Path:
            sessions = Path(folder) / f"sessions{time.perf_counter_ns()}"
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli(["new", "Bench import", "--dir", str(sessions)]) == 0
                assert cli(["import", "bench-import", str(path), "--dir", str(sessions)]) == 0
            return sessions

        def count_kept(sessions: Path) -> None:
            started = time.perf_counter()
            kept.append(len(load_session(session_path(sessions, "bench-import")).timeline))
            read_back.append(time.perf_counter() - started)

        (base, base_cpu), (ours, _), (whole, whole_cpu) = (
            best_of(baseline),
            best_of(importer),
            best_of(whole_import, count_kept),
        )
    print(
        f"{rows} rows: csv module {base * 1000:.1f} ms, facilitator parse {ours * 1000:.1f} ms "
        f"({ours / base:.1f}x the csv module; {rows / ours:,.0f} rows/s); whole import into a session "
        f"{whole * 1000:.1f} ms ({whole / base:.1f}x), {min(kept)} of {rows} rows kept (read back in "
        f"{min(read_back) * 1000:.0f} ms)"
    )
    figure("import.csv_module", base, "s")
    figure("import.parse", ours, "s")
    figure("import.whole", whole, "s")
    figure("import.whole_over_csv", whole - base, "s", f"<= {TARGET_OVER_CSV_S:g}")
    figure("import.whole_cpu_over_csv", whole_cpu - base_cpu, "s CPU", f"<= {TARGET_OVER_CSV_S:g}")
    figure("import.read_back", min(read_back), "s")
    figure("import.kept", min(kept), "rows", f">= {rows}")
    ok = whole - base <= TARGET_OVER_CSV_S and min(kept) == rows
    summary(
        f"whole import {whole:.2f} s, {whole - base:.2f} s over the csv module, {min(kept)} of {rows} rows kept; "
        f"target ≤ {TARGET_OVER_CSV_S:g} s over, all kept",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
