"""`facilitator export SESSION --format md|json|jira-csv|gh-issues [-o FILE] [--zone ZONE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.cli.common import CliError, add_dir_option, load

FORMATS = {
    "md": "the Markdown postmortem",
    "json": "the whole session as JSON",
    "jira-csv": "open action items as a Jira CSV import",
    "gh-issues": "open action items as a script of gh issue create commands",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("export", help="write a postmortem (Markdown), JSON, or action items out")
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument("--format", "-f", default="md", choices=list(FORMATS),
                        help="; ".join(f"{name}: {what}" for name, what in FORMATS.items()))
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--zone", help="second time zone of the Markdown timeline (default: the session's)")
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def render(session, fmt: str, zone: str | None) -> str:
    """The exported text of `session` in format `fmt`."""
    if fmt == "md":
        from facilitator.export.markdown import to_markdown

        return to_markdown(session, zone)
    if fmt == "json":
        from facilitator.export.json_export import to_json

        return to_json(session)
    if fmt == "jira-csv":
        from facilitator.export.jira_csv import to_jira_csv

        return to_jira_csv(session)
    from facilitator.export.gh_issues import to_gh_script

    return to_gh_script(session)


def run(args: argparse.Namespace) -> int:
    from facilitator.model.participant import check_zone

    if args.zone:
        try:
            check_zone(args.zone)
        except ValueError as error:
            raise CliError(f"--zone: {error}") from None
        if args.format != "md":
            raise CliError("--zone applies to the Markdown export only (--format md)")
    text = render(load(args), args.format, args.zone)
    if not args.output:
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    try:
        with target.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if args.format == "gh-issues":
            target.chmod(0o755)
    except OSError as error:
        raise CliError(f"{target}: cannot write ({error.strerror or error})") from None
    print(f"wrote {FORMATS[args.format]} to {target}", file=sys.stderr)
    return 0
