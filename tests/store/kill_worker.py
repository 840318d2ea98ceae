"""A child process for the store's crash tests; run as `python kill_worker.py MODE SESSION_FILE`.

`serve`: import everything once, then for each `go` line on stdin fork a writer, wait for it
to die and say `ended PID`. The writer opens the session, says `opened PID STALE_PID`
(STALE_PID 0 if it took over no stale lock), then adds one event and saves it, over and
over, printing `saved N` (N events in the file) after each save returns, until the parent
kills it with SIGKILL. Forking saves the start-up time of a new interpreter per round.

`hold`: open the session, say `holding READ_ONLY`, and keep it open until stdin closes.

`export`: as `serve`, but each writer runs `export -o OUT` over and over (alternating between
two zones, so each write differs from the last), saying `exported N` after each.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator.review import Review
from facilitator.store.session_file import open_session

T0 = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def say(line: str) -> None:
    print(line, flush=True)


def edit_until_killed(path: Path) -> None:
    file = open_session(path)
    if file.read_only:
        say(f"read-only {file.read_only_reason}")
        return
    say(f"opened {os.getpid()} {file.stale_lock.pid if file.stale_lock else 0}")
    review = Review(file.session, file)
    count = len(review.session.timeline)
    while True:
        review.add_event(T0 + timedelta(seconds=count), f"edit {count}")
        count += 1
        review.save_now(T0 + timedelta(seconds=count))
        say(f"saved {count}")


def export_until_killed(path: Path) -> None:
    from facilitator.cli import main

    say(f"opened {os.getpid()} 0")
    out = path.with_name("postmortem.md")
    count = 0
    while True:
        zone = ("Asia/Tokyo", "America/Lima")[count % 2]
        if main(["export", str(path), "-o", str(out), "--zone", zone]) != 0:
            say("failed")
            return
        count += 1
        say(f"exported {count}")


def serve(path: Path, child=edit_until_killed) -> None:
    for line in sys.stdin:
        if line.strip() != "go":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                child(path)
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        say(f"ended {pid}")


def hold(path: Path) -> None:
    file = open_session(path)
    say(f"holding {file.read_only}")
    sys.stdin.read()
    file.close()


if __name__ == "__main__":
    mode, name = sys.argv[1], Path(sys.argv[2])
    modes = {"serve": serve, "hold": hold, "export": lambda path: serve(path, export_until_killed)}
    modes[mode](name)
