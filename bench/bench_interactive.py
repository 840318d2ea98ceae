"""The review screen interactive: from `facilitator open` to the frame after it took a key (headless).

    .venv/bin/python bench/bench_interactive.py [RUNS]

Each run is a new process (bench/first_frame.py in a `-key` mode), timed from spawning it to
the wall time of the first frame after the screen ran the action of a key sent on its first
frame: the moment a facilitator's first keypress is answered. The baseline is a bare Textual
app with one Static and one binding, started and pressed the same way in the same run.
Figures are medians over RUNS (default 5), the runs of the three interleaved. Targets: at most
1.5x the bare app for a small session (a bundled example), at most 2x for 20,000 events.
"""

from __future__ import annotations

import sys

from bench_startup import EXAMPLE, first_frame, open_copy
from benchlib import big_session_file, figure, median, summary

SMALL_TARGET, BIG_TARGET = 1.5, 2.0


def main(runs: int = 5) -> int:
    bare, small, big = [], [], []
    with big_session_file() as path:
        first_frame(["bare-key"])  # warm the file cache and bytecode
        open_copy(path, "review-key")
        for _ in range(runs):
            bare.append(first_frame(["bare-key"]))
            small.append(open_copy(EXAMPLE, "review-key"))
            big.append(open_copy(path, "review-key"))
    base, small_ratio, big_ratio = median(bare), median(small) / median(bare), median(big) / median(bare)
    print(f"bare Textual app, first key answered: {base * 1000:.0f} ms")
    print(f"review screen, {EXAMPLE.stem} (small example): {median(small) * 1000:.0f} ms ({small_ratio:.2f}x)")
    print(f"review screen, 20,000 events: {median(big) * 1000:.0f} ms ({big_ratio:.2f}x)")
    figure("interactive.bare", base, "s")
    figure("interactive.small", median(small), "s")
    figure("interactive.big", median(big), "s")
    figure("interactive.small_x_bare", small_ratio, "x", f"<= {SMALL_TARGET:g}")
    figure("interactive.big_x_bare", big_ratio, "x", f"<= {BIG_TARGET:g}")
    ok = small_ratio <= SMALL_TARGET and big_ratio <= BIG_TARGET
    summary(
        f"review screen interactive at {small_ratio:.2f}x a bare app (small session), {big_ratio:.2f}x (20,000 events); "
        f"targets ≤ {SMALL_TARGET:g}x, ≤ {BIG_TARGET:g}x",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
