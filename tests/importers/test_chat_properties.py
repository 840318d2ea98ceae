"""Properties of the chat parsers: Zoom speakers come through whole, and undated times that
cross midnight keep going forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.importers import parse_text

DAY = date(2026, 3, 22)
NAME = st.text(st.characters(categories=("L", "N"), include_characters=" .'-"), min_size=1, max_size=30).filter(
    lambda name: name.strip() and " to " not in f" {name} " and not name.strip().lower().endswith(" to")
)
WORDS = st.text(
    st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\t"), min_size=1, max_size=80
).filter(lambda text: text.strip())


@settings(max_examples=150, deadline=None)
@given(NAME, WORDS)
def test_a_zoom_message_keeps_its_speaker_and_text(name: str, text: str) -> None:
    result = parse_text(f"10:05:23 From {name} to Everyone:\n\t{text}\n", "text", default_date=DAY)
    assert [str(p) for p in result.problems] == []
    (event,) = result.events
    assert (event.actor, event.text) == (name.strip(), text.strip())


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=23 * 60),
    st.lists(st.integers(min_value=1, max_value=11 * 60), min_size=1, max_size=12),
)
def test_undated_times_crossing_midnight_keep_going_forward(start: int, gaps: list[int]) -> None:
    minutes = [start]
    for gap in gaps:
        if minutes[-1] + gap - start >= 24 * 60:
            break
        minutes.append(minutes[-1] + gap)
    lines = [f"{m // 60 % 24:02d}:{m % 60:02d} - step {n}" for n, m in enumerate(minutes)]
    result = parse_text("\n".join(lines), "text", default_date=DAY)
    midnight = datetime(2026, 3, 22, tzinfo=UTC)
    assert [e.at for e in result.events] == [midnight + timedelta(minutes=m) for m in minutes]
    assert [e.text for e in result.events] == [f"step {n}" for n in range(len(minutes))]
