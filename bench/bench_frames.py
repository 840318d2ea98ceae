"""Keypress to next rendered frame in the timeline of a 20,000-event session (Pilot, headless).

    .venv/bin/python bench/bench_frames.py

Opens the session in the app, shows the timeline pane, then presses keys in ten rounds of
ten cursor moves (down) and one edit (d: flag or unflag a decision point, a real command
that changes the session, redraws the pane and schedules an autosave, which then runs in
a worker during the following keypresses). For each key: the time from sending it to
the next frame the app displays. Target: p95 under 50 ms.
"""

from __future__ import annotations

import asyncio
import sys
import time

from benchlib import SCREEN_SIZE, big_session_file, median, next_frame, percentile, record_frames, summary

TARGET_P95_MS = 50.0
ROUNDS, MOVES = 10, 10


async def measure(path) -> dict[str, list[float]]:
    from facilitator.tui.app import FacilitatorApp

    log = record_frames()
    app = FacilitatorApp(session_path=path)
    timings: dict[str, list[float]] = {"open": [], "pane": [], "move": [], "edit": []}
    began = time.perf_counter()
    async with app.run_test(size=SCREEN_SIZE) as pilot:
        timings["open"].append(await next_frame(pilot, log, began, timeout=30))

        async def press(key: str, kind: str) -> None:
            sent = time.perf_counter()
            await pilot.press(key)
            timings[kind].append(await next_frame(pilot, log, sent))

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
    keys = [t * 1000 for t in timings["move"] + timings["edit"]]
    moves = [t * 1000 for t in timings["move"]]
    edits = [t * 1000 for t in timings["edit"]]
    print(
        f"open to first frame (in process): {timings['open'][0] * 1000:.0f} ms; "
        f"show the timeline pane: {timings['pane'][0] * 1000:.0f} ms"
    )
    print(
        f"cursor moves ({len(moves)}): p50 {median(moves):.1f} ms, p95 {percentile(moves, 0.95):.1f} ms, "
        f"max {max(moves):.1f} ms"
    )
    print(
        f"edits ({len(edits)}): p50 {median(edits):.1f} ms, p95 {percentile(edits, 0.95):.1f} ms, "
        f"max {max(edits):.1f} ms"
    )
    p95 = percentile(keys, 0.95)
    summary(
        f"keypress to frame p50 {median(keys):.1f} ms, p95 {p95:.1f} ms (edits p50 {median(edits):.1f} ms); "
        f"target p95 < {TARGET_P95_MS:.0f} ms",
        p95 < TARGET_P95_MS,
    )
    return 0 if p95 < TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
