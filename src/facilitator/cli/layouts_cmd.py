"""`facilitator layouts`: list the agenda layouts, or validate one file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.cli.common import CliError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("layouts", help="list agenda layouts, or --validate FILE")
    parser.add_argument("--validate", metavar="FILE", help="check a layout file and report its problems")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator.store.layouts import LayoutError, all_layouts, load_layout_file

    if args.validate:
        try:
            layout = load_layout_file(Path(args.validate))
        except LayoutError as error:
            raise CliError(str(error)) from None
        print(f"{args.validate}: ok ({layout.name}, {len(layout.timeboxes)} timeboxes, {layout.total_minutes} min)")
        return 0
    entries, errors = all_layouts()
    for entry in entries:
        where = "built-in" if entry.builtin else str(entry.path)
        stages = ", ".join(f"{box.title} {box.minutes}" for box in entry.layout.timeboxes)
        length = f"{entry.layout.total_minutes} min"
        if entry.layout.runs_over_days:
            length = f"{max(box.day or 1 for box in entry.layout.timeboxes)} days"
        print(f"{entry.layout.name}\t{length}\t{where}\t{stages}")
    for problem in errors:
        for line in problem.splitlines():
            print(f"facilitator: {line}", file=sys.stderr)
    return 0
