"""`facilitator serve` killed with SIGKILL while participants post: no acknowledged post is lost.

    python bench/bench_serve_kill.py [ROUNDS] [PORT]

Each round starts `facilitator serve` on a session with 100 participants, has every one of
them post as fast as the page lets them (10 at once, then one every 2 seconds), kills the
server with SIGKILL 0.3 to 2 seconds in, and notes every post the server acknowledged (HTTP
200). At the end the inbox file is read: every acknowledged post must be in it, and every
line but those cut by a kill must read back.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2 as httpx
from benchlib import summary

from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.layouts import find_layout
from facilitator.store.links import links_path, load_links
from facilitator.store.session_file import write_new_session

PEOPLE = 100


def build(folder: Path) -> Path:
    start = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
    review = Review(new_session("Kill bench review", "kill-bench", find_layout("standard"), start))
    for i in range(PEOPLE):
        review.add_participant(f"Participant {i + 1:03d}", "engineer", "Europe/Berlin")
    review.add_event(start - timedelta(hours=1), "Something happened")
    path = folder / "kill-bench.json"
    write_new_session(path, review.session)
    return path


async def post_until_killed(base: str, path: Path, round_: int, acknowledged: set[str]) -> int:
    """Every participant posts in a loop until the server stops answering; how many were sent."""
    links = load_links(links_path(path))
    people = [who for who in links.tokens if who != "watch"]
    sent = 0

    async def poster(client: httpx.AsyncClient, who: str) -> None:
        nonlocal sent
        token = links.tokens[who]
        form = {"csrf": links.csrf(token), "kind": "parking"}
        for number in range(1000):
            text = f"r{round_}-{who}-{number}"
            sent += 1
            try:
                answer = await client.post(
                    f"{base}/p/{token}/send",
                    data={**form, "text": text},
                    headers={"Origin": base, "Accept": "application/json"},
                )
            except httpx.HTTPError:
                return  # killed
            if answer.status_code == 200:
                acknowledged.add(text)
            elif answer.status_code == 429:
                await asyncio.sleep(0.5)

    limits = httpx.Limits(max_connections=PEOPLE)
    async with httpx.AsyncClient(timeout=10, limits=limits) as client:
        await asyncio.gather(*(poster(client, who) for who in people), return_exceptions=True)
    return sent


def serve(path: Path, port: int) -> subprocess.Popen[str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "serve", str(path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    assert server.stdout.readline().startswith("Serving"), "serve did not start"
    return server


async def run(rounds: int, port: int) -> bool:
    rng = random.Random(int(os.environ.get("FACILITATOR_KILL_SEED", "25")))
    acknowledged: set[str] = set()
    sent = 0
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-kill-") as folder:
        path = build(Path(folder))
        began = time.perf_counter()
        for round_ in range(rounds):
            server = serve(path, port)
            base = f"http://127.0.0.1:{port}"
            posting = asyncio.create_task(post_until_killed(base, path, round_, acknowledged))
            await asyncio.sleep(rng.uniform(0.3, 2.0))
            os.kill(server.pid, signal.SIGKILL)
            server.wait(10)
            sent += await posting
        elapsed = time.perf_counter() - began
        records = Inbox(inbox_path(path)).read()
        stored = {c.text for c in records.contributions}
    lost = acknowledged - stored
    print(f"rounds: {rounds} kills of `facilitator serve` in {elapsed:.0f} s, {PEOPLE} participants posting")
    print(f"posts sent: {sent}, acknowledged: {len(acknowledged)}, in the inbox after the kills: {len(stored)}")
    print(
        f"acknowledged but missing: {len(lost)}; lines that did not read back (cut by a kill): {len(records.skipped)}"
    )
    ok = not lost and len(records.skipped) <= rounds
    summary(f"serve under kill -9: {len(lost)} of {len(acknowledged)} acknowledged posts lost in {rounds} kills", ok)
    return ok


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 18733
    return 0 if asyncio.run(run(rounds, port)) else 1


if __name__ == "__main__":
    sys.exit(main())
