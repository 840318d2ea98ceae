"""Refuse or read right, never silently wrong: every reader is fed every fixture of the other
formats (tests/importers/formats/), as saved and with a BOM and Windows line ends. A reader
either refuses (a problem names the file) or reads what the file's own reader reads: the same
instants, each text holding the words read right (a speaker kept in the text is fine). A reader
that reads part of a file, or other times, with exit 0 fails here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.importers import ImportResult, parse_text, read_file
from facilitator.importers.options import ReadOptions
from facilitator.importers.readers import READERS

FORMATS = Path(__file__).resolve().parent / "formats"
FIXTURES = sorted(p.name for p in FORMATS.iterdir() if p.is_file() and p.name != "SOURCES.md")
OPTIONS = ReadOptions(date(2026, 3, 22), "UTC", start=datetime(2026, 3, 22, 23, 39, tzinfo=UTC))


@cache
def right_reading(name: str) -> ImportResult:
    """The fixture read by the reader `--format auto` picks for it."""
    return read_file(FORMATS / name, "auto", OPTIONS)


def refused_or_right(result: ImportResult, right: ImportResult) -> str:
    """ "" when `result` is refused or reads what `right` read; else what is wrong with it."""
    if result.problems or result.format == right.format:
        return ""
    if result.prep_form is not None or result.session is not None:
        return f"read as {result.format} with exit 0"
    if right.problems:
        return f"{len(result.events)} events read as {result.format}, but its own reader refuses it"
    read = sorted((e.at, e.text) for e in result.events)
    wanted = sorted((e.at, e.text) for e in right.events)
    if [at for at, _ in read] != [at for at, _ in wanted]:
        return f"{len(read)} events read as {result.format} at other times than the {len(wanted)} of {right.format}"
    differ = [(text, words) for (_, text), (_, words) in zip(read, wanted, strict=True) if words not in text]
    return f"texts differ from {right.format}'s: {differ[:2]}" if differ else ""


@pytest.mark.parametrize("fmt", list(READERS))
@pytest.mark.parametrize("name", FIXTURES)
def test_every_reader_refuses_or_reads_right_every_fixture(name: str, fmt: str) -> None:
    right = right_reading(name)
    assert refused_or_right(read_file(FORMATS / name, fmt, OPTIONS), right) == ""


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FIXTURES), st.sampled_from(["auto", *READERS]), st.booleans(), st.booleans())
def test_a_bom_and_windows_line_ends_change_nothing(name: str, fmt: str, bom: bool, crlf: bool) -> None:
    text = (FORMATS / name).read_text(encoding="utf-8-sig")
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    result = parse_text(
        ("\ufeff" if bom else "") + text,
        fmt,
        name,
        default_date=OPTIONS.default_date,
        start=OPTIONS.start,
    )
    assert refused_or_right(result, right_reading(name)) == ""
    if fmt in ("auto", right_reading(name).format):
        assert sorted((e.at, e.text.replace("\r", "")) for e in result.events) == sorted(
            (e.at, e.text) for e in right_reading(name).events
        )
