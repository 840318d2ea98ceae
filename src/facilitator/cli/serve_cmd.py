"""`facilitator serve SESSION`: the participants' live page, following the session file.

Read-only on the session: the app stays its one writer. What participants send goes to the
inbox beside it, where the app picks it up. The web stack is imported here, when it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from typing import TYPE_CHECKING

from facilitator.cli.common import CliError, add_dir_option, load, session_file_path, utc_now

if TYPE_CHECKING:
    from facilitator.web.live_server import LiveServer


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("serve", help="serve the live page participants follow and send from")
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    parser.add_argument("--port", type=int, help="port (default 8765, the app's too: links sent earlier keep working)")
    parser.add_argument(
        "--read-only-days",
        type=int,
        metavar="DAYS",
        help="after the review closes, links show its outcome read-only for DAYS (default 30, or the "
        "page_read_only_days setting)",
    )
    parser.add_argument(
        "--revoke", metavar="NAME", help="give NAME (a participant, or `watch`) a new link, print it and exit"
    )
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import logging
    from datetime import timedelta

    from facilitator.store.links import DEFAULT_PORT
    from facilitator.store.user_settings import load_settings, settings_path
    from facilitator.web.live_server import LiveServer
    from facilitator.web.server import read_only_days

    gc.enable()  # a long-running server: unlike one-shot commands it needs the cyclic collector
    path = session_file_path(args)
    session = load(args)
    days = read_only_days(load_settings(settings_path())) if args.read_only_days is None else args.read_only_days
    if days < 0:
        raise CliError("--read-only-days: give 0 or more days")
    if session.closed_at is not None and utc_now() >= session.closed_at + timedelta(days=days):
        until = session.closed_at + timedelta(days=days)
        raise CliError(
            f"{args.session}: the review is closed; its page showed the outcome until {until:%Y-%m-%d} "
            "(--read-only-days to show it longer, or reopen it in the app)"
        )
    port = DEFAULT_PORT if args.port is None else args.port
    server = LiveServer(path, session, utc_now, args.host, port, follow_file=True)
    server.ctx.read_only_days = days
    if args.revoke:
        return _revoke(server, args.revoke)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s", stream=sys.stderr)
    if session.closed_at is not None:
        print(f"The review is closed: the links show its outcome, read-only, for {days} days after it closed.")
    print(f"Serving “{session.title}” on {server.base_url} (Ctrl+C stops). Send each person their own link:")
    for link in server.links_list():
        print(f"  {link.name}: {link.url}")
    if args.host in ("127.0.0.1", "localhost", "::1"):
        print("Only this machine can open these links; see docs/live-page.md to share them (--host, ssh -R, a tunnel).")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(server.serve())
    return 0


def _revoke(server: LiveServer, name: str) -> int:
    from facilitator.store.links import WATCH

    server.socket.close()
    wanted = name.strip().casefold()
    links = server.links_list()
    match = next(
        (link for link in links if link.name.casefold() == wanted or (wanted == WATCH and link.holder == WATCH)), None
    )
    if match is None:
        raise CliError(f"no participant named {name!r} (known: {', '.join(link.name for link in links)})")
    server.revoke(match.holder)
    new = next(link for link in server.links_list() if link.holder == match.holder)
    print(f"The old link of {new.name} no longer works. New link: {new.url}")
    return 0
