"""Peak memory (RSS) of the app with a 20,000-event session open (Pilot, headless).

    .venv/bin/python bench/bench_memory.py

Runs in a process of its own: opens the session, shows the timeline, pages through it,
makes an edit and saves it, then reads the peak resident set size of the process.
The baseline is the peak of a bare Textual app showing one Static, in a process of its own.
Target: at most 120 MB.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
from pathlib import Path

from benchlib import BENCH_DIR, SCREEN_SIZE, big_session_file, figure, session_open, summary

TARGET_MB = 120.0


def peak_mb() -> float:
    """This process's peak RSS. On Linux from VmHWM: ru_maxrss would include the parent's
    peak, which survives fork and exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def use_app(path) -> None:
    from facilitator.tui.app import FacilitatorApp

    app = FacilitatorApp(session_path=path)
    async with app.run_test(size=SCREEN_SIZE) as pilot:
        await session_open(app, pilot)
        await pilot.press("2", *["pagedown"] * 20, "end", "d")
        await pilot.pause()
        app.save_in_background()
        await app.workers.wait_for_complete()


async def bare_app() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App):
        def compose(self) -> ComposeResult:
            yield Static("one Static")

    async with Bare().run_test(size=SCREEN_SIZE) as pilot:
        await pilot.pause()


def child(args: list[str]) -> int:
    asyncio.run(bare_app() if args == ["bare"] else use_app(Path(args[0])))
    print(f"{peak_mb():.1f}")
    return 0


def run_child(*args: str) -> float:
    out = subprocess.run(
        [sys.executable, str(BENCH_DIR / "bench_memory.py"), "--child", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.split()[-1])


def main() -> int:
    with big_session_file() as path:  # written here, so building it does not count
        bare, ours = run_child("bare"), run_child(str(path))
    print(f"bare Textual app: peak RSS {bare:.0f} MB")
    print(f"facilitator, 20,000 events open, paged, edited, saved: peak RSS {ours:.0f} MB ({ours / bare:.1f}x)")
    figure("memory.bare", bare, "MB")
    figure("memory.peak", ours, "MB", f"<= {TARGET_MB:g}")
    ok = ours <= TARGET_MB
    summary(f"peak RSS {ours:.0f} MB with 20,000 events (bare app {bare:.0f} MB); target ≤ {TARGET_MB:.0f} MB", ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(child(sys.argv[2:]) if sys.argv[1:2] == ["--child"] else main())
