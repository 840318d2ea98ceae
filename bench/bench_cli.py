"""Start-up of the command line: `facilitator --version` and `export`, against `python -c "import pydantic"`.

    .venv/bin/python bench/bench_cli.py [RUNS]

Each is a new process, timed from spawning it to its exit; the three are run in turn RUNS
times (default 7) and the best of each is kept, for the wall time and, apart, for the CPU time
(steadier on a loaded machine). `export` writes the Markdown of a small
bundled example to stdout: what a command that reads a session pays to start, beyond Python
with pydantic. Targets: `--version` at most 0.05 s over importing pydantic, `export` 0.3 s.
"""

from __future__ import annotations

import sys

from bench_startup import EXAMPLE
from benchlib import child_times, figure, summary

VERSION_TARGET, EXPORT_TARGET = 0.05, 0.3


def main(runs: int = 7) -> int:
    commands = {
        "pydantic": [sys.executable, "-c", "import pydantic"],
        "version": [sys.executable, "-m", "facilitator", "--version"],
        "export": [sys.executable, "-m", "facilitator", "export", str(EXAMPLE), "--format", "md"],
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs + 1):  # the first round warms the file cache and bytecode
        for name, argv in commands.items():
            times[name].append(child_times(argv))
    best = {name: min(wall for wall, _ in values[1:]) for name, values in times.items()}
    cpu = {name: min(used for _, used in values[1:]) for name, values in times.items()}
    version, export = best["version"] - best["pydantic"], best["export"] - best["pydantic"]
    print(f"python -c 'import pydantic': {best['pydantic'] * 1000:.0f} ms (CPU {cpu['pydantic'] * 1000:.0f} ms)")
    print(
        f"facilitator --version: {best['version'] * 1000:.0f} ms (+{version * 1000:.0f} ms; "
        f"CPU {cpu['version'] * 1000:.0f} ms)"
    )
    print(
        f"facilitator export {EXAMPLE.stem} --format md: {best['export'] * 1000:.0f} ms (+{export * 1000:.0f} ms; "
        f"CPU {cpu['export'] * 1000:.0f} ms)"
    )
    figure("cli.pydantic", best["pydantic"], "s")
    figure("cli.version", best["version"], "s")
    figure("cli.export_small", best["export"], "s")
    figure("cli.version_over_pydantic", version, "s", f"<= {VERSION_TARGET:g}")
    figure("cli.export_small_over_pydantic", export, "s", f"<= {EXPORT_TARGET:g}")
    figure("cli.version_cpu_over_pydantic", cpu["version"] - cpu["pydantic"], "s CPU", f"<= {VERSION_TARGET:g}")
    figure("cli.export_small_cpu_over_pydantic", cpu["export"] - cpu["pydantic"], "s CPU", f"<= {EXPORT_TARGET:g}")
    ok = version <= VERSION_TARGET and export <= EXPORT_TARGET
    summary(
        f"--version {version:+.3f} s, export {export:+.3f} s over importing pydantic; "
        f"targets ≤ +{VERSION_TARGET:g} s, ≤ +{EXPORT_TARGET:g} s",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
