"""Meeting recordings and transcripts: WebVTT from Zoom and Teams, Zoom's live transcript,
a Google Meet transcript, and a Zoom cloud recording's chat. Times elapsed since the
recording began are placed against `--start` (in `--tz`), never read as clock times;
speakers become actors, and one person's consecutive cues are one event."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.importers import parse_file
from facilitator.importers.options import start_instant

FORMATS = Path(__file__).resolve().parent / "formats"
START = datetime(2026, 3, 22, 23, 39, tzinfo=UTC)
ELAPSED = ["zoom_recording_chat.txt", "zoom_transcript.vtt", "teams_transcript.vtt", "google_meet_transcript.txt"]


def utc(hour: int, minute: int, second: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 3, day, hour, minute, second, tzinfo=UTC)


def rows(result) -> list[tuple[datetime, str, str]]:
    return [(e.at, e.actor, e.text) for e in result.events]


@pytest.mark.parametrize("name", ELAPSED)
def test_elapsed_times_without_start_are_refused_never_read_as_clock_times(cli, name: str) -> None:
    path = FORMATS / name
    result = parse_file(path, default_date=date(2026, 3, 22))
    assert result.format == "transcript"
    assert (result.events, result.notes) == ((), ()), "nothing read, so nothing said of how it was read"
    (problem,) = result.problems
    assert problem.reason.endswith(
        'are elapsed since the recording began, not clock times: give --start "YYYY-MM-DD HH:MM[:SS]", '
        "when it began (in --tz)"
    )
    slug = cli.new()
    assert cli("import", slug, str(path), "--lenient", "--date", "2026-03-22") == 2
    assert cli.session(slug).timeline == ()


def test_a_zoom_recording_chat_is_placed_against_start_and_leaves_out_reactions() -> None:
    result = parse_file(FORMATS / "zoom_recording_chat.txt", start=START)
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (utc(23, 41, 14), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42, 37), "Bo Dev", "I pushed a config change at 23:30"),
        (utc(23, 47, 22), "Cy Comms", "status page posted: investigating"),
        (utc(0, 28, 47, day=23), "Ana Ops", "Resolved: error rate back to normal"),
    ]
    assert result.skipped == {"chat reactions": 1}


def test_start_is_read_in_the_zone_given(cli) -> None:
    assert start_instant("2026-03-23 00:39", "Europe/Berlin") == START
    slug = cli.new()
    chat = str(FORMATS / "zoom_recording_chat.txt")
    assert cli("import", slug, chat, "--start", "2026-03-23 00:39", "--tz", "Europe/Berlin") == 0, cli.err
    assert cli.session(slug).timeline[0].at == utc(23, 41, 14)
    assert cli("import", slug, chat, "--start", "00:39") == 2
    assert cli.err == "facilitator: --start: '00:39' has no date (use YYYY-MM-DD HH:MM[:SS])\n"


def test_a_zoom_vtt_gives_one_event_per_turn_with_the_speaker_as_actor() -> None:
    result = parse_file(FORMATS / "zoom_transcript.vtt", start=START)
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (utc(23, 39, 1), "Ana Ops", "checkout error rate is climbing, paging on-call now"),
        (utc(23, 40, 10), "Bo Dev", "I pushed a config change at 23:30, rolling it back"),
        (utc(23, 48, 2), "Cy Comms", "status page posted: investigating"),
        (utc(0, 29, 13, day=23), "Ana Ops", "resolved, error rate back to normal"),
    ]
    assert [e.provenance.line if e.provenance else None for e in result.events] == [4, 12, 17, 21]
    assert result.notes == (
        "5 cues read as 4 turns: one speaker's consecutive cues are one event (--per-cue gives one event per cue)",
    )


def test_per_cue_gives_one_event_per_cue(cli) -> None:
    result = parse_file(FORMATS / "zoom_transcript.vtt", start=START, per_cue=True)
    assert [str(p) for p in result.problems] == []
    assert rows(result)[:2] == [
        (utc(23, 39, 1), "Ana Ops", "checkout error rate is climbing,"),
        (utc(23, 39, 4), "Ana Ops", "paging on-call now"),
    ]
    assert len(result.events) == 5
    assert result.notes == ("5 cues read as 5 events, one per cue",)
    slug = cli.new()
    vtt = str(FORMATS / "zoom_transcript.vtt")
    assert cli("import", slug, vtt, "--start", "2026-03-22 23:39", "--per-cue") == 0, cli.err
    assert "5 cues read as 5 events, one per cue" in cli.out
    assert len(cli.session(slug).timeline) == 5


def test_a_teams_vtt_reads_voices_guid_cue_ids_and_entities() -> None:
    result = parse_file(FORMATS / "teams_transcript.vtt", start=START)
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (utc(23, 39, 1), "Ana Ops", "Checkout error rate is climbing. I'm paging on-call."),
        (utc(23, 40, 10), "Bo Dev", "I pushed a config change at 23:30 & I'm rolling it back."),
        (utc(23, 48, 2), "Cy Comms", "Status page posted: investigating."),
    ]


def test_zooms_live_transcript_has_clock_times_placed_on_the_date() -> None:
    path = FORMATS / "zoom_live_transcript.txt"
    result = parse_file(path, default_date=date(2026, 3, 22))
    assert result.format == "transcript"
    assert rows(result) == [
        (utc(23, 41, 7), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 42, 30), "Bo Dev", "I pushed a config change at 23:30\nlooking at it now"),
        (utc(23, 47, 15), "Cy Comms", "status page posted: investigating"),
        (utc(0, 30, 40, day=23), "Ana Ops", "resolved, error rate back to normal"),
    ]
    assert [str(w) for w in result.warnings] == [
        f"{path}:11: 00:30 UTC is over 12 hours before the line above, so it is taken as the next day "
        "(2026-03-23); write the date on the line if it is not"
    ]


def test_zooms_live_transcript_takes_the_date_of_start_too() -> None:
    result = parse_file(FORMATS / "zoom_live_transcript.txt", start=START)
    assert result.span == (utc(23, 41, 7), utc(0, 30, 40, day=23))


def test_a_google_meet_transcript_places_each_speaker_at_the_marker_above() -> None:
    result = parse_file(FORMATS / "google_meet_transcript.txt", start=START)
    assert [str(p) for p in result.problems] == []
    assert rows(result) == [
        (utc(23, 39), "Ana Ops", "checkout error rate is climbing, paging on-call"),
        (utc(23, 39), "Bo Dev", "I pushed a config change at 23:30, rolling it back now"),
        (utc(23, 44), "Cy Comms", "status page posted: investigating"),
        (utc(0, 24, day=23), "Ana Ops", "resolved, error rate back to normal"),
    ]


def test_a_meet_transcripts_first_speakers_before_any_marker_are_at_its_start_not_dropped() -> None:
    begun = datetime(2026, 4, 2, 16, 0, tzinfo=UTC)
    result = parse_file(FORMATS / "google_meet_transcript_first_block.txt", start=begun)
    assert [str(p) for p in result.problems] == []
    assert [(event.at - begun, event.actor, event.text) for event in result.events] == [
        (timedelta(0), "Dana Kowalczyk", "Welcome, we have half an hour and the timeline is in the doc."),
        (timedelta(0), "Lin Zhou", "The index rebuild started before the alert fired."),
        (timedelta(minutes=5), "Femi Adeyemi", "The alert threshold was set for the old cluster size."),
    ]


def test_a_recording_chat_forced_as_text_is_refused_never_read_as_clock_times() -> None:
    result = parse_file(FORMATS / "zoom_recording_chat.txt", "text", default_date=date(2026, 3, 22))
    assert result.events == ()
    assert "its times (00:02:14, ...) are elapsed since the recording began" in result.problems[0].reason
