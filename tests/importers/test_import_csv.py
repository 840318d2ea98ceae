"""CSV timelines: the standard header, other people's column names, quoting, and bad rows."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.importers import parse_text
from facilitator.model.enums import EventKind


def parse(text: str, **options):
    return parse_text(text, options.pop("fmt", "csv"), "t.csv", **options)


def test_the_standard_header() -> None:
    result = parse("timestamp,actor,kind,text\n2026-03-22T14:23:00+01:00,SRE,decision,Fail over\n")
    (event,) = result.events
    assert (event.at, event.actor, event.kind, event.text) == (
        datetime(2026, 3, 22, 13, 23, tzinfo=UTC),
        "SRE",
        EventKind.DECISION,
        "Fail over",
    )
    assert (event.provenance.source, event.provenance.line) == ("t.csv", 2)


def test_other_column_names_are_mapped() -> None:
    result = parse("When,Who,Type,Description\n2026-03-22 14:23 UTC,on-call,page,Paged\n")
    event = result.events[0]
    assert (event.actor, event.kind, event.text) == ("on-call", EventKind.ALERT, "Paged")


def test_a_date_column_and_a_time_column_are_joined() -> None:
    result = parse("Date,Time (UTC),Owner,Summary\n2026-03-22,14:23,db team,Snapshot taken\n")
    assert result.events[0].at == datetime(2026, 3, 22, 14, 23, tzinfo=UTC)


def test_a_missing_kind_is_guessed_from_the_text() -> None:
    assert parse("time,event\n2026-03-22T14:23:00Z,Incident resolved\n").events[0].kind is EventKind.RESOLUTION


def test_bom_crlf_quoted_commas_and_newlines() -> None:
    text = (
        "\ufefftimestamp,actor,kind,text\r\n"
        '2026-03-22T14:23:00Z,SRE,action,"Restarted a, b and c\r\nthen waited"\r\n'
        '2026-03-22T14:30:00Z,SRE,observation,"He said ""fine"""\r\n'
    )
    result = parse(text, fmt="auto")
    assert result.format == "csv"
    assert [e.text for e in result.events] == ["Restarted a, b and c\nthen waited", 'He said "fine"']
    assert [e.provenance.line for e in result.events] == [2, 4]


def test_text_is_kept_exactly() -> None:
    text = "| **bold** | <script>x</script> [red]not markup[/red] 🚒 مرحبا"
    result = parse(f'timestamp,text\n2026-03-22T14:23:00Z,"{text}"\n')
    assert result.events[0].text == text


def test_an_unknown_kind_names_the_line_and_the_field() -> None:
    result = parse(
        "timestamp,actor,kind,text\n2026-03-22T14:23:00Z,SRE,action,ok\n2026-03-22T14:24:00Z,SRE,vibes,hmm\n"
    )
    assert [str(p) for p in result.problems] == [
        "t.csv:3: kind: unknown kind 'vibes' (known: alert, action, decision, communication, observation, resolution)"
    ]
    assert [u.text for u in result.unplaced] == ["2026-03-22T14:24:00Z,SRE,vibes,hmm"]


def test_bad_rows_are_reported_with_their_line() -> None:
    text = (
        "timestamp,actor,kind,text\n"
        "2026-03-22T24:00:00Z,SRE,action,midnight?\n"
        "2026-03-22T14:25:00Z,SRE\n"
        "2026-03-22T14:26:00Z,SRE,action,a,b\n"
        ",SRE,action,no time\n"
        "14:27 Mars/Olympus,SRE,action,odd zone\n"
    )
    problems = [str(p) for p in parse(text, default_date=date(2026, 3, 22)).problems]
    assert problems == [
        "t.csv:2: timestamp: '24:00:00' is not a time of day",
        "t.csv:3: missing field text",
        "t.csv:4: 5 fields but the header has 4 (quote text that holds commas)",
        "t.csv:5: timestamp: empty",
        "t.csv:6: timestamp: unknown time zone 'Mars/Olympus'",
    ]


def test_a_header_without_a_time_or_text_column_is_a_problem() -> None:
    result = parse("who,what\nSRE,restart\n")
    assert [str(p) for p in result.problems] == ["t.csv:1: missing column timestamp (the header has: who, what)"]
    result = parse("who,remark\nSRE,restart\n")
    assert [str(p) for p in result.problems] == [
        "t.csv:1: missing column timestamp and text (the header has: who, remark)"
    ]


def test_blank_rows_are_skipped() -> None:
    assert len(parse("timestamp,text\n\n2026-03-22T14:23:00Z,a\n,\n").events) == 1


def test_a_bad_row_over_several_lines_is_kept_as_written() -> None:
    """The row's own lines, CR LF ends dropped, from its first line to its last; the rows around it import."""
    text = (
        "timestamp,actor,kind,text\r\n"
        '2026-03-22T14:23:00Z,SRE,action,"Restarted a, b\r\nand c"\r\n'
        '2026-03-22T25:00:00Z,SRE,action,"a second line\r\nand a third"\r\n'
        "2026-03-22T14:30:00Z,SRE,action,done\r\n"
    )
    result = parse(text)
    assert [str(p) for p in result.problems] == ["t.csv:4: timestamp: '25:00:00' is not a time of day"]
    assert [u.text for u in result.unplaced] == ['2026-03-22T25:00:00Z,SRE,action,"a second line\nand a third"']
    assert [(e.provenance.line, e.text) for e in result.events] == [(2, "Restarted a, b\nand c"), (6, "done")]
