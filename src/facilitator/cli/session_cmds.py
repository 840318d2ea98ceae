"""`new`, `list`, `open`, `demo` and the bare `facilitator` session picker."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator.cli.common import CliError, add_dir_option, folder, session_file_path, utc_now

DEMO_SESSION = "cloudflare-2019-07-02"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help="create a session and print its slug")
    new.add_argument("title")
    new.add_argument("--layout", default="standard", help="agenda layout name (see `facilitator layouts`)")
    new.add_argument("--severity", default="SEV3", choices=["SEV1", "SEV2", "SEV3", "SEV4"])
    new.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="import a timeline into the new session (see `facilitator import`)",
    )
    add_dir_option(new)
    new.set_defaults(handler=run_new)

    listing = commands.add_parser("list", help="list sessions: slug, title, status, date")
    add_dir_option(listing)
    listing.set_defaults(handler=run_list)

    opener = commands.add_parser("open", help="open a session in the app")
    opener.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    add_dir_option(opener)
    opener.set_defaults(handler=run_open)

    demo = commands.add_parser("demo", help="open a copy of a bundled example session")
    demo.add_argument("example", nargs="?", default=DEMO_SESSION, help=f"example name (default {DEMO_SESSION})")
    demo.set_defaults(handler=run_demo)


def run_new(args: argparse.Namespace) -> int:
    from facilitator.model.enums import Severity
    from facilitator.store.layouts import LayoutError, find_layout
    from facilitator.store.new_file import NoTitleError, start_session_file

    try:
        layout = find_layout(args.layout)
        path = start_session_file(folder(args), args.title, layout, Severity(args.severity), utc_now())
    except (NoTitleError, LayoutError) as error:
        raise CliError(str(error)) from None
    if args.from_file:
        from facilitator.cli.import_cmd import import_into

        try:
            import_into(path, [args.from_file], fmt="auto", lenient=False, quiet=True)
        except CliError:
            path.unlink(missing_ok=True)  # a failed import leaves no empty session behind
            raise
    print(path.stem)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from facilitator.store.catalogue import refresh_catalogue

    for entry in refresh_catalogue(folder(args)):
        session = entry.summary
        if session is None:
            print(f"{entry.path.stem}\t(unreadable: {entry.problem})")
            continue
        print(f"{session.slug}\t{session.title}\t{session.status.value}\t{session.created_at:%Y-%m-%d}")
    return 0


def run_open(args: argparse.Namespace) -> int:
    return _run_app(session_file_path(args))


def run_picker(args: argparse.Namespace) -> int:
    return _run_app(None, folder(args))


def examples_dir() -> Path:
    from facilitator.resources import bundled_dir

    return bundled_dir("examples")


def run_demo(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    source = examples_dir() / f"{args.example}.json"
    if not source.exists():
        known = ", ".join(sorted(p.stem for p in examples_dir().glob("*.json")))
        raise CliError(f"no example named {args.example!r} (known: {known})")
    workdir = Path(tempfile.mkdtemp(prefix="facilitator-demo-"))
    copy = workdir / source.name
    shutil.copyfile(source, copy)
    notice = (
        f"Demo: a throwaway copy of the {args.example} example. Try anything; it is deleted when "
        "you quit (Ctrl+Q). Press ? for the keys."
    )
    try:
        return _run_app(copy, notice=notice)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run_app(path: Path | None, where: Path | None = None, notice: str = "") -> int:
    from facilitator.tui import collector

    collector.pause_for_start_up()  # on again once the session is read or the first screen stands
    from facilitator.tui.app import FacilitatorApp

    app = FacilitatorApp(session_path=path, sessions_folder=where, notice=notice)
    app.run()
    return app.return_code or 0


UI_HANDLERS = frozenset({run_open, run_demo, run_picker})
"""The commands that open the app (everything else reads, writes and ends)."""
