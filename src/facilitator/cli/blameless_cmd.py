"""`facilitator blameless FILE`: flag blaming phrasing in a text file, sentence by sentence.

Prints `LINE: flagged text -> suggestion` per flag; exits 1 if anything was flagged, 0 if
nothing was, 2 if the file cannot be read. `-` reads standard input. The file is read sentence
by sentence, across hard-wrapped lines; `--people "Mei Lin,@ilya"` names the review's people, so
"mei forgot" is found as surely as "Mei forgot". A Markdown postmortem
from `facilitator export` is read without the export's own fixed text (its preamble,
headings and blameless-check summary), so `facilitator export S | facilitator blameless -`
judges only what people wrote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from facilitator.cli.common import EXIT_GAPS, EXIT_OK, CliError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "blameless", help="flag blaming phrasing in a text file and suggest a system-focused question"
    )
    parser.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    parser.add_argument(
        "--people",
        default="",
        metavar="NAMES",
        help="the review's people, comma-separated (names and handles), found however they are typed",
    )
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


def without_export_text(text: str) -> str:
    """`text` with an export's fixed lines blanked and its title prefix spaced out, so line
    numbers and offsets stay those of the file. Other text is returned as it is."""
    from facilitator.export.markdown import TITLE_PREFIX, is_fixed_line

    if not text.startswith(TITLE_PREFIX):
        return text
    lines = text.splitlines()
    lines[0] = " " * len(TITLE_PREFIX) + lines[0][len(TITLE_PREFIX) :]
    return "\n".join("" if is_fixed_line(line) else line for line in lines)


def run(args: argparse.Namespace) -> int:
    from facilitator.checks.blame_document import check_document
    from facilitator.checks.blame_people import people_words

    people = people_words(name for name in args.people.split(",") if name.strip())
    flags = check_document(without_export_text(_read(args.file)), people)
    for flag in flags:
        print(f"{flag.line}: {flag.phrase} -> {flag.suggestion}")
    return EXIT_GAPS if flags else EXIT_OK
