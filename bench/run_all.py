"""Run every bench and append a dated section to bench/RESULTS.md.

    .venv/bin/python bench/run_all.py

Each bench is a script of its own (runnable alone) and runs here in a new process, so one
cannot warm or pollute another. Its output is shown as it runs and copied into RESULTS.md
with the machine: CPU count, Python and Textual versions, and the date.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from datetime import UTC, datetime
from importlib.metadata import version

from benchlib import BENCH_DIR, installed_app_env

RESULTS = BENCH_DIR / "RESULTS.md"

BENCHES = (
    ("1. Cold start to first frame", "bench_startup.py"),
    ("2. Export 20,000 events as Markdown", "bench_export.py"),
    ("3. Import a 20,000-row CSV", "bench_import.py"),
    ("4. Keypress to frame in the timeline", "bench_frames.py"),
    ("5. Autosave on the event loop", "bench_autosave.py"),
    ("6. Peak memory", "bench_memory.py"),
    ("7. Report over 10,000 sessions", "bench_report.py"),
    ("8. Load and save a 20,000-event session", "bench_store.py"),
    ("9. Blameless check: accuracy and speed", "bench_blameless.py"),
    ("10. The live page under load", "bench_web.py"),
)


def summary_of(output: str, code: int) -> str:
    """The bench's SUMMARY line."""
    found = re.search(r"^SUMMARY: (.*)$", output, re.MULTILINE)
    return found.group(1) if found else f"no result (exit code {code})"


def run(script: str) -> tuple[str, int]:
    process = subprocess.Popen(
        [sys.executable, str(BENCH_DIR / script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=BENCH_DIR.parent,
        env=installed_app_env(os.environ),
    )
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    return "".join(lines), process.wait()


def machine() -> str:
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()}, Textual {version('textual')}, "
        f"pydantic {version('pydantic')}"
    )


def main() -> int:
    started = datetime.now(UTC)
    rows, details = [], []
    for title, script in BENCHES:
        print(f"\n== {title} ({script})", flush=True)
        output, code = run(script)
        result = summary_of(output, code)
        rows.append(f"| {title} | {result} |")
        details += [f"#### {title}", "", "```", output.rstrip(), "```", ""]
    section = [
        f"## {started:%Y-%m-%d %H:%M} UTC",
        "",
        machine(),
        "",
        "| bench | result |",
        "|---|---|",
        *rows,
        "",
        *details,
    ]
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Bench results\n\nOne section per run of `bench/run_all.py`, newest last.\n\n", encoding="utf-8"
        )
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(section) + "\n")
    print(f"\nappended to {RESULTS} ({(datetime.now(UTC) - started).total_seconds():.0f} s)")
    print("\n".join(rows))
    return 1 if any("MISSED" in row or "no result" in row for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
