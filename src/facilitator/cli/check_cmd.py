"""`facilitator check SESSION [--closure] [--json]`: what is missing, for people and scripts.

Exit 0 when nothing is missing, 1 when gaps are listed, 2 for a session that cannot be read.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from facilitator.cli.common import EXIT_GAPS, EXIT_OK, add_dir_option, load, utc_now

if TYPE_CHECKING:
    from facilitator.checks.readiness import CheckResult


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("check", help="list what a review is missing (exit 1 if anything)")
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument(
        "--closure", action="store_true", help="after the review: are all P0 actions done and all P1 under way?"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object for scripts")
    parser.add_argument("--today", type=iso_date, help="the date to count overdue from (default: today, UTC)")
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
    from facilitator.checks.closure import closure
    from facilitator.checks.readiness import readiness

    session = load(args)
    today = args.today or utc_now().date()
    result = closure(session, today) if args.closure else readiness(session, utc_now())
    if args.json:
        print(
            json.dumps(
                {"session": session.slug, "check": "closure" if args.closure else "readiness", **result.to_dict()},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print(result, closing=args.closure)
    return EXIT_OK if result.passed else EXIT_GAPS


def _print(result: CheckResult, closing: bool) -> None:
    from facilitator.export.escape import plain_line

    heading = None
    for item in result.findings:
        if item.heading != heading:
            heading = item.heading
            print(heading)
        marker = "note: " if item.kind == "note" else ""
        print(f"  - {marker}{plain_line(item.message)}")
    gaps, notes = len(result.gaps), len(result.notes)
    tail = f", {notes} note{'s' * (notes != 1)}" if notes else ""
    if closing:
        verdict = (
            "can close: every P0 action done, every P1 under way"
            if result.passed
            else (f"stays open: {gaps} action{'s' * (gaps != 1)} not far enough along")
        )
    else:
        verdict = "ready: nothing missing" if result.passed else f"{gaps} gap{'s' * (gaps != 1)}"
    print(f"{verdict}{tail}")
