"""Cold start to the first frame of `facilitator open` (headless), against a bare Textual app.

    .venv/bin/python bench/bench_startup.py [RUNS]

Each run is a new process (bench/first_frame.py) timed from spawning it to the wall time it
prints when its first frame is rendered. The baseline is a bare Textual app showing one
Static, started the same way in the same run. Figures are medians; the target is at most
1.3x the baseline, for the 20,000-event session (a small bundled example is shown too).
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import BENCH_DIR, big_session_file, figure, median, summary

import facilitator

TARGET_RATIO = 1.3
EXAMPLE = Path(facilitator.__file__).resolve().parents[2] / "sessions" / "cloudflare-2019-07-02.json"
"""The bundled example of the facilitator being measured (under compare.py, a past revision
opens its own copy, in the schema it reads)."""
FRAME_TIMEOUT = 120
"""Seconds one start may take before the bench stops it (an app that cannot show its screen)."""


def first_frame(args: list[str]) -> tuple[float, float]:
    """Seconds from spawning first_frame.py with `args` to its first frame, and the CPU time it
    used (it exits at that frame): on a loaded machine the CPU time is the steadier of the two."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.time()
    out = subprocess.run(
        [sys.executable, str(BENCH_DIR / "first_frame.py"), *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=FRAME_TIMEOUT,
    ).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return float(out.strip().splitlines()[-1]) - began, cpu


def open_copy(source: Path, mode: str = "open") -> tuple[float, float]:
    """First frame of `facilitator open` on a fresh copy of `source` (no lock left over), and the
    CPU time to it; mode `ready` waits for the review screen's first frame instead."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        copy = Path(folder) / source.name
        shutil.copyfile(source, copy)
        return first_frame([mode, str(copy)])


def main(runs: int = 5) -> int:
    bare, small, big, small_ready, big_ready = [], [], [], [], []
    with big_session_file() as path:
        first_frame(["bare"])  # warm the file cache and bytecode
        open_copy(path)
        for _ in range(runs):
            bare.append(first_frame(["bare"])[0])
            small.append(open_copy(EXAMPLE)[0])
            big.append(open_copy(path)[0])
            small_ready.append(open_copy(EXAMPLE, "ready")[0])
            big_ready.append(open_copy(path, "ready")[0])
    base = median(bare)
    print(f"bare Textual app (one Static): {base * 1000:.0f} ms")
    print(
        f"facilitator open, {EXAMPLE.stem} (small example): {median(small) * 1000:.0f} ms ({median(small) / base:.2f}x)"
    )
    print(f"facilitator open, 20,000 events: {median(big) * 1000:.0f} ms ({median(big) / base:.2f}x)")
    print(
        f"review screen on show: small example {median(small_ready) * 1000:.0f} ms "
        f"({median(small_ready) / base:.2f}x), 20,000 events {median(big_ready) * 1000:.0f} ms "
        f"({median(big_ready) / base:.2f}x)"
    )
    ratio = median(big) / base
    figure("startup.bare", base, "s")
    figure("startup.open_small_x_bare", median(small) / base, "x")
    figure("startup.open_big_x_bare", ratio, "x", f"<= {TARGET_RATIO:g}")
    figure("startup.ready_small_x_bare", median(small_ready) / base, "x")
    figure("startup.ready_big_x_bare", median(big_ready) / base, "x")
    summary(
        f"first frame {median(big) * 1000:.0f} ms = {ratio:.2f}x a bare app "
        f"(small example {median(small) / base:.2f}x; review screen {median(big_ready) / base:.2f}x); "
        f"target ≤ {TARGET_RATIO}x",
        ratio <= TARGET_RATIO,
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
