"""`facilitator blameless FILE`: flag blaming phrasing in a text file, line by line.

Prints `LINE: flagged text -> suggestion` per flag; exits 1 if anything was flagged, 0 if
nothing was, 2 if the file cannot be read. `-` reads standard input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.cli.common import EXIT_GAPS, EXIT_OK, CliError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "blameless", help="flag blaming phrasing in a text file and suggest a system-focused question"
    )
    parser.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    parser.set_defaults(handler=run)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CliError(f"{name}: not UTF-8 text (byte {error.start}: {error.reason})") from None
    except OSError as error:
        raise CliError(f"{name}: cannot be read ({error.strerror or error})") from None


def run(args: argparse.Namespace) -> int:
    from facilitator.checks.blameless import check_lines

    flags = check_lines(_read(args.file))
    for flag in flags:
        print(f"{flag.line}: {flag.phrase} -> {flag.suggestion}")
    return EXIT_GAPS if flags else EXIT_OK
