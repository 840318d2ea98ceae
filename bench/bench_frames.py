"""Keypress to next rendered frame in the timeline of a 20,000-event session (Pilot, headless).

    .venv/bin/python bench/bench_frames.py

Opens the session in the app, shows the timeline pane, then presses keys in twenty rounds of
ten cursor moves (down) and one edit (d: flag or unflag a decision point, a real command
that changes the session, redraws the pane and schedules an autosave, which then runs in
a worker during the following keypresses). For each key: the time from sending it to the
next frame the app displays, and the CPU time the event loop's thread spent meanwhile
(steadier on a loaded machine, and without the waits for the autosave's thread). Targets:
p95 under 16 ms for cursor moves (a frame at 60 Hz) and under 33 ms for edits (30 Hz).
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections import defaultdict

from benchlib import (
    SCREEN_SIZE,
    big_session_file,
    figure,
    median,
    next_frame,
    percentile,
    record_frames,
    session_open,
    summary,
)

MOVE_TARGET_P95_MS, EDIT_TARGET_P95_MS = 16.0, 33.0
ROUNDS, MOVES = 20, 10


async def measure(path) -> dict[str, list[float]]:
    from facilitator.tui.app import FacilitatorApp

    log = record_frames()
    app = FacilitatorApp(session_path=path)
    timings: dict[str, list[float]] = defaultdict(list)
    began = time.perf_counter()
    async with app.run_test(size=SCREEN_SIZE) as pilot:
        timings["open"].append(await next_frame(pilot, log, began, timeout=30))
        await session_open(app, pilot)

        async def press(key: str, kind: str) -> None:
            sent, used = time.perf_counter(), time.thread_time()
            await pilot.press(key)
            took = await next_frame(pilot, log, sent)
            timings[kind].append(took)
            timings[f"{kind} cpu"].append(log.cpu[sent + took] - used)

        await press("2", "pane")
        await pilot.pause()
        for _ in range(ROUNDS):
            for _ in range(MOVES):
                await press("down", "move")
            await press("d", "edit")
        await app.workers.wait_for_complete()
    return timings


def main() -> int:
    with big_session_file() as path:
        timings = asyncio.run(measure(path))
    moves = [t * 1000 for t in timings["move"]]
    edits = [t * 1000 for t in timings["edit"]]
    print(
        f"open to first frame (in process): {timings['open'][0] * 1000:.0f} ms; "
        f"show the timeline pane: {timings['pane'][0] * 1000:.0f} ms"
    )
    for kind, values in (("cursor moves", moves), ("edits", edits)):
        print(
            f"{kind} ({len(values)}): p50 {median(values):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
            f"max {max(values):.1f} ms"
        )
    cpu = {kind: [t * 1000 for t in timings[f"{kind} cpu"]] for kind in ("move", "edit")}
    print(
        f"CPU of the event loop's thread from key to frame: moves p95 {percentile(cpu['move'], 0.95):.1f} ms, "
        f"edits p95 {percentile(cpu['edit'], 0.95):.1f} ms"
    )
    figure("frames.pane", timings["pane"][0] * 1000, "ms")
    figure("frames.move_cpu_p95", percentile(cpu["move"], 0.95), "ms CPU", f"< {MOVE_TARGET_P95_MS:g}")
    figure("frames.edit_cpu_p95", percentile(cpu["edit"], 0.95), "ms CPU", f"< {EDIT_TARGET_P95_MS:g}")
    figure("frames.move_p50", median(moves), "ms")
    figure("frames.move_p95", percentile(moves, 0.95), "ms", f"< {MOVE_TARGET_P95_MS:g}")
    figure("frames.edit_p50", median(edits), "ms")
    figure("frames.edit_p95", percentile(edits, 0.95), "ms", f"< {EDIT_TARGET_P95_MS:g}")
    ok = percentile(moves, 0.95) < MOVE_TARGET_P95_MS and percentile(edits, 0.95) < EDIT_TARGET_P95_MS
    summary(
        f"keypress to frame: moves p50 {median(moves):.1f} ms, p95 {percentile(moves, 0.95):.1f} ms; edits p50 "
        f"{median(edits):.1f} ms, p95 {percentile(edits, 0.95):.1f} ms; targets p95 < {MOVE_TARGET_P95_MS:g} ms "
        f"(moves), < {EDIT_TARGET_P95_MS:g} ms (edits)",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
