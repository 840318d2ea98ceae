"""Telling a format reads a text's first lines without splitting the whole text: the same lines."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from facilitator.importers.head_lines import first_lines

# Every line boundary `str.splitlines` knows, CR LF pairs, and a few letters between them.
LINES = st.lists(
    st.sampled_from(
        ["a", "b", " ", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
    )
).map("".join)


@given(LINES, st.integers(0, 12), st.integers(1, 9))
@example("a\r\nb\r\nc", 1, 2)  # the first cut ends between a CR and its LF
@example("a\r\n\r\nb", 2, 3)
def test_the_first_lines_are_those_of_the_whole_text(text: str, count: int, cut: int) -> None:
    assert first_lines(text, count, cut) == text.splitlines()[:count]


def test_a_long_text_is_cut_not_split_whole() -> None:
    text = "header\n" + "row\n" * 100_000
    assert first_lines(text, 3) == ["header", "row", "row"]
