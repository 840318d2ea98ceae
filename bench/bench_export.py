"""`facilitator export --format md` of a 20,000-event session, against `python -c "import pydantic"`.

    .venv/bin/python bench/bench_export.py [RUNS]

Both are new processes, run in turn, timed from spawn to exit (best of RUNS; the CPU time
too, steadier on a loaded machine). The difference is what loading, validating and rendering
the session costs beyond starting Python with pydantic; the target is at most 0.3 s.

A third process only reads and validates the session (`load_session`), as any export must before
it writes a line: that floor, over pydantic, says how much of the target is left to the export.
"""

from __future__ import annotations

import sys

from benchlib import big_session_file, child_times, figure, summary

TARGET_DIFFERENCE = 0.3
LOAD_ONLY = "import sys, pathlib; from facilitator.store.session_file import load_session; load_session(pathlib.Path(sys.argv[1]))"


def main(runs: int = 3) -> int:
    argvs = {
        "baseline": [sys.executable, "-c", "import pydantic"],
        "export": [sys.executable, "-m", "facilitator", "export", "SESSION", "--format", "md"],
        "load": [sys.executable, "-c", LOAD_ONLY, "SESSION"],
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in argvs}
    with big_session_file() as path:
        for _ in range(runs):  # in turn, so both meet the same load
            for name, argv in argvs.items():
                times[name].append(child_times([str(path) if arg == "SESSION" else arg for arg in argv]))
    (baseline, baseline_cpu), (export, export_cpu), (load, load_cpu) = (
        (min(wall for wall, _ in times[name]), min(cpu for _, cpu in times[name])) for name in argvs
    )
    difference = export - baseline
    print(f"python -c 'import pydantic': {baseline * 1000:.0f} ms (CPU {baseline_cpu * 1000:.0f} ms)")
    print(
        f"facilitator export --format md (20,000 events): {export * 1000:.0f} ms ({export / baseline:.1f}x; "
        f"CPU {export_cpu * 1000:.0f} ms)"
    )
    print(
        f"floor, reading and validating the session only: {load * 1000:.0f} ms, {(load - baseline) * 1000:.0f} ms "
        f"over pydantic (CPU {(load_cpu - baseline_cpu) * 1000:.0f} ms)"
    )
    figure("export.pydantic", baseline, "s")
    figure("export.load_20000_over_pydantic", load - baseline, "s")
    figure("export.md_20000", export, "s")
    figure("export.md_20000_over_pydantic", difference, "s", f"<= {TARGET_DIFFERENCE:g}")
    figure("export.md_20000_cpu_over_pydantic", export_cpu - baseline_cpu, "s CPU", f"<= {TARGET_DIFFERENCE:g}")
    ok = difference <= TARGET_DIFFERENCE
    summary(f"export {export:.2f} s, {difference:.2f} s over importing pydantic; target ≤ {TARGET_DIFFERENCE} s", ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
