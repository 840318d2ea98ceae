"""`serve` from the command line: revoking beside a running page on the same port, a taken port, saved settings."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from facilitator.store.links import links_path, load_links
from facilitator.store.live_settings import load_live_settings
from facilitator.store.session_file import load_session
from facilitator.store.user_settings import SETTINGS_FILE
from tests.cli_runner import CliRunner
from tests.web.web_sessions import review_with_people, write_session


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", f"import sys; from facilitator.cli import main; sys.exit(main({list(args)!r}))"]


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = write_session(tmp_path, review_with_people().session)
    port = free_port()
    server = subprocess.Popen(cli("serve", str(path), "--port", str(port)), stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert f"127.0.0.1:{port}" in first, first
        yield path, port
    finally:
        server.terminate()
        server.wait(10)


def test_serve_revoke_works_beside_a_running_serve_and_the_open_page_stops_at_once(serving) -> None:
    path, port = serving
    ravi = next(p.id for p in load_session(path).participants if p.name == "Ravi Menon")
    old = load_links(links_path(path)).tokens[ravi]
    url = f"http://127.0.0.1:{port}/p/{old}"
    with httpx2.Client(timeout=5) as client, client.stream("GET", url + "/events") as stream:
        lines = stream.iter_lines()
        assert next(lines).startswith("id: ")
        revoked = subprocess.run(
            cli("serve", str(path), "--port", str(port), "--revoke", "Ravi Menon"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert revoked.returncode == 0, revoked.stderr
        assert "The old link of Ravi Menon no longer works" in revoked.stdout
        began = time.monotonic()
        rest = list(lines)  # the stream ends right after the refusal
        assert time.monotonic() - began < 2
        refusal = rest.index("event: refused")
        assert "the facilitator revoked it" in rest[refusal + 1], rest[refusal:]
        assert client.get(url).status_code == 403
        new = load_links(links_path(path)).tokens[ravi]
        assert client.get(f"http://127.0.0.1:{port}/p/{new}").status_code == 200
        assert new[:4] in revoked.stdout and new not in revoked.stdout


def test_a_second_serve_on_a_taken_port_says_so_and_exits_2(serving) -> None:
    path, port = serving
    again = subprocess.run(cli("serve", str(path), "--port", str(port)), capture_output=True, text=True, timeout=60)
    assert again.returncode == 2
    assert f"facilitator: port {port} on 127.0.0.1 is taken" in again.stderr
    assert "choose another port with --port" in again.stderr


def test_serve_saves_its_settings_as_the_defaults_and_links_use_the_public_url(
    tmp_path: Path, own_config_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_session(tmp_path, review_with_people().session)
    run = CliRunner(tmp_path, capsys)
    code = run(
        "serve",
        str(path),
        "--port",
        "9443",
        "--public-url",
        "https://Review.Example.com/",
        "--trust-proxy",
        "--save-defaults",
        "--revoke",
        "watch",
    )
    assert code == 0, run.err
    assert "Saved as the live page's defaults" in run.out
    watch = load_links(links_path(path)).tokens["watch"]
    assert f"New link: https://review.example.com/w/{watch[:4]}••••••••" in run.out and watch not in run.out
    saved, problem = load_live_settings(own_config_folder / SETTINGS_FILE)
    assert (problem, saved.port, saved.public_url, saved.trust_proxy) == ("", 9443, "https://review.example.com", True)
    assert run("serve", str(path), "--revoke", "watch", "--show-links") == 0  # the saved settings, now
    assert f"https://review.example.com/w/{load_links(links_path(path)).tokens['watch']}" in run.out
    assert run("serve", str(path), "--public-url", "review.example.com", "--revoke", "watch") == 2
    assert "public URL: 'review.example.com' must look like https://" in run.err
