"""Properties of the new readers: a bare continuation time is never read as a morning time after
an evening one; transcript cues land at start + offset with their speakers; logfmt keeps any
message; a chat copy's speakers come through whole; no reader raises on any text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from facilitator.importers import parse_text
from facilitator.importers.chat_times import divider_date
from facilitator.importers.readers import READERS

DAY = date(2026, 3, 22)
START = datetime(2026, 3, 22, 23, 0, tzinfo=UTC)
NAME = st.lists(
    st.text(st.characters(categories=["Lu"]), min_size=1, max_size=1).flatmap(
        lambda first: st.text(st.characters(categories=["Ll"]), min_size=2, max_size=8).map(lambda rest: first + rest)
    ),
    min_size=1,
    max_size=3,
).map(" ".join)
WORDS = st.text(st.characters(categories=("Ll", "Zs")), min_size=1, max_size=40).map(str.strip).filter(bool)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=12 * 60, max_value=23 * 60 + 50), st.lists(st.integers(1, 9), min_size=1, max_size=8))
def test_a_bare_continuation_time_is_never_a_morning_time(evening: int, gaps: list[int]) -> None:
    minutes = [evening]
    for gap in gaps:
        minutes.append(minutes[-1] + gap)
    lines = [f"Ana Ops  {(evening // 60 - 1) % 12 + 1}:{evening % 60:02d} PM", "first"]
    for n, minute in enumerate(minutes[1:], start=1):
        hour = minute // 60 % 24
        lines += [f"{(hour - 1) % 12 + 1}:{minute % 60:02d}", f"message {n}"]
    result = parse_text("\n".join(lines), "chat", "copy.txt", default_date=DAY)
    assert [str(p) for p in result.problems] == []
    midnight = datetime(2026, 3, 22, tzinfo=UTC)
    assert [e.at for e in result.events] == [midnight + timedelta(minutes=m) for m in minutes]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(NAME, WORDS, st.integers(0, 3 * 3600)), min_size=1, max_size=12))
def test_webvtt_cues_land_at_start_plus_offset_with_their_speakers(cues: list[tuple[str, str, int]]) -> None:
    cues = sorted(cues, key=lambda cue: cue[2])
    blocks = [
        f"{n}\n{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000 --> {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.900\n"
        f"<v {name}>{words}</v>"
        for n, (name, words, s) in enumerate(cues, start=1)
    ]
    result = parse_text("WEBVTT\n\n" + "\n\n".join(blocks) + "\n", "auto", "t.vtt", start=START)
    assert result.format == "transcript" and result.problems == ()
    turns: list[tuple[datetime, str, str]] = []
    for name, words, seconds in cues:
        if turns and turns[-1][1] == name:
            turns[-1] = (turns[-1][0], name, f"{turns[-1][2]} {words}")
        else:
            turns.append((START + timedelta(seconds=seconds), name, " ".join(words.split())))
    assert sorted((e.at, e.actor, " ".join(e.text.split())) for e in result.events) == sorted(
        (at, name, " ".join(text.split())) for at, name, text in turns
    )


@settings(max_examples=100, deadline=None)
@given(WORDS, st.integers(0, 86_399))
def test_logfmt_keeps_any_message_and_its_time(message: str, second: int) -> None:
    at = datetime(2026, 3, 22, tzinfo=UTC) + timedelta(seconds=second)
    escaped = message.replace("\\", "\\\\").replace('"', '\\"')
    result = parse_text(f'time={at:%Y-%m-%dT%H:%M:%SZ} level=info msg="{escaped}"\n', "logfmt", "x.log")
    assert [(e.at, e.text) for e in result.events] == [(at, message)]


@settings(max_examples=60, deadline=None)
@given(NAME, WORDS.filter(lambda words: divider_date(words, DAY) is None))
@example(name="Aaa", words="thursday again")
def test_a_chat_copy_keeps_its_speaker_whole(name: str, words: str) -> None:
    """Any words but a day's name alone ("thursday"), which a chat copy writes as its day divider."""
    text = f"{name}  11:41 PM\n{words}\n{name}  11:45 PM\n{words} again\n"
    result = parse_text(text, "chat", "copy.txt", default_date=DAY)
    assert [e.actor for e in result.events] == [name, name]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_no_new_reader_raises_on_any_text(text: str) -> None:
    for fmt in ("chat", "transcript", "logfmt", "opsgenie", "incidentio", "rootly", "firehydrant", "statuspage"):
        assert fmt in READERS
        result = parse_text(text, fmt, "any", default_date=DAY, start=START)
        assert result.events or result.problems or result.unplaced == ()
