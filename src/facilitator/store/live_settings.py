"""Where the live page listens and which address its links use: one set for the app's `S` and `serve`.

Remembered in `settings.json` beside the theme (`live.host`, `live.port`, ...). Every value is
checked the same way whether it comes from the settings form, the command line or the file, and
a problem is one sentence that names the setting.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

from facilitator.store.user_settings import load_settings, save_settings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
"""Where the live page listens unless told otherwise; a taken port is reported, never swapped."""
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$"
)
PREFIX = "live."


class LiveSettingError(ValueError):
    """A live-page setting that cannot be used; the message names it."""


@dataclass(frozen=True)
class LiveSettings:
    """The page's address (`host`, `port`), the address in its links (`public_url`), TLS, proxy trust."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    public_url: str = ""
    """`https://review.example.com` when participants reach the page by another address (a proxy,
    a VPN name); empty: links use the host and port."""
    cert: str = ""
    key: str = ""
    """A TLS certificate and its key (PEM files): the page speaks HTTPS itself."""
    trust_proxy: bool = False
    """Believe X-Forwarded-For/-Proto/-Host: only behind a reverse proxy that sets them."""

    @property
    def tls(self) -> bool:
        return bool(self.cert)

    @property
    def scheme(self) -> str:
        return "https" if self.tls else "http"

    @property
    def loopback_only(self) -> bool:
        """Only this machine can open the links."""
        return self.host in LOOPBACK and not self.public_url

    def base_url(self, port: int | None = None) -> str:
        """What links start with: the public URL, else this machine's address on `port` (the
        port actually listened on, when the settings asked for any free one)."""
        if self.public_url:
            return self.public_url
        host = socket.gethostname() if self.host in ("0.0.0.0", "::") else self.host
        host = f"[{host}]" if ":" in host else host
        return f"{self.scheme}://{host}:{self.port if port is None else port}"

    def with_port(self, port: int) -> LiveSettings:
        return LiveSettings(self.host, port, self.public_url, self.cert, self.key, self.trust_proxy)


def check_host(host: str) -> str:
    host = host.strip().removeprefix("[").removesuffix("]")
    if not host:
        raise LiveSettingError("host: give an address to listen on (127.0.0.1 for this machine only, 0.0.0.0 for all)")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if not _HOSTNAME.match(host):
        raise LiveSettingError(f"host: {host!r} is not an address or a host name (e.g. 0.0.0.0, 10.1.2.3, teamhost)")
    return host.lower()


def check_port(port: str | int, allow_any: bool = False) -> int:
    text = str(port).strip()
    low = 0 if allow_any else 1
    if not text.isdigit() or not low <= int(text) <= 65535:
        raise LiveSettingError(f"port: {text!r} is not a port number ({low}-65535)")
    return int(text)


def check_public_url(url: str) -> str:
    """`scheme://host[:port]`, lower-cased, no trailing slash; '' stays ''."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise LiveSettingError(f"public URL: {url!r} must look like https://review.example.com or http://10.1.2.3:8765")
    if parts.username or parts.password or parts.query or parts.fragment or parts.path not in ("", "/"):
        raise LiveSettingError(
            f"public URL: {url!r} must be only scheme, host and port (the page lives at the root of that address)"
        )
    try:
        port = parts.port
    except ValueError:
        raise LiveSettingError(f"public URL: {url!r} has a bad port") from None
    host = parts.hostname.lower()
    host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port is not None else "")


def _check_file(what: str, name: str) -> str:
    if not name.strip():
        return ""
    path = Path(name.strip()).expanduser()
    if not path.is_file():
        raise LiveSettingError(f"{what}: {path} is not a file")
    return str(path.resolve())


def checked_live_settings(
    host: str = DEFAULT_HOST,
    port: str | int = DEFAULT_PORT,
    public_url: str = "",
    cert: str = "",
    key: str = "",
    trust_proxy: bool = False,
    any_port: bool = False,
) -> LiveSettings:
    """Checked settings from what was typed or given; LiveSettingError names the first problem.

    Port 0 (whatever port is free) only with `any_port`: for one run, never as a default, since
    links sent before would name a port that changes every time."""
    settings = LiveSettings(
        check_host(host),
        check_port(port, any_port),
        check_public_url(public_url),
        _check_file("certificate", cert),
        _check_file("key", key),
        trust_proxy,
    )
    if bool(settings.cert) != bool(settings.key):
        raise LiveSettingError("certificate and key: give both (PEM files) for HTTPS, or neither")
    if settings.tls and settings.public_url.startswith("http:"):
        raise LiveSettingError("public URL: the page speaks HTTPS with a certificate, so it must start with https://")
    return settings


def _flag(value: str) -> bool:
    return value.strip().lower() in ("yes", "true", "1", "on")


def load_live_settings(path: Path) -> tuple[LiveSettings, str]:
    """The saved settings and '' ; or the defaults and why the saved ones cannot be used."""
    return read_live_settings(load_settings(path), str(path))


def read_live_settings(settings: dict[str, str], where: str) -> tuple[LiveSettings, str]:
    """The live-page settings among all the saved `settings` (read from `where`)."""
    saved = {k.removeprefix(PREFIX): v for k, v in settings.items() if k.startswith(PREFIX)}
    defaults = LiveSettings()
    values = {item.name: saved.get(item.name, "") for item in fields(LiveSettings)}
    try:
        return (
            checked_live_settings(
                values["host"] or defaults.host,
                values["port"] or defaults.port,
                values["public_url"],
                values["cert"],
                values["key"],
                _flag(values["trust_proxy"]),
            ),
            "",
        )
    except LiveSettingError as error:
        return defaults, f"{where}: {error}; the defaults are used until you save new ones"


def live_settings_values(settings: LiveSettings) -> dict[str, str]:
    """`settings` as the entries of settings.json."""
    return {
        f"{PREFIX}{item.name}": (
            ("yes" if value else "no") if isinstance(value := getattr(settings, item.name), bool) else str(value)
        )
        for item in fields(LiveSettings)
    }


def save_live_settings(path: Path, settings: LiveSettings) -> None:
    """Remember `settings` for the app and `serve`. Raises SaveError."""
    save_settings(path, live_settings_values(settings))
