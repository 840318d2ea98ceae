"""Who the page believes the client is, and which Host names it answers to.

Forwarded headers (X-Forwarded-For, -Proto, -Host) are believed only when the settings say a
reverse proxy sits in front; otherwise anyone could write them. The client address is then the
last X-Forwarded-For entry, the one the proxy itself added. A request naming a host the page is
not reached by (a DNS-rebinding page, a stray vhost) is refused before any route sees it.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from facilitator.store.live_settings import LOOPBACK, LiveSettings

ANY_ADDRESS = frozenset({"0.0.0.0", "::"})


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def split_host(value: str) -> tuple[str, int | None]:
    """`host[:port]` (or `[v6]:port`) as (lower-case name, port or None); ('', None) if unreadable."""
    try:
        parts = urlsplit(f"//{value.strip()}")
        return (parts.hostname or "").lower().rstrip("."), parts.port
    except ValueError:
        return "", None


@dataclass(frozen=True)
class Reach:
    """What the guard checks, from the live-page settings and the port actually listened on."""

    base_url: str
    names: frozenset[str]
    """Host names and addresses the page answers to."""
    ports: frozenset[int]
    any_ip: bool
    """Listening on every address with no public URL: any address literal is fine (a name is not)."""
    trust_proxy: bool
    public_origin: str | None
    """The only origin a form may be posted from, when a public URL is set."""

    @classmethod
    def of(cls, settings: LiveSettings, port: int) -> Reach:
        names = set(LOOPBACK) if settings.host in LOOPBACK else set()
        ports = {port}
        any_ip = settings.host in ANY_ADDRESS
        if any_ip:
            names |= {socket.gethostname().lower(), socket.getfqdn().lower(), "localhost"}
        else:
            names.add(settings.host)
        if settings.public_url:
            public = urlsplit(settings.public_url)
            names.add((public.hostname or "").lower())
            ports.add(public.port or (443 if public.scheme == "https" else 80))
            any_ip = False
        return cls(
            settings.base_url(port),
            frozenset(names),
            frozenset(ports),
            any_ip,
            settings.trust_proxy,
            settings.public_url or None,
        )

    def allows_host(self, value: str) -> bool:
        name, port = split_host(value)
        if not name or (port is not None and port not in self.ports):
            return False
        return name in self.names or (self.any_ip and _is_ip(name))


def _last(value: str | None) -> str:
    """The last entry of a comma-separated forwarded header (the one the nearest proxy wrote)."""
    return value.split(",")[-1].strip() if value else ""


class ReachGuard:
    """ASGI middleware: forwarded headers applied only when trusted, then the Host check."""

    def __init__(self, app: ASGIApp, reach: Reach, refuse: ASGIApp) -> None:
        self.app = app
        self.reach = reach
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if self.reach.trust_proxy:
            scope = dict(scope)
            client = _last(headers.get("x-forwarded-for"))
            if client:
                scope["client"] = (client, 0)
            proto = _last(headers.get("x-forwarded-proto")).lower()
            if proto in ("http", "https"):
                scope["scheme"] = proto
            host = _last(headers.get("x-forwarded-host")) or host
        if not self.reach.allows_host(host):
            await self.refuse(scope, receive, send)
            return
        await self.app(scope, receive, send)
