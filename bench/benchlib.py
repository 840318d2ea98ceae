"""What the bench scripts share: a generated big session, frame recording, timing, verdicts.

Frames are recorded by wrapping `App._display`, the one place Textual hands a finished
screen update to the terminal. Headless, Textual skips turning that update into terminal
output, so the recorder does it (into nothing), to count the full cost of a frame.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))
BYTECODE = BENCH_DIR / "out" / "pycache"


def installed_app_env(env: Mapping[str, str]) -> dict[str, str]:
    """`env` as an installed app runs: its compiled bytecode kept and reused (pip compiles it on
    install), here in bench/out/pycache. Without it (PYTHONDONTWRITEBYTECODE, as on CI) every
    run compiles facilitator's source again, while Textual and pydantic come compiled."""
    kept = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return kept | {"PYTHONPYCACHEPREFIX": str(BYTECODE)}


os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # for every process a bench starts, as above
os.environ["PYTHONPYCACHEPREFIX"] = str(BYTECODE)

EVENTS = 20_000
SCREEN_SIZE = (120, 40)


@contextmanager
def big_session_file(events: int = EVENTS):
    """A temporary session file with `events` timeline events; yields its path."""
    from gen_session import write_session

    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        path = Path(folder) / "bench-session.json"
        write_session(events, path)
        yield path


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def figure(name: str, value: float, unit: str, target: str = "") -> None:
    """Print one figure as a machine-readable line, `FIGURE name=value unit`, for compare.py.

    `name` is dotted and has no spaces (`frames.move_p95`); `target`, if the figure has one,
    is a comparison with a number in the same unit (`< 16`, `<= 1.5`, `>= 0.9`).
    """
    line = f"FIGURE {name}={value:.6g}" + (f" {unit}" if unit else "")
    print(f"{line}; target {target}" if target else line, flush=True)


def summary(text: str, ok: bool) -> str:
    """The last line every bench prints; run_all copies it into RESULTS.md."""
    line = f"SUMMARY: {text}: {verdict(ok)}"
    print(line)
    return line


def timed_run(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a subprocess, from spawning it to its exit."""
    return child_times(argv, env)[0]


def child_times(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time of a subprocess, from spawning it to its exit, and the CPU time (user and
    system) it used: on a loaded machine the CPU time is the steadier of the two."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values)


class FrameLog:
    """Times (perf_counter) of every frame an app displayed, with the screen it showed."""

    def __init__(self) -> None:
        self.frames: list[tuple[float, str]] = []
        self.cpu: dict[float, float] = {}
        """The CPU time of the event loop's thread (`time.thread_time`) at each frame, by its time."""

    def first_after(self, moment: float) -> float | None:
        """The time of the first frame displayed at or after `moment`, if any yet."""
        found = None
        for at, _screen in reversed(self.frames):
            if at < moment:
                break
            found = at
        return found


def record_frames(on_frame: Callable[[float, str], None] | None = None) -> FrameLog:
    """Wrap `textual.app.App._display` so every displayed frame is logged (and rendered)."""
    import textual.app

    log = FrameLog()
    original = textual.app.App._display

    def display(self, screen, renderable) -> None:
        original(self, screen, renderable)
        if renderable is None or self._batch_count:
            return
        if self.is_headless:
            renderable.render_segments(self.console)
        at = time.perf_counter()
        log.frames.append((at, type(screen).__name__))
        log.cpu[at] = time.thread_time()
        if on_frame is not None:
            on_frame(at, type(screen).__name__)

    textual.app.App._display = display
    return log


async def session_open(app, pilot) -> None:
    """Wait until the app shows the session it was given (its first frame comes before, while a
    worker reads the file, and `run_test` hands the pilot over then)."""
    await app.session_loaded.wait()
    await pilot.pause()


async def next_frame(pilot, log: FrameLog, since: float, timeout: float = 2.0) -> float:
    """Wait until a frame is displayed at or after `since`; return how long after `since`."""
    deadline = time.perf_counter() + timeout
    while True:
        first = log.first_after(since)
        if first is not None:
            return first - since
        if time.perf_counter() > deadline:
            raise TimeoutError("no frame within the timeout")
        await pilot.pause(0.001)
