"""Loading and saving a 20,000-event session file, against `json` on the same file.

    .venv/bin/python bench/bench_store.py [ROUNDS]

Times `load_session` (read, migrate, validate), `open_session` (the same, plus the lock)
and one `SessionFile.save` after an edit, each the best of ROUNDS (default 5). The baseline
is `json.loads` of the same file, so the ratios say what the store adds on this machine.
Target: a save under 1 s (the autosave runs it in a worker).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import timedelta

from benchlib import big_session_file, summary

TARGET_SAVE_S = 1.0


def best(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times)


def main(rounds: int = 5) -> int:
    from facilitator.store.session_file import load_session, open_session

    with big_session_file() as path:
        baseline = best(rounds, lambda: json.loads(path.read_text(encoding="utf-8")))
        load = best(rounds, lambda: load_session(path))
        file = open_session(path)
        file.close()
        opening = best(rounds, lambda: open_session(path).close())
        file = open_session(path)
        first = file.session.timeline[0]
        edited = file.session.changed(timeline=(first.changed(text=first.text + "!"), *file.session.timeline[1:]))
        now = file.session.created_at + timedelta(days=1)
        save = best(rounds, lambda: file.save(edited, now))
        file.close()
        size = path.stat().st_size
    print(f"file: 20,000 events, {size / 1e6:.1f} MB")
    print(f"json.loads of the file: {baseline * 1000:.0f} ms")
    print(f"load_session: {load * 1000:.0f} ms ({load / baseline:.1f}x)")
    print(f"open_session: {opening * 1000:.0f} ms ({opening / baseline:.1f}x)")
    print(f"save after one edit: {save * 1000:.0f} ms ({save / baseline:.1f}x)")
    ok = save < TARGET_SAVE_S
    summary(
        f"load {load * 1000:.0f} ms, open {opening * 1000:.0f} ms, save {save * 1000:.0f} ms "
        f"(json.loads {baseline * 1000:.0f} ms); target save < {TARGET_SAVE_S:.0f} s",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
