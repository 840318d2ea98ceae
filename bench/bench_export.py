"""`facilitator export --format md` of a 20,000-event session, against `python -c "import pydantic"`.

    .venv/bin/python bench/bench_export.py [RUNS]

Both are new processes, timed from spawn to exit (best of RUNS). The difference is what
loading, validating and rendering the session costs beyond starting Python with pydantic;
the target is a difference under 0.5 s.
"""

from __future__ import annotations

import sys

from benchlib import big_session_file, summary, timed_run

TARGET_DIFFERENCE = 0.5


def main(runs: int = 3) -> int:
    with big_session_file() as path:
        baseline = min(timed_run([sys.executable, "-c", "import pydantic"]) for _ in range(runs))
        export = min(
            timed_run([sys.executable, "-m", "facilitator", "export", str(path), "--format", "md"]) for _ in range(runs)
        )
    difference = export - baseline
    print(f"python -c 'import pydantic': {baseline * 1000:.0f} ms")
    print(f"facilitator export --format md (20,000 events): {export * 1000:.0f} ms ({export / baseline:.1f}x)")
    ok = difference < TARGET_DIFFERENCE
    summary(f"export {export:.2f} s, {difference:.2f} s over importing pydantic; target < {TARGET_DIFFERENCE} s", ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
