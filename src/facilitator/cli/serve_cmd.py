"""`facilitator serve SESSION`: the participants' live page, following the session file.

Read-only on the session: the app stays its one writer. What participants send goes to the
inbox beside it, where the app picks it up. Where it listens and the address its links use are
the saved live-page settings (the app's too), each overridable here and savable as the defaults
with `--save-defaults`. `--revoke` only changes the links file, so it works while another
`serve` (or the app) is serving the page: that page drops the old link at once. A closed review
is served read-only, its outcome, for `--read-only-days` after it closed. The web stack is
imported only when the page is about to start.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.common import CliError, add_dir_option, load, session_file_path, utc_now

if TYPE_CHECKING:
    from facilitator.model.session import Session
    from facilitator.store.links import Link
    from facilitator.store.live_settings import LiveSettings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("serve", help="serve the live page participants follow and send from")
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: all)")
    parser.add_argument("--port", help="port (default 8765, the app's too: links sent earlier keep working)")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address participants open, when it is not host:port (a reverse proxy, a VPN name): "
        "https://review.example.com; links use it and forms are accepted only from it",
    )
    parser.add_argument("--cert", metavar="PEM", help="TLS certificate: with --key, the page speaks HTTPS itself")
    parser.add_argument("--key", metavar="PEM", help="the certificate's private key")
    parser.add_argument(
        "--read-only-days",
        type=int,
        metavar="DAYS",
        help="after the review closes, links show its outcome read-only for DAYS (default 30, or the "
        "page_read_only_days setting)",
    )
    parser.add_argument(
        "--trust-proxy",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="believe X-Forwarded-For/-Proto/-Host (only behind a reverse proxy that sets them)",
    )
    parser.add_argument(
        "--save-defaults",
        action="store_true",
        help="remember these settings for the app's Share (S) and the next serve",
    )
    parser.add_argument(
        "--show-links",
        action="store_true",
        help="print the links in full (by default they are masked and written to a file only you can read)",
    )
    parser.add_argument(
        "--revoke",
        metavar="NAME",
        help="give NAME (a participant, or `watch`) a new link and exit; a running page drops the old one at once",
    )
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def settings_from(args: argparse.Namespace) -> LiveSettings:
    """The saved live-page settings with the options given on the command line on top."""
    from facilitator.store.live_settings import LiveSettingError, checked_live_settings, load_live_settings
    from facilitator.store.user_settings import settings_path

    saved, problem = load_live_settings(settings_path())
    if problem:
        print(f"facilitator: {problem}", file=sys.stderr)
    try:
        return checked_live_settings(
            saved.host if args.host is None else args.host,
            saved.port if args.port is None else args.port,
            saved.public_url if args.public_url is None else args.public_url,
            saved.cert if args.cert is None else args.cert,
            saved.key if args.key is None else args.key,
            saved.trust_proxy if args.trust_proxy is None else args.trust_proxy,
            any_port=not args.save_defaults,
        )
    except LiveSettingError as error:
        raise CliError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    path = session_file_path(args)
    session = load(args)
    settings = settings_from(args)
    if args.save_defaults:
        _save_defaults(settings)
    if args.revoke:
        return _revoke(path, session, settings, args.revoke, args.show_links)
    days = _read_only_days(args, session)
    return _serve(path, session, settings, days, args.show_links)


def _read_only_days(args: argparse.Namespace, session: Session) -> int:
    """How long a closed review's links show its outcome; CliError if that time is over."""
    from datetime import timedelta

    from facilitator.store.user_settings import load_settings, settings_path
    from facilitator.web.server import read_only_days

    days = read_only_days(load_settings(settings_path())) if args.read_only_days is None else args.read_only_days
    if days < 0:
        raise CliError("--read-only-days: give 0 or more days")
    if session.closed_at is not None and utc_now() >= session.closed_at + timedelta(days=days):
        until = session.closed_at + timedelta(days=days)
        raise CliError(
            f"{args.session}: the review is closed; its page showed the outcome until {until:%Y-%m-%d} "
            "(--read-only-days to show it longer, or reopen it in the app)"
        )
    return days


def _save_defaults(settings: LiveSettings) -> None:
    from facilitator.store.live_settings import save_live_settings
    from facilitator.store.user_settings import settings_path

    try:
        save_live_settings(settings_path(), settings)
    except OSError as error:
        raise CliError(f"the settings were not saved: {error}") from None
    print(f"Saved as the live page's defaults (the app's Share uses them too) in {settings_path()}.")


def _serve(path: Path, session: Session, settings: LiveSettings, days: int, show_links: bool) -> int:
    import asyncio
    import logging

    from facilitator.web.live_server import LiveServer, PortTaken

    gc.enable()  # a long-running server: unlike one-shot commands it needs the cyclic collector
    try:
        server = LiveServer(path, session, utc_now, settings, follow_file=True)
    except PortTaken as taken:
        raise CliError(
            f"{taken}: is `facilitator serve` or the app's page already running? Stop it, or choose another "
            f"port with --port (links already sent name port {taken.port} and would stop working)."
        ) from None
    except (OSError, ValueError) as error:
        raise CliError(f"the live page cannot start: {error}") from None
    server.ctx.read_only_days = days
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s", stream=sys.stderr)
    if session.closed_at is not None:
        print(f"The review is closed: the links show its outcome, read-only, for {days} days after it closed.")
    print(f"Serving “{session.title}” on {server.base_url} (Ctrl+C stops).")
    _print_links(path, session, server.links_list(), show_links)
    if settings.loopback_only:
        print("Only this machine can open these links; see docs/live-page.md to share them (--host, --public-url).")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve())
    return 0


def _shown(link: Link, show_links: bool) -> str:
    return link.url if show_links else link.masked


def _print_links(path: Path, session: Session, links: list[Link], show_links: bool) -> None:
    for link in links:
        print(f"  {link.name}: {_shown(link, show_links)}")
    _write_messages(path, session, links)


def _write_messages(path: Path, session: Session, links: list[Link]) -> None:
    """Every link as a private message, in a file only this user reads (and git ignores)."""
    from facilitator.store.links import write_messages

    try:
        where = write_messages(path, links, session.title)
    except OSError as error:
        print(f"facilitator: the links were not written to a file: {error}", file=sys.stderr)
        return
    print(f"Each person's link, as a message to send them in private: {where} (readable by you only).")


def _revoke(path: Path, session: Session, settings: LiveSettings, name: str, show_links: bool) -> int:
    """A new token in the links file only: no socket is opened, so a running page is no obstacle."""
    from facilitator.store.links import WATCH, person_links, revoke_link

    wanted = name.strip().casefold()
    holder = WATCH if wanted in (WATCH, "watch only") else None
    holder = holder or next((p.id for p in session.participants if p.name.casefold() == wanted), None)
    if holder is None:
        known = ", ".join([p.name for p in session.participants] + [WATCH])
        raise CliError(f"no participant named {name!r} (known: {known})")
    try:
        links = revoke_link(path, holder, [p.id for p in session.participants])
    except (OSError, ValueError) as error:
        raise CliError(f"the link was not revoked: {error}") from None
    every = person_links(settings.base_url(), session.participants, links)
    new = next(link for link in every if link.holder == holder)
    print(f"The old link of {new.name} no longer works, on pages open now too. New link: {_shown(new, show_links)}")
    _write_messages(path, session, every)
    return 0
