"""A file found clean as a whole: then no string read from it needs cleaning one by one."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from facilitator.model.text import clean_text, json_file_is_clean

ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None))  # control codes and lone surrogates too


def as_file(text: str, ascii_only: bool) -> bytes | None:
    """`text` in a JSON file as a session file holds it; None if no UTF-8 file can hold it."""
    try:
        return json.dumps({"text": text, "notes": [text]}, ensure_ascii=ascii_only, indent=1).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate written raw: such a file would not even decode
        return None


@given(ANY_TEXT, st.booleans())
def test_a_string_from_a_file_found_clean_is_clean(text: str, ascii_only: bool) -> None:
    raw = as_file(text, ascii_only)
    if raw is not None and json_file_is_clean(raw):
        assert clean_text(json.loads(raw)["text"]) == text


def test_control_codes_and_lone_surrogates_are_found_raw_or_escaped() -> None:
    for text in ("\x1b[31mred", "bell\x07", "\r", "nel\x85", "csi\x9b2J", "\ud800", "form\x0c"):
        for ascii_only in (False, True):
            raw = as_file(text, ascii_only)
            assert raw is None or not json_file_is_clean(raw), (text, ascii_only)
    assert json_file_is_clean(as_file("tab\tand\nnewline, [bold] <b> é ✓ 🚀 £ ° \u00a0", False) or b"")
