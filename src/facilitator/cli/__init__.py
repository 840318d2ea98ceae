"""The `facilitator` command line.

Each subcommand lives in its own module and imports what it needs when it runs, so
`export`, `check`, `list`, `import`, `layouts`, `--version` and `--help` never load Textual.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from facilitator import __version__
from facilitator.checks.compiled_patterns import keep_compiled_in
from facilitator.cli import (
    blameless_cmd,
    check_cmd,
    export_cmd,
    import_cmd,
    layouts_cmd,
    prep_cmd,
    report_cmd,
    serve_cmd,
    session_cmds,
    slot_cmd,
)
from facilitator.cli.common import EXIT_BAD_INPUT, CliError
from facilitator.cli.terminal import quote_output
from facilitator.store.paths import cache_dir

SUBCOMMANDS = (
    session_cmds,
    layouts_cmd,
    export_cmd,
    check_cmd,
    report_cmd,
    slot_cmd,
    import_cmd,
    prep_cmd,
    blameless_cmd,
    serve_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run blameless incident reviews: prepare, facilitate live, export.",
    )
    parser.add_argument(
        "--version", action="version", version=f"facilitator {__version__}", help="show the version and exit"
    )
    parser.add_argument("--dir", help="sessions folder (default: $FACILITATOR_HOME or the user data folder)")
    parser.set_defaults(handler=session_cmds.run_picker)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    keep_compiled_in(cache_dir())  # the blameless check's patterns, compiled once, not on every run
    if args.handler not in session_cmds.UI_HANDLERS:
        quote_output()  # user text printed never acts on the terminal (cli/terminal.py)
        # A command that reads a session, writes its output and ends: reference counting frees
        # what it drops, and the cyclic collector would only walk the same objects over and over.
        gc.disable()
    try:
        return int(args.handler(args) or 0)
    except CliError as error:
        for line in str(error).splitlines():
            print(f"facilitator: {line}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(f"facilitator: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
