"""The server side of bench_web.py: one live-page server process, changed once a second, as the app does.

    python web_server_driver.py SESSION_FILE CHANGES

A thread plays the app: once a second it adds a note "bench change N" to event N and moves
the walk there, then pushes the new session to the server exactly as the app does (the server
runs on a loop and thread of its own). Another thread stands for the app's event loop: it asks
to wake every 10 ms and records how late it woke, which is what serving costs the app.
Prints `ready PORT` once listening, waits for a line on standard input (every viewer is
following), then prints `change N WALL_TIME EVENT_ID` for each change, then
`lag P50_MS P99_MS MAX_MS` and `done`.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from facilitator.review import Review
from facilitator.store.session_file import load_session
from facilitator.web.live_server import LiveServer

TICK = 0.010


def now() -> datetime:
    return datetime.now(UTC)


def app_loop(lags: list[float], stop: threading.Event) -> None:
    while not stop.is_set():
        began = time.perf_counter()
        time.sleep(TICK)
        lags.append(time.perf_counter() - began - TICK)


def facilitate(server: LiveServer, review: Review, changes: int) -> None:
    lags: list[float] = []
    stop = threading.Event()
    threading.Thread(target=app_loop, args=(lags, stop), daemon=True).start()
    sys.stdin.readline()  # the bench says go once every viewer follows
    for number in range(1, changes + 1):
        event = review.session.timeline[number % len(review.session.timeline)]
        review.add_note(event.id, f"bench change {number}")
        print(f"change {number} {time.time():.6f} {event.id}", flush=True)
        server.update(session=review.session, walk_event_id=event.id)
        time.sleep(1.0)
    stop.set()
    ordered = sorted(lags)
    p50, p99 = ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.99)]
    print(f"lag {p50 * 1000:.2f} {p99 * 1000:.2f} {ordered[-1] * 1000:.2f}", flush=True)
    print("done", flush=True)


def main() -> None:
    path, changes = Path(sys.argv[1]), int(sys.argv[2])
    review = Review(load_session(path))
    server = LiveServer(path, review.session, now)  # loopback, any free port
    print(f"ready {server.port}", flush=True)
    threading.Thread(target=facilitate, args=(server, review, changes), daemon=True).start()
    asyncio.run(server.serve())


if __name__ == "__main__":
    main()
