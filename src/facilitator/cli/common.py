"""What every subcommand shares: exit codes, errors, the --dir option, finding a session."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.model.session import Session

EXIT_OK = 0
EXIT_GAPS = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """An error to print as `facilitator: message` lines (no traceback) and exit with `code`."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def add_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dir", default=argparse.SUPPRESS, help="sessions folder (default: $FACILITATOR_HOME or the user data folder)"
    )


def folder(args: argparse.Namespace) -> Path:
    from facilitator.store.paths import sessions_dir

    return sessions_dir(getattr(args, "dir", None))


def session_file_path(args: argparse.Namespace) -> Path:
    """The file named by the SESSION argument; a CliError if there is none."""
    from facilitator.store.paths import resolve_session

    path = resolve_session(args.session, folder(args))
    if not path.exists():
        raise CliError(f"{args.session}: no such session (looked for {path})")
    return path


def load(args: argparse.Namespace) -> Session:
    """Load the SESSION argument read-only, for commands that only read."""
    from facilitator.store.session_file import SessionFileError, load_session

    try:
        return load_session(session_file_path(args))
    except SessionFileError as error:
        raise CliError(str(error)) from None


def refuse_closed(session: Session, consequence: str) -> None:
    """A CliError for a closed review, which takes no more changes: `slug: consequence: why`."""
    from facilitator.model.enums import SessionStatus
    from facilitator.review.core import CLOSED_REASON

    if session.status is SessionStatus.CLOSED:
        raise CliError(f"{session.slug}: {consequence}: {CLOSED_REASON}")


def utc_now() -> datetime:
    """The one wall-clock read of a CLI run; everything below takes it as an argument."""
    return datetime.now(UTC)
