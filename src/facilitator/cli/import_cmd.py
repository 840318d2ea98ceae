"""`facilitator import SESSION FILE...`: read timelines into a session, all or nothing.

Every file is parsed before anything is applied. Any line that cannot be placed stops
the import (listed on stderr, exit 2) unless `--lenient` keeps such lines as unplaced
lines in the session; a file that cannot be read at all stops it either way. Incident
times are taken across all the files (pages of one PagerDuty log). Re-importing a file
adds nothing twice.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.cli.common import EXIT_OK, CliError, add_dir_option, refuse_closed, session_file_path, utc_now

if TYPE_CHECKING:
    from facilitator.importers import ImportResult
    from facilitator.importers.options import ReadOptions
    from facilitator.importers.result import Problem
    from facilitator.model.prep import PrepAnswers
    from facilitator.review import Review

BIG_INPUT_BYTES = 512 * 1024
"""Inputs at least this big get a progress bar (when stderr is a terminal)."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        help="import a timeline (chat text, CSV, Slack, PagerDuty, Grafana, a JSON export) or filled pre-prep forms",
        description="Read timeline files into a session. Nothing changes unless every line can be placed "
        "(or --lenient is given).",
    )
    parser.add_argument("session", help="a slug in the sessions folder, or a path to a session file")
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="timeline file (a Slack export may be a ZIP or folder)"
    )
    parser.add_argument(
        "--format",
        default="auto",
        metavar="FORMAT",
        help="auto (default: tell from the content), or a reader named in docs/importing.md (text, chat, "
        "markdown, transcript, csv, slack, pagerduty, datadog, ..., prep: a filled pre-prep form)",
    )
    parser.add_argument("--tz", default="UTC", metavar="ZONE", help="zone for times that give none (default UTC)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="date for lines without one (default: the incident's)")
    parser.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar="NAME",
        help="a channel to read from a Slack workspace export (give it again for more channels)",
    )
    parser.add_argument(
        "--incident",
        metavar="ID",
        help="the incident to read from a listing of several (PagerDuty log entries, Statuspage, incident.io)",
    )
    parser.add_argument(
        "--start",
        metavar='"YYYY-MM-DD HH:MM[:SS]"',
        help="when the recording or meeting began (in --tz), for transcripts and recording chats whose times "
        "are elapsed since then",
    )
    parser.add_argument(
        "--dayfirst",
        action="store_true",
        help="numeric dates that could swap (03/04/2026) are day first, as a European sheet writes them",
    )
    parser.add_argument(
        "--per-cue",
        action="store_true",
        help="read a transcript one event per cue (default: one per turn, a speaker's consecutive cues)",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="import what parsed; keep the other lines as unplaced lines to place by hand",
    )
    add_dir_option(parser)
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from facilitator.importers.options import ReadOptions, start_instant
    from facilitator.model.timeparse import TimeParseError, zone_from_token

    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date: {args.date!r} is not a date (use YYYY-MM-DD)") from None
    try:
        zone_from_token(args.tz)
    except TimeParseError as error:
        raise CliError(f"--tz: {error}") from None
    start = None
    if args.start:
        try:
            start = start_instant(args.start, args.tz)
        except TimeParseError as error:
            raise CliError(f"--start: {error}") from None
    options = ReadOptions(day, args.tz, tuple(args.channel), args.incident, start, args.dayfirst, args.per_cue)
    return import_into(session_file_path(args), args.files, args.format, args.lenient, quiet=False, options=options)


def import_into(
    path: Path,
    files: list[str],
    fmt: str = "auto",
    lenient: bool = False,
    quiet: bool = False,
    *,
    options: ReadOptions | None = None,
) -> int:
    """Import `files` into the session file at `path`; returns the exit code or raises CliError.
    Undated lines take `options.default_date`, else the incident's date (see `importers.dated`)."""
    from dataclasses import replace

    from facilitator.importers import FORMATS
    from facilitator.importers.combine import missing_pages, shared_times
    from facilitator.importers.dated import incident_day, parse_dated
    from facilitator.importers.options import ReadOptions
    from facilitator.review import Refused, Review
    from facilitator.store.session_file import SessionFileError, open_session

    options = options or ReadOptions()
    if fmt not in FORMATS:
        raise CliError(f"--format: {fmt!r} is not a format (use one of: {', '.join(FORMATS)})")
    try:
        file = open_session(path)
    except SessionFileError as error:
        raise CliError(str(error)) from None
    try:
        if file.read_only:
            raise CliError(f"{file.read_only_reason}; {file.read_only_fix('import again')}")
        refuse_closed(file.session, "nothing imported")
        review = Review(file.session, file)
        results = parse_dated(
            lambda name, default_date: _parse(name, fmt, replace(options, default_date=default_date)),
            files,
            options.default_date or incident_day(review.session),
        )
        results = shared_times(results)
        now = utc_now()
        forms = prep_answers(review, results, now)
        problems = [str(problem) for result in results for problem in result.problems]
        problems += [str(problem) for problem in forms.problems]
        for warning in [*(w for result in results for w in result.warnings), *missing_pages(results)]:
            print(f"facilitator: warning: {warning}", file=sys.stderr)
        unreadable = [result for result in results if result.unreadable]
        if unreadable or forms.problems or (problems and not lenient):
            tail = _refusal(len(problems), unreadable)
            if forms.problems and not unreadable:
                tail = f"nothing imported: {_count(len(problems), 'problem')}; fix the forms and import them again"
            raise CliError("\n".join([*problems, tail]))
        try:
            summaries = [apply_result(review, result, lenient) for result in results if result.prep_form is None]
            summaries += [record_answers(review, answers) for answers in forms.answers]
        except Refused as refusal:  # nothing is saved: the import is all or nothing
            raise CliError(f"nothing imported: {refusal}") from None
        review.save_now(now)
    finally:
        file.close()
    if not quiet:
        print("\n".join(summaries))
    if problems:
        kept = sum(len(result.unplaced) for result in results)
        print("\n".join(f"facilitator: warning: {problem}" for problem in problems), file=sys.stderr)
        print(
            f"facilitator: warning: {_count(len(problems), 'problem')}; {_count(kept, 'line')} kept as unplaced "
            "lines in the session to place by hand",
            file=sys.stderr,
        )
    return EXIT_OK


def _parse(name: str, fmt: str, options: ReadOptions) -> ImportResult:
    from facilitator.importers import read_file

    path = Path(name)
    big = path.is_file() and path.stat().st_size >= BIG_INPUT_BYTES and sys.stderr.isatty()
    if not big:
        return read_file(path, fmt, options)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.__stderr__), transient=True) as bar:  # draws, unquoted
        task = bar.add_task(f"reading {path.name}", total=None)
        return read_file(path, fmt, options, lambda done, total: bar.update(task, completed=done, total=total))


def _refusal(problems: int, unreadable: list[ImportResult]) -> str:
    """The last line of a refused import: `--lenient` is offered only where it would help."""
    if unreadable:
        names = ", ".join(result.source for result in unreadable)
        return f"nothing imported: {names} could not be read at all (see above)"
    return (
        f"nothing imported: {_count(problems, 'problem')}; fix them, "
        "or use --lenient to import what parsed and keep the rest as unplaced lines"
    )


def apply_result(review: Review, result: ImportResult, lenient: bool) -> str:
    """Apply one parsed input to the review; returns its summary line."""
    from facilitator.importers.result import skipped_text

    outcome = review.apply_import(result, lenient)
    span = f"{_when(result.span[0])} – {_when(result.span[1])}" if result.span else "—"
    left_out = f"; left out: {skipped_text(result.skipped)}" if result.skipped else ""
    notes = "".join(f"; {note}" for note in result.notes)
    return (
        f"imported {_count(outcome.added, 'event')} ({outcome.skipped} already there) from {result.source}; "
        f"span {span}{left_out}{notes}"
    )


@dataclass
class FormAnswers:
    answers: list[PrepAnswers] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def prep_answers(review: Review, results: list[ImportResult], now: datetime) -> FormAnswers:
    """The answers of every filled pre-prep form among `results`, checked against the session."""
    from facilitator.importers.prep_form import answers_from_form

    found = FormAnswers()
    for result in results:
        if result.prep_form is not None and not result.problems:
            answers, problems = answers_from_form(result.prep_form, review.session, now)
            found.problems += problems
            if answers is not None:
                found.answers.append(answers)
    return found


def record_answers(review: Review, answers: PrepAnswers) -> str:
    from facilitator.export.escape import plain_line

    person = review.session.participant(answers.participant_id)
    replaced = review.session.prep_of(person.id) is not None
    review.record_prep(answers)
    verb = "replaced the earlier answers of" if replaced else "stored the pre-prep answers of"
    return f"{verb} {plain_line(person.name)} from {answers.source}"


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S UTC" if at.second else "%Y-%m-%d %H:%M UTC")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
