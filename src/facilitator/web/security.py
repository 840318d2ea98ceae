"""The server's guards: response headers (a strict CSP), body size, rate, cross-site forms.

Links carry the token in their path, so nothing here ever logs a path: a refused request
is logged with its method, its route's shape and the client address only (the peer's, or the
proxy's word for it only when a proxy is trusted: see reach.py), and no more than LogLimit lets
through, so a flood of refusals cannot fill the disk.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facilitator.web.log_limit import LogLimit

MAX_BODY = 32 * 1024
"""Largest request body accepted (a filled pre-prep form fits many times over)."""

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

log = logging.getLogger("facilitator.web")


class TooLarge(Exception):
    """A request body over MAX_BODY."""


class SecureHeaders:
    """ASGI middleware adding HEADERS to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The body, refusing (TooLarge) as soon as it passes `limit`, declared or streamed."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


def same_origin(request: Request, public_origin: str | None = None) -> bool:
    """Whether a form post comes from this server's own page (Origin, else Referer, must match):
    the public URL's origin and only it when one is set, else the address the request came to."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    if public_origin is not None:
        wanted = urlsplit(public_origin)
        return (parts.scheme, _netloc(parts.scheme, parts.netloc)) == (
            wanted.scheme,
            _netloc(wanted.scheme, wanted.netloc),
        )
    host = request.headers.get("host", "")
    return parts.scheme == request.url.scheme and parts.netloc == host


def _netloc(scheme: str, netloc: str) -> str:
    """`netloc` lower-cased, without the scheme's default port."""
    default = {"http": ":80", "https": ":443"}.get(scheme, "")
    netloc = netloc.lower()
    return netloc.removesuffix(default) if default else netloc


def client(request: Request) -> str:
    return request.client.host if request.client else "?"


def refused(request: Request, status: int, why: str, limit: LogLimit) -> None:
    """Log a refusal without the token: the route's shape, never its path; `limit` caps the lines."""
    route = request.url.path.split("/")[1:2]
    shape = f"/{route[0]}/…" if route and route[0] in {"p", "w"} else "/…"
    limit.warning(log, "%d %s %s from %s: %s", status, request.method, shape, client(request), why)


@dataclass
class Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimit:
    """A token bucket per key (a link): `burst` requests at once, then one per `every` seconds."""

    burst: int = 10
    every: float = 2.0
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, Bucket] = field(default_factory=dict)

    def allow(self, key: str) -> bool:
        now = self.clock()
        bucket = self._buckets.setdefault(key, Bucket(float(self.burst), now))
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.stamp) / self.every)
        bucket.stamp = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def retry_after(self, key: str) -> int:
        """Whole seconds until `key` may send again (at least 1): the Retry-After of a refusal."""
        bucket = self._buckets.get(key)
        missing = 0.0 if bucket is None else 1.0 - bucket.tokens
        return max(1, math.ceil(missing * self.every))
