"""Reach: the Host check, the public origin, forwarded headers only when trusted, capped refusal logs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from facilitator.store.live_settings import LiveSettingError, LiveSettings, checked_live_settings
from facilitator.web.log_limit import LogLimit
from facilitator.web.reach import Reach
from tests.web.web_sessions import Served, review_with_people

PUBLIC = "https://review.example.com"


def behind_proxy(tmp_path: Path, trust: bool) -> Served:
    settings = LiveSettings(port=0, public_url=PUBLIC, trust_proxy=trust)
    return Served(tmp_path, review_with_people(), settings)


@pytest.fixture
def proxied(tmp_path: Path):
    served = behind_proxy(tmp_path, trust=True)
    yield served
    served.server.socket.close()


@pytest.fixture
def public_untrusted(tmp_path: Path):
    served = behind_proxy(tmp_path, trust=False)
    yield served
    served.server.socket.close()


def test_links_use_the_public_url(proxied: Served) -> None:
    assert all(link.url.startswith(f"{PUBLIC}/") for link in proxied.server.links_list())


def test_a_request_for_another_host_is_refused_before_any_route(served: Served, caplog) -> None:
    path = served.path_of("Ravi Menon")
    assert served.client.get(path).status_code == 200
    for host in ("evil.example", f"rebound.attacker.test:{served.server.port}", f"127.0.0.1:{served.server.port + 1}"):
        refused = served.client.get(path, headers={"Host": host})
        assert refused.status_code == 421, host
        assert "Open your link exactly as you were sent it" in refused.text
    assert served.client.get(path, headers={"Host": f"localhost:{served.server.port}"}).status_code == 200
    assert "unknown Host header" in caplog.text and path.rsplit("/", 1)[1] not in caplog.text


def test_every_address_is_fine_on_all_interfaces_but_no_stranger_name() -> None:
    reach = Reach.of(LiveSettings(host="0.0.0.0", port=8765), 8765)
    assert reach.allows_host("10.1.2.3:8765") and reach.allows_host("[fd00::1]:8765")
    assert not reach.allows_host("attacker.test:8765")
    assert not reach.allows_host("10.1.2.3:9999")


def test_behind_a_proxy_the_public_host_and_the_upstream_address_are_answered(public_untrusted: Served) -> None:
    path = public_untrusted.path_of("Ravi Menon")
    assert public_untrusted.client.get(path, headers={"Host": "review.example.com"}).status_code == 200
    assert public_untrusted.client.get(path, headers={"Host": "Review.Example.com:443"}).status_code == 200
    assert public_untrusted.client.get(path, headers={"Host": "other.example.com"}).status_code == 421


def test_forms_are_accepted_from_the_public_origin_and_only_it(public_untrusted: Served) -> None:
    host = {"Host": "review.example.com"}
    assert public_untrusted.send("Ravi Menon", {**host, "Origin": f"{PUBLIC}:443"}, kind="hand").status_code == 200
    for origin in (public_untrusted.server.base_url.replace(PUBLIC, "http://127.0.0.1"), "http://review.example.com"):
        refused = public_untrusted.send("Jo Park", {**host, "Origin": origin}, kind="hand")
        assert refused.status_code == 403, origin


def test_forwarded_headers_are_ignored_unless_a_proxy_is_trusted(public_untrusted: Served, caplog) -> None:
    spoof = {"Host": "review.example.com", "X-Forwarded-For": "6.6.6.6", "X-Forwarded-Host": "evil.example"}
    with caplog.at_level(logging.WARNING, "facilitator.web"):
        answer = public_untrusted.client.get("/p/not-a-token", headers=spoof)
    assert answer.status_code == 403  # the Host header was checked, not X-Forwarded-Host
    assert "from testclient" in caplog.text and "6.6.6.6" not in caplog.text


def test_a_trusted_proxy_names_the_client_and_the_host(proxied: Served, caplog) -> None:
    headers = {"Host": "127.0.0.1:8765", "X-Forwarded-For": "6.6.6.6, 203.0.113.7", "X-Forwarded-Host": PUBLIC[8:]}
    with caplog.at_level(logging.WARNING, "facilitator.web"):
        assert proxied.client.get("/p/not-a-token", headers=headers).status_code == 403
    assert "from 203.0.113.7" in caplog.text and "6.6.6.6" not in caplog.text
    headers["X-Forwarded-Host"] = "evil.example"
    assert proxied.client.get("/p/not-a-token", headers=headers).status_code == 421


def test_refusal_lines_are_capped_and_what_was_held_back_is_counted(caplog) -> None:
    now = [0.0]
    limit = LogLimit(lines=5, window=10.0, clock=lambda: now[0])
    log = logging.getLogger("facilitator.web.test")
    with caplog.at_level(logging.WARNING, log.name):
        for _ in range(1000):
            limit.warning(log, "refused")
        now[0] = 11.0
        limit.warning(log, "refused")
    lines = [record.getMessage() for record in caplog.records]
    assert lines.count("refused") == 6
    assert "995 more refused requests were not logged in 10 s" in lines


def test_a_flood_of_refused_requests_writes_a_bounded_log(served: Served, caplog) -> None:
    with caplog.at_level(logging.WARNING, "facilitator.web"):
        for _ in range(200):
            served.client.get("/p/not-a-token")
    assert len(caplog.records) <= 21


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"port": "80000"}, "port: '80000' is not a port number"),
        ({"port": "0"}, "port: '0' is not a port number"),
        ({"host": "http://x"}, "host: 'http://x' is not an address"),
        ({"public_url": "review.example.com"}, "public URL: 'review.example.com' must look like"),
        ({"public_url": "https://x.example/review"}, "must be only scheme, host and port"),
        ({"cert": "/nonexistent.pem", "key": ""}, "certificate: /nonexistent.pem is not a file"),
    ],
)
def test_each_bad_setting_is_named(values: dict[str, Any], problem: str) -> None:
    with pytest.raises(LiveSettingError, match=problem.replace("(", r"\(").replace(".", r"\.")):
        checked_live_settings(**values)


def test_a_certificate_needs_its_key_and_an_https_public_url(tmp_path: Path) -> None:
    cert = tmp_path / "c.pem"
    cert.write_text("x")
    with pytest.raises(LiveSettingError, match="give both"):
        checked_live_settings(cert=str(cert))
    with pytest.raises(LiveSettingError, match="must start with https://"):
        checked_live_settings(cert=str(cert), key=str(cert), public_url="http://x.example")
    settings = checked_live_settings(cert=str(cert), key=str(cert), public_url="HTTPS://X.example:8443/")
    assert settings.base_url() == "https://x.example:8443"
    assert checked_live_settings(cert=str(cert), key=str(cert)).base_url() == "https://127.0.0.1:8765"
