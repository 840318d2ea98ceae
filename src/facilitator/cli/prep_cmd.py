"""`facilitator prep SESSION [--for NAME...] [-o DIR] [--meeting WHEN]`: write pre-prep forms.

One Markdown form per participant, into DIR (`SLUG-prep-NAME.md`), or to standard output
when it is one form and no DIR is given. `--meeting` first sets when the meeting is, so
each form shows its deadline (24 hours before) in its participant's own zone.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.common import (
    EXIT_OK,
    CliError,
    add_dir_option,
    load,
    refuse_closed,
    session_file_path,
    utc_now,
)

if TYPE_CHECKING:
    from facilitator.model.participant import Participant
    from facilitator.model.session import Session


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "prep",
        help="write pre-prep forms (Markdown) for participants to fill in before the meeting",
        description="Write one pre-prep form per participant. Filled forms come back with "
        "`facilitator import SESSION FORM.md...`.",
    )
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument(
        "--for", dest="names", nargs="+", metavar="NAME", help="only these participants (default: everyone)"
    )
    parser.add_argument("-o", "--output", metavar="DIR", help="write the forms into DIR (one file per person)")
    parser.add_argument(
        "--meeting",
        metavar="WHEN",
        help="set the meeting time first, e.g. '2026-03-25 15:00 Europe/Berlin' (forms are due 24 h before)",
    )
    add_dir_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator.checks.prep_round import overdue_as_written
    from facilitator.export.prep_form import prep_form

    now = utc_now()
    session = _with_meeting(args, now) if args.meeting else load(args)
    refuse_closed(session, "pre-prep forms are for before the meeting")
    people = chosen_people(session, args.names)
    late = overdue_as_written(session, now)
    if late:
        print(f"facilitator: warning: {late}: ask for them anyway, or move the meeting (--meeting)", file=sys.stderr)
    if not args.output:
        if len(people) != 1:
            raise CliError(f"{len(people)} forms to write: give -o DIR, or --for one NAME to print one form")
        sys.stdout.write(prep_form(session, people[0]))
        return EXIT_OK
    from facilitator.export.prep_files import write_forms

    try:
        written = write_forms(session, people, Path(args.output).expanduser())
    except OSError as error:
        raise CliError(f"{args.output}: cannot write ({error.strerror or error})") from None
    for path in written:
        print(path)
    return EXIT_OK


def chosen_people(session: Session, names: list[str] | None) -> list[Participant]:
    """The participants named (case and spacing ignored), or all of them; CliError for an unknown name."""
    if not session.participants:
        raise CliError(f"{session.slug}: no participants yet; add them in the app first")
    if not names:
        return list(session.participants)

    def key(name: str) -> str:
        return " ".join(name.lower().split())

    by_name = {key(p.name): p for p in session.participants}
    unknown = [name for name in names if key(name) not in by_name]
    if unknown:
        known = ", ".join(p.name for p in session.participants)
        raise CliError(f"--for: not a participant: {', '.join(unknown)} (participants: {known})")
    return [by_name[key(name)] for name in names]


def _with_meeting(args: argparse.Namespace, now: datetime) -> Session:
    """Set the meeting time in the session file (as one saved command); the updated session."""
    from facilitator.model.timeparse import TimeParseError, parse_time

    try:
        when = parse_time(args.meeting).at
    except TimeParseError as error:
        raise CliError(f"--meeting: {error}") from None
    return save_meeting_time(args, when, now)


def save_meeting_time(args: argparse.Namespace, when: datetime, now: datetime) -> Session:
    """Set the SESSION's meeting time to `when`, saved as one command; the updated session."""
    from facilitator.review import Review
    from facilitator.store.session_file import SessionFileError, open_session

    try:
        file = open_session(session_file_path(args))
    except SessionFileError as error:
        raise CliError(str(error)) from None
    try:
        if file.read_only:
            raise CliError(f"{file.read_only_reason}; {file.read_only_fix('set the meeting time again')}")
        refuse_closed(file.session, "meeting time not set")
        review = Review(file.session, file)
        review.set_meeting_at(when)
        review.save_now(now)
        return review.session
    finally:
        file.close()
