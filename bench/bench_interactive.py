"""The review screen interactive: from `facilitator open` to the frame after it took a key (headless).

    .venv/bin/python bench/bench_interactive.py [RUNS]

Each run is a new process (bench/first_frame.py in a `-key` mode), timed from spawning it to
the wall time of the first frame after the screen ran the action of a key sent on its first
frame: the moment a facilitator's first keypress is answered. The baseline is a bare Textual
app with one Static and one binding, started and pressed the same way in the same run.
Figures are medians over RUNS (default 5), the runs of the three interleaved; the CPU time each
process used is given too (steadier on a loaded machine). Targets: at most 1.5x the bare app
for a small session (a bundled example), at most 2x for 20,000 events.

The floor is the bare app that first imports the domain (pydantic and the models) and reads and
validates the session, then starts the same way: what any screen showing a checked session pays
before it draws a widget of its own. Its ratio says how much of a target is left to the screen.
"""

from __future__ import annotations

import sys

from bench_startup import EXAMPLE, first_frame, open_copy
from benchlib import big_session_file, figure, median, summary

SMALL_TARGET, BIG_TARGET = 1.5, 2.0


def main(runs: int = 5) -> int:
    times: dict[str, list[tuple[float, float]]] = {
        "bare": [],
        "small": [],
        "big": [],
        "small_floor": [],
        "big_floor": [],
    }
    with big_session_file() as path:
        first_frame(["bare-key"])  # warm the file cache and bytecode
        open_copy(path, "review-key")
        for _ in range(runs):
            times["bare"].append(first_frame(["bare-key"]))
            times["small"].append(open_copy(EXAMPLE, "review-key"))
            times["big"].append(open_copy(path, "review-key"))
            times["small_floor"].append(open_copy(EXAMPLE, "floor-key"))
            times["big_floor"].append(open_copy(path, "floor-key"))
    wall = {name: median([w for w, _ in values]) for name, values in times.items()}
    cpu = {name: median([c for _, c in values]) for name, values in times.items()}
    small_ratio, big_ratio = wall["small"] / wall["bare"], wall["big"] / wall["bare"]
    print(f"bare Textual app, first key answered: {wall['bare'] * 1000:.0f} ms (CPU {cpu['bare'] * 1000:.0f} ms)")
    for name, label in (("small", f"{EXAMPLE.stem} (small example)"), ("big", "20,000 events")):
        print(
            f"review screen, {label}: {wall[name] * 1000:.0f} ms ({wall[name] / wall['bare']:.2f}x); "
            f"CPU {cpu[name] * 1000:.0f} ms ({cpu[name] / cpu['bare']:.2f}x)"
        )
    for name, label in (("small_floor", "small example"), ("big_floor", "20,000 events")):
        print(
            f"floor, the bare app after loading the {label}: {wall[name] * 1000:.0f} ms "
            f"({wall[name] / wall['bare']:.2f}x); CPU {cpu[name] * 1000:.0f} ms ({cpu[name] / cpu['bare']:.2f}x)"
        )
    figure("interactive.bare", wall["bare"], "s")
    figure("interactive.small", wall["small"], "s")
    figure("interactive.big", wall["big"], "s")
    figure("interactive.small_x_bare", small_ratio, "x", f"<= {SMALL_TARGET:g}")
    figure("interactive.big_x_bare", big_ratio, "x", f"<= {BIG_TARGET:g}")
    figure("interactive.small_floor_x_bare", wall["small_floor"] / wall["bare"], "x")
    figure("interactive.big_floor_x_bare", wall["big_floor"] / wall["bare"], "x")
    figure("interactive.small_cpu_x_bare", cpu["small"] / cpu["bare"], "x CPU", f"<= {SMALL_TARGET:g}")
    figure("interactive.big_cpu_x_bare", cpu["big"] / cpu["bare"], "x CPU", f"<= {BIG_TARGET:g}")
    ok = small_ratio <= SMALL_TARGET and big_ratio <= BIG_TARGET
    summary(
        f"review screen interactive at {small_ratio:.2f}x a bare app (small session), {big_ratio:.2f}x (20,000 events); "
        f"targets ≤ {SMALL_TARGET:g}x, ≤ {BIG_TARGET:g}x",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
