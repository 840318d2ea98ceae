"""Run every bench for a past revision and for the working tree, interleaved, and compare them.

    .venv/bin/python bench/compare.py BASE [--rounds N] [--only bench_x.py ...] [--write]

BASE is any git revision (`before-round-3`, a tag, a commit). Its code is extracted with
`git archive` into `.compare/<commit>/` beside this tree's code (git-ignored) and installed
in a venv of its own from *this* tree's requirements.lock plus `--no-deps -e` that code, so
the two interpreters differ only in facilitator's own code. Both are kept for the next run.

Every `bench_*.py` of the working tree then runs once with each interpreter, base then head,
in each of N rounds (default 2), each run a new process. A bench reports its numbers as
`FIGURE name=value unit` lines (`benchlib.figure`); the table gives for each figure the
median over the rounds for the base and for the working tree, and their ratio head/base. A
bench that prints no figures shows its SUMMARY line for both. Every run's output is kept in
bench/out/. Both run with their bytecode compiled once and kept, as an installed app has it. `--write` appends the table as a dated section to bench/RESULTS.md.

The machine may be shared and loaded: the ratios measured in one run are what count, not
figures from runs on different days.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from benchlib import BENCH_DIR, installed_app_env

ROOT = BENCH_DIR.parent
CHECKOUTS = ROOT / ".compare"
RESULTS = BENCH_DIR / "RESULTS.md"
FIGURE = re.compile(r"^FIGURE ([^\s=]+)=([^\s;]+) ?([^;\n]*?)(?:; target (.+))?$", re.MULTILINE)
SUMMARY = re.compile(r"^SUMMARY: (.*)$", re.MULTILINE)
TARGET = re.compile(r"^(<=|>=|<|>|=|≤|≥)\s*([-\d.]+)")


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def checkout(revision: str) -> tuple[str, Path]:
    """The commit `revision` names, and a folder holding its files (extracted once)."""
    commit = git("rev-parse", "--verify", f"{revision}^{{commit}}")
    folder = CHECKOUTS / commit[:12]
    if not (folder / "pyproject.toml").exists():
        CHECKOUTS.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{commit[:12]}.", dir=CHECKOUTS))
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(staging)], input=archive, check=True)
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
    return commit, folder


def venv_for(folder: Path) -> Path:
    """The python of a venv beside `folder`'s code: this tree's lock file, then that code."""
    lock = ROOT / "requirements.lock"
    venv = folder / ".venv"
    python = venv / "bin" / "python"
    stamp = venv / ".compare-stamp"
    wanted = hashlib.sha256(lock.read_bytes() + str(folder).encode()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    print(f"installing {folder.name} into {venv} (this tree's requirements.lock) ...", file=sys.stderr, flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(lock)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(folder)], check=True)
    stamp.write_text(wanted)
    return python


def warm(python: Path, code: Path) -> None:
    """Compile everything either side may import (its code, the libraries, the standard library)
    into the shared bytecode cache before measuring, so no first run pays for compiling."""
    paths = subprocess.run(
        [str(python), "-c", "import sysconfig; p = sysconfig.get_paths(); print(p['stdlib']); print(p['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    subprocess.run(
        [str(python), "-m", "compileall", "-q", "-j", "0", str(code), *paths],
        env=installed_app_env(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@dataclass
class Run:
    """One bench run with one interpreter: its figures, its SUMMARY line, its exit code."""

    figures: dict[str, tuple[float, str, str]]
    summary: str
    code: int
    seconds: float


def run_bench(python: Path, script: Path, log: Path, timeout: float) -> Run:
    began = time.perf_counter()
    try:
        done = subprocess.run(
            [str(python), str(script)],
            cwd=ROOT,
            env=installed_app_env(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
        )
        output, code = done.stdout, done.returncode
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else (expired.stdout or "")
        output, code = output + f"\n(timed out after {timeout:.0f} s)\n", -1
    log.write_text(output, encoding="utf-8")
    figures = {name: (float(value), unit.strip(), target or "") for name, value, unit, target in FIGURE.findall(output)}
    found = SUMMARY.findall(output)
    return Run(figures, found[-1] if found else "", code, time.perf_counter() - began)


@dataclass
class Sides:
    """Every run of one bench, per side (`base`, `head`)."""

    runs: dict[str, list[Run]] = field(default_factory=lambda: {"base": [], "head": []})

    def values(self, side: str, name: str) -> list[float]:
        return [run.figures[name][0] for run in self.runs[side] if name in run.figures]

    def names(self) -> list[str]:
        seen: dict[str, None] = {}
        for side in ("head", "base"):
            for run in self.runs[side]:
                seen.update(dict.fromkeys(run.figures))
        return list(seen)

    def about(self, name: str) -> tuple[str, str]:
        """The unit and target of a figure, as the working tree's bench gives them."""
        for side in ("head", "base"):
            for run in self.runs[side]:
                if name in run.figures:
                    return run.figures[name][1], run.figures[name][2]
        return "", ""


def number(value: float) -> str:
    if value != value:
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) >= 1 else f"{value:.2g}"


def meets(value: float, target: str) -> str:
    found = TARGET.match(target.strip())
    if found is None or value != value:
        return ""
    sign, limit = found.group(1), float(found.group(2))
    ok = {
        "<": value < limit,
        ">": value > limit,
        "<=": value <= limit,
        "≤": value <= limit,
        ">=": value >= limit,
        "≥": value >= limit,
        "=": value == limit,
    }[sign]
    return "met" if ok else "MISSED"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def table(results: dict[str, Sides]) -> list[str]:
    lines = [
        "| bench | figure | unit | base | head | head/base | target | head |",
        "|---|---|---|---|---|---|---|---|",
    ]
    summaries = ["| bench | base | head |", "|---|---|---|"]
    for script, sides in results.items():
        bench = script.removeprefix("bench_").removesuffix(".py")
        names = sides.names()
        for name in names:
            unit, target = sides.about(name)
            base, head = median(sides.values("base", name)), median(sides.values("head", name))
            ratio = f"{head / base:.2f}" if base > 0 and head >= 0 else "—"  # not for a difference below zero
            lines.append(
                f"| {bench} | {name} | {unit} | {number(base)} | {number(head)} | {ratio} | {target} | "
                f"{meets(head, target)} |"
            )
        if not names:
            said = {
                side: (runs[-1].summary or f"no result (exit code {runs[-1].code})") if runs else "not run"
                for side, runs in sides.runs.items()
            }
            summaries.append(f"| {bench} | {said['base']} | {said['head']} |")
    return lines + (["", *summaries] if len(summaries) > 2 else [])


def machine() -> str:
    from importlib.metadata import version

    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, Textual {version('textual')}, pydantic {version('pydantic')}, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )


def head_name() -> str:
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short=12", "HEAD") + (" with uncommitted changes" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the git revision to compare the working tree with")
    parser.add_argument("--rounds", type=int, default=2, help="base/head pairs of runs of each bench (default 2)")
    parser.add_argument("--only", action="append", default=[], metavar="BENCH", help="run only this bench (repeat)")
    parser.add_argument("--skip", action="append", default=[], metavar="BENCH", help="leave this bench out (repeat)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds one run may take (default 1200)")
    parser.add_argument("--write", action="store_true", help="append the table to bench/RESULTS.md")
    args = parser.parse_args(argv)

    def picked(path: Path) -> bool:
        names = {path.name, path.stem, path.stem.removeprefix("bench_")}
        return (not args.only or bool(names & set(args.only))) and not names & set(args.skip)

    commit, folder = checkout(args.base)
    pythons = {"base": venv_for(folder), "head": Path(sys.executable)}
    for python, code in ((pythons["base"], folder / "src"), (pythons["head"], ROOT / "src")):
        warm(python, code)
    scripts = [path for path in sorted(BENCH_DIR.glob("bench_*.py")) if picked(path)]
    started = datetime.now(UTC)
    logs = BENCH_DIR / "out" / f"compare-{started:%Y%m%d-%H%M%S}"
    logs.mkdir(parents=True)
    about = [
        f"base: {args.base} ({commit[:12]}); head: the working tree ({head_name()}); {args.rounds} round(s), "
        "base then head for each bench",
        machine(),
    ]
    print("\n".join(about), file=sys.stderr, flush=True)
    results = {script.name: Sides() for script in scripts}
    for round_number in range(1, args.rounds + 1):
        for script in scripts:
            for side, python in pythons.items():
                log = logs / f"{script.stem}.{side}.{round_number}.txt"
                run = run_bench(python, script, log, args.timeout)
                results[script.name].runs[side].append(run)
                print(
                    f"round {round_number}/{args.rounds} {script.name} {side}: {len(run.figures)} figures, "
                    f"exit {run.code}, {run.seconds:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    rows = table(results)
    print("\n".join(rows))
    print(f"\nevery run's output: {logs.relative_to(ROOT)}", file=sys.stderr)
    if args.write:
        section = [f"## {started:%Y-%m-%d %H:%M} UTC: compare.py {args.base}", "", *about, "", *rows, ""]
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write("\n" + "\n".join(section))
        print(f"appended to {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
