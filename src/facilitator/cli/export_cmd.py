"""`facilitator export SESSION --format md|json|jira-csv|actions-csv|gh-issues [-o FILE] [--zone ZONE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.cli.common import CliError, add_dir_option, load
from facilitator.export.formats import FORMATS, render, write_export


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="write a postmortem (Markdown), JSON, or action items out")
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument(
        "--format",
        "-f",
        default="md",
        choices=list(FORMATS),
        help="; ".join(f"{name}: {what}" for name, what in FORMATS.items()),
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--zone", help="second time zone of the Markdown timeline (default: the session's)")
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator.model.participant import check_zone

    if args.zone:
        try:
            check_zone(args.zone)
        except ValueError as error:
            raise CliError(f"--zone: {error}") from None
        if args.format != "md":
            raise CliError("--zone applies to the Markdown export only (--format md)")
    session = load(args)
    if not args.output:
        sys.stdout.write(render(session, args.format, args.zone))
        return 0
    target = Path(args.output).expanduser()
    try:
        write_export(session, args.format, target, args.zone)
    except OSError as error:
        raise CliError(str(error)) from None
    print(f"wrote {FORMATS[args.format]} to {target}", file=sys.stderr)
    return 0
