"""The live page under load: 50 viewers, a change a second for a minute, 500 contributions at once.

    .venv/bin/python bench/bench_web.py [SECONDS]

The server runs in a process of its own (bench/web_server_driver.py), as `facilitator serve`
or the app's thread would, on loopback only. 50 viewers hold its event stream open (plain
HTTP clients in this process, parsing every event as a page does; 50 real browsers would
measure the browsers on a 2-core machine). For each change the bench takes the time from the
change to the last of the 50 viewers receiving it, and reports the p95 of that over every
change. Then the 50 participants send 500 contributions at once (10 each); every one must be
acknowledged and be in the inbox file. The server's peak RSS is read from /proc.
Targets: p95 change-to-every-page ≤ 1 s, peak RSS ≤ 150 MB, 0 contributions lost.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from benchlib import BENCH_DIR, percentile, summary

from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.layouts import find_layout
from facilitator.store.links import links_path, load_links
from facilitator.store.session_file import write_new_session

VIEWERS = 50
CONTRIBUTIONS_EACH = 10
EVENTS = 60
P95_TARGET_S = 1.0
RSS_TARGET_MB = 150
MARK = re.compile(r"bench change (\d+)")


def build(folder: Path) -> Path:
    start = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
    review = Review(new_session("Load bench review", "bench", find_layout("standard"), start))
    for i in range(VIEWERS):
        review.add_participant(f"Participant {i + 1:02d}", "engineer", "Europe/Berlin")
    for i in range(EVENTS):
        review.add_event(start - timedelta(hours=2) + timedelta(minutes=2 * i), f"Something happened, step {i + 1}")
    review.toggle_clock(start)
    path = folder / "bench.json"
    write_new_session(path, review.session)
    return path


async def view(client: httpx.AsyncClient, url: str, seen: dict[int, float], stop: asyncio.Event) -> None:
    async with client.stream("GET", url) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: "):
                received = time.time()
                for number in {int(n) for n in MARK.findall(line)}:
                    seen.setdefault(number, received)
            if stop.is_set():
                return


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used (the machine is shared: wall time is noisy)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def contribute(client: httpx.AsyncClient, base: str, token: str, csrf: str, count: int) -> list[int]:
    async def one(i: int) -> int:
        answer = await client.post(
            f"{base}/p/{token}/send",
            data={"csrf": csrf, "kind": "parking", "text": f"topic {i} from {token[:6]}"},
            headers={"Origin": base, "Accept": "application/json"},
        )
        return answer.status_code

    return list(await asyncio.gather(*(one(i) for i in range(count))))


async def run(seconds: int) -> bool:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-web-") as folder:
        path = build(Path(folder))
        server = subprocess.Popen(
            [sys.executable, str(BENCH_DIR / "web_server_driver.py"), str(path), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        base = f"http://127.0.0.1:{port}"
        links = load_links(links_path(path))
        people = [who for who in links.tokens if who != "watch"]
        limits = httpx.Limits(max_connections=VIEWERS * 2 + 20)
        async with httpx.AsyncClient(timeout=httpx.Timeout(30, read=None), limits=limits) as client:
            seen: list[dict[int, float]] = [{} for _ in range(VIEWERS)]
            stop = asyncio.Event()
            viewers = [
                asyncio.create_task(view(client, f"{base}/p/{links.tokens[who]}/events", seen[i], stop))
                for i, who in enumerate(people[:VIEWERS])
            ]
            changes: dict[int, float] = {}
            loop = asyncio.get_running_loop()
            while True:
                line = await loop.run_in_executor(None, server.stdout.readline)
                if not line or line.startswith("done"):
                    break
                _, number, at = line.split()
                changes[int(number)] = float(at)
            await asyncio.sleep(1.0)
            stop.set()
            for task in viewers:
                task.cancel()
            await asyncio.gather(*viewers, return_exceptions=True)

            began, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
            sends = [
                contribute(client, base, links.tokens[who], links.csrf(links.tokens[who]), CONTRIBUTIONS_EACH)
                for who in people[:VIEWERS]
            ]
            codes = [code for batch in await asyncio.gather(*sends) for code in batch]
            sending = time.perf_counter() - began
            sending_cpu = cpu_seconds(server.pid) - cpu_before
        rss = peak_rss_mb(server.pid)
        server.terminate()
        server.wait(10)
        stored = len(Inbox(inbox_path(path)).read().contributions)

    lags, missed = [], 0
    for number, at in changes.items():
        arrivals = [viewer.get(number) for viewer in seen]
        if any(a is None for a in arrivals):
            missed += 1  # a change a viewer never saw counts as a miss (a newer one superseded it)
            continue
        lags.append(max(arrivals) - at)  # type: ignore[type-var]
    sent = len(codes)
    acknowledged = sum(1 for code in codes if code == 200)
    lost = sent - min(acknowledged, stored)
    p95 = percentile(lags, 0.95) if lags else float("inf")
    print(f"viewers: {VIEWERS}, changes: {len(changes)} (one a second), events on the page: {EVENTS}")
    print(
        f"change to every page: p50 {percentile(lags, 0.5) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {max(lags) * 1000:.0f} ms; changes some viewer skipped: {missed}"
    )
    print(f"server peak RSS: {rss:.0f} MB")
    print(
        f"contributions: {sent} sent at once, all answered in {sending:.2f} s (server CPU {sending_cpu:.2f} s), "
        f"{acknowledged} acknowledged, {stored} in the inbox"
    )
    ok = p95 <= P95_TARGET_S and rss <= RSS_TARGET_MB and lost == 0 and missed == 0
    summary(
        f"live page: p95 change→all {VIEWERS} pages {p95 * 1000:.0f} ms, server peak RSS {rss:.0f} MB, "
        f"{lost} of {sent} contributions lost; targets ≤ 1 s, ≤ {RSS_TARGET_MB} MB, 0",
        ok,
    )
    return ok


def main() -> int:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    return 0 if asyncio.run(run(seconds)) else 1


if __name__ == "__main__":
    sys.exit(main())
