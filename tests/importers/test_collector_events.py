"""An importer's event is the one the model would build from what was read, whatever the text holds.

The collector cleans every string itself and tells the model so (it validates 40,000 models for a
20,000-row file): these tests hold it to the model's own cleaning, for any text, control codes,
escape sequences and lone surrogates included.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from facilitator.importers.kinds import infer_kind
from facilitator.importers.result import Collector
from facilitator.model.enums import EventKind
from facilitator.model.event import Provenance, TimelineEvent
from facilitator.model.text import clean_text, strip_control

AT = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)
# Text with what cleaning looks for: C0 and C1 codes, ESC sequences, CR LF, NEL, lone surrogates.
UNCLEAN = st.text(
    st.sampled_from(["a", "B", " ", "\n", "\t", "\r", "\x1b", "[", "]", "\\", "\x07", "\x85", "\x9b", "\ud800", "é"])
    | st.characters(),
    max_size=30,
)


@given(UNCLEAN)
@example("\x1b]0;title\x07\ud800x")
@example("\r\n\x1b[\ud83dm")
def test_cleaning_once_is_cleaning_after_stripping(text: str) -> None:
    """What the collector stored before (control codes stripped, then the model's cleaning) is
    what `clean_text` alone gives."""
    assert clean_text(text) == clean_text(strip_control(text))


@given(
    text=UNCLEAN,
    actor=UNCLEAN,
    source=UNCLEAN,
    parent=st.none() | UNCLEAN,
    line=st.none() | st.integers(0, 10**6),
    kind=st.none() | st.sampled_from(EventKind),
)
@example(
    text="\x1b[31mred\x1b[0m \ud800", actor=" \x85on-call\x07 ", source="t\x1b.csv", parent="\x9b1", line=2, kind=None
)
def test_an_event_is_what_the_model_builds(
    text: str, actor: str, source: str, parent: str | None, line: int | None, kind: EventKind | None
) -> None:
    collector = Collector(source, "csv")
    event = collector.event(AT + timedelta(seconds=7), text, line, actor=actor, kind=kind, parent_id=parent)
    if not strip_control(text).strip():
        assert event is None and collector.problems[0].reason == "no text for the event"
        return
    assert event is not None
    clean = strip_control(text)
    expected = TimelineEvent(  # the model's own cleaning, as the collector built events before
        id=event.id,
        at=AT + timedelta(seconds=7),
        text=clean,
        actor=strip_control(actor).strip(),
        kind=kind or infer_kind(clean),
        provenance=Provenance(source=collector.relative(source), line=line),
        parent_id=parent,
    )
    assert event == expected
    assert event.model_dump() == expected.model_dump()


def test_the_kind_is_guessed_from_the_cleaned_text() -> None:
    collector = Collector("chat.txt", "text")
    event = collector.event(AT, "\x1b[1mRolled back\x1b[0m the deploy", 3)
    assert event is not None and event.kind is EventKind.ACTION and event.text == "Rolled back the deploy"
