"""`facilitator report [--dir DIR]`: follow-through across every review in the folder."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from facilitator.cli.check_cmd import iso_date
from facilitator.cli.common import add_dir_option, folder, utc_now


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("report", help="open and overdue actions, recurring risks, detect/resolve trend")
    parser.add_argument("--today", type=iso_date, help="the date to count overdue from (default: today, UTC)")
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator.checks.report import build_report
    from facilitator.export.md_report import report_markdown
    from facilitator.store.catalogue import readable, refresh_catalogue

    summaries, warnings = readable(refresh_catalogue(folder(args)))
    today: date = args.today or utc_now().date()
    sys.stdout.write(report_markdown(build_report(summaries, today, warnings)))
    return 0
