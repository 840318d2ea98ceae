"""The live page under a flood: 1,000 event streams and 1,000 slow connections (slowloris)
against `facilitator serve` running under `ulimit -n 1024`.

    python bench/bench_flood.py [SECONDS] [PORT]

While the flood is held (and renewed as the server closes connections), a participant posts
every 2 seconds. Reported: the most files the server had open, whether every post was answered
(and how fast), how the flood's connections were answered, and how much the server logged.
"""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench_serve_kill import build
from benchlib import summary

from facilitator.store.links import WATCH, links_path, load_links

STREAMS = 1000
SLOW = 1000
SERVER_FILES = 1024


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def connect(port: int, request: bytes) -> socket.socket | None:
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=2)
        sock.sendall(request)
        sock.setblocking(False)
        return sock
    except OSError:
        return None


def answered(sock: socket.socket) -> bytes | None:
    """What the server sent on `sock` so far (b"" once it closed it); None while it says nothing."""
    try:
        data = sock.recv(65536)
    except BlockingIOError:
        return None
    except OSError:
        return b""
    return data


def post(base: str, token: str, csrf: str, text: str) -> tuple[int, float]:
    began = time.perf_counter()
    body = urllib.parse.urlencode({"csrf": csrf, "kind": "parking", "text": text}).encode()
    request = urllib.request.Request(
        f"{base}/p/{token}/send", data=body, headers={"Origin": base, "Accept": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, time.perf_counter() - began
    except Exception:
        return 0, time.perf_counter() - began


def main() -> int:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 18734
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the flood's own sockets
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-flood-") as folder:
        path = build(Path(folder))
        log = Path(folder) / "serve.log"
        with log.open("w") as errors:
            server = subprocess.Popen(
                [sys.executable, "-m", "facilitator", "serve", str(path), "--port", str(port)],
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (SERVER_FILES, SERVER_FILES)),
            )
        assert server.stdout is not None and server.stdout.readline().startswith("Serving")
        links = load_links(links_path(path))
        base = f"http://127.0.0.1:{port}"
        who = next(w for w in links.tokens if w != WATCH)
        stream = f"GET /w/{links.tokens[WATCH]}/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        slow = f"GET /w/{links.tokens[WATCH]} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()
        held: dict[socket.socket, tuple[str, bool]] = {}
        """Each flood connection: its kind, and whether the server already answered it (a stream it serves)."""
        outcomes = {"503 busy": 0, "429 too many on one link": 0, "closed by the server": 0, "streams served": 0}
        posts: list[tuple[int, float]] = []
        stop = threading.Event()

        def participant() -> None:
            while not stop.wait(2.0):
                posts.append(post(base, links.tokens[who], links.csrf(links.tokens[who]), f"post {len(posts)}"))

        poster = threading.Thread(target=participant)
        most_files = 0
        began = time.monotonic()
        poster.start()
        while time.monotonic() - began < seconds:
            for kind, wanted in (("stream", STREAMS), ("slow", SLOW)):
                for _ in range(wanted - sum(1 for k, _ in held.values() if k == kind)):
                    sock = connect(port, stream if kind == "stream" else slow)
                    if sock is not None:
                        held[sock] = (kind, False)
            for sock, (kind, served) in list(held.items()):
                data = answered(sock)
                if data is None or (served and data):
                    continue
                if data.startswith(b"HTTP/1.1 200"):
                    outcomes["streams served"] += 1
                    held[sock] = (kind, True)
                    continue
                if data.startswith(b"HTTP/1.1 503"):
                    outcomes["503 busy"] += 1
                elif data.startswith(b"HTTP/1.1 429"):
                    outcomes["429 too many on one link"] += 1
                else:
                    outcomes["closed by the server"] += 1
                del held[sock]
                sock.close()
            most_files = max(most_files, open_files(server.pid))
            time.sleep(0.2)
        stop.set()
        poster.join()
        for sock in held:
            sock.close()
        server.kill()
        server.wait(10)
        logged = log.stat().st_size
        log_lines = len(log.read_text(encoding="utf-8", errors="replace").splitlines())
    answered_posts = [latency for status, latency in posts if status == 200]
    print(f"flood: {STREAMS} event streams + {SLOW} slow connections held for {seconds} s, server under ulimit -n {SERVER_FILES}")
    print(f"server files open at most: {most_files}")
    print("the flood's connections: " + ", ".join(f"{name} {count}" for name, count in outcomes.items()))
    print(
        f"posts during the flood: {len(answered_posts)} of {len(posts)} answered, "
        f"slowest {max(answered_posts, default=float('nan')):.2f} s"
    )
    print(f"server log: {logged} bytes, {log_lines} lines in {seconds} s")
    ok = len(answered_posts) == len(posts) and most_files < SERVER_FILES and logged < 100_000
    summary(
        f"flood: {len(answered_posts)}/{len(posts)} posts answered, at most {most_files} files open of {SERVER_FILES}, "
        f"log {logged} bytes in {seconds} s",
        ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
