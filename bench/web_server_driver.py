"""The server side of bench_web.py: one live-page server process, changed once a second.

    python web_server_driver.py SESSION_FILE CHANGES

A thread plays the app: once a second it adds a note "bench change N" to the next event and
moves the walk there, then pushes the new session to the server exactly as the app does.
Prints `ready PORT` once listening, then `change N WALL_TIME` for each change, and `done`.
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


def now() -> datetime:
    return datetime.now(UTC)


def facilitate(server: LiveServer, review: Review, changes: int) -> None:
    time.sleep(1.0)
    for number in range(1, changes + 1):
        event = review.session.timeline[number % len(review.session.timeline)]
        review.add_note(event.id, f"bench change {number}")
        print(f"change {number} {time.time():.6f}", flush=True)
        server.update(session=review.session, walk_event_id=event.id)
        time.sleep(1.0)
    print("done", flush=True)


def main() -> None:
    path, changes = Path(sys.argv[1]), int(sys.argv[2])
    review = Review(load_session(path))
    server = LiveServer(path, review.session, now, "127.0.0.1", 0)
    print(f"ready {server.port}", flush=True)
    threading.Thread(target=facilitate, args=(server, review, changes), daemon=True).start()
    asyncio.run(server.serve())


if __name__ == "__main__":
    main()
