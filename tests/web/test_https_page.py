"""A distributed team's page: served over HTTPS with its own certificate, links on a public URL.

The certificate is made in the test (trustme); Chromium is told to trust exactly that key
(`--ignore-certificate-errors-spki-list`), so the page really is reached over TLS.
"""

from __future__ import annotations

import base64
import hashlib
import socket
from pathlib import Path

import httpx2
import pytest

from facilitator.model.contribution import ContributionKind
from facilitator.store.live_settings import checked_live_settings
from facilitator.web.live_server import LiveServer
from tests.web.web_browser import chromium, need_chromium, screenshot
from tests.web.web_sessions import FakeClock, review_with_people, write_session


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def certificate(folder: Path) -> tuple[Path, Path, str]:
    """A certificate for `localhost` and its key (PEM files), and the base64 SHA-256 of its public key."""
    trustme = pytest.importorskip("trustme")
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    issued = trustme.CA().issue_cert("localhost")
    cert, key = folder / "cert.pem", folder / "key.pem"
    issued.private_key_and_cert_chain_pem.write_to_path(str(key))
    issued.cert_chain_pems[0].write_to_path(str(cert))
    public = x509.load_pem_x509_certificate(cert.read_bytes()).public_key()
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert, key, base64.b64encode(hashlib.sha256(spki).digest()).decode()


async def test_the_page_is_served_over_https_on_its_public_url_and_takes_a_hand(tmp_path: Path) -> None:
    need_chromium()
    cert, key, pin = certificate(tmp_path)
    port = free_port()
    public = f"https://localhost:{port}"
    settings = checked_live_settings("127.0.0.1", port, public, str(cert), str(key))
    review = review_with_people()
    path = write_session(tmp_path, review.session)
    server = LiveServer(path, review.session, FakeClock(), settings)
    server.start()
    try:
        links = {link.name: link.url for link in server.links_list()}
        assert all(url.startswith(f"{public}/") for url in links.values())
        with pytest.raises(httpx2.HTTPError):  # no plain HTTP on the TLS port: tokens never cross in clear
            httpx2.get(links["Ravi Menon"].replace("https:", "http:"), timeout=5)

        async with chromium(f"--ignore-certificate-errors-spki-list={pin}") as browser:
            page = await browser.new_page(viewport={"width": 1280, "height": 800})
            response = await page.goto(links["Ravi Menon"])
            assert response is not None and response.ok and page.url.startswith("https://localhost:")
            security = await response.security_details()
            assert security is not None and security.get("protocol", "").startswith("TLS")
            await page.wait_for_selector("#conn:text('live')")
            await page.click("#hand-button")
            await page.wait_for_selector("#sent:text('Hand raised')")
            await screenshot(page, tmp_path / "https-page.png")
        sent = server.inbox.read().contributions
        assert [(c.name, c.kind) for c in sent] == [("Ravi Menon", ContributionKind.HAND)]
    finally:
        server.stop()


def test_a_certificate_that_does_not_fit_its_key_is_refused_before_listening(tmp_path: Path) -> None:
    cert, _, _ = certificate(tmp_path)
    (tmp_path / "other").mkdir()
    _, other_key, _ = certificate(tmp_path / "other")
    settings = checked_live_settings("127.0.0.1", free_port(), "", str(cert), str(other_key))
    review = review_with_people()
    with pytest.raises(ValueError, match="cannot serve HTTPS"):
        LiveServer(write_session(tmp_path, review.session), review.session, FakeClock(), settings)
