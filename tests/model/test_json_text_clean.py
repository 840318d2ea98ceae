"""A file's text found clean as a whole: then no string read from it needs cleaning one by one."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from facilitator.model.text import clean_text, json_text_is_clean

ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None))  # control codes and lone surrogates too


@given(ANY_TEXT, st.booleans())
def test_a_string_from_text_found_clean_is_clean(text: str, ascii_only: bool) -> None:
    encoded = json.dumps({"text": text, "notes": [text]}, ensure_ascii=ascii_only, indent=1)
    if json_text_is_clean(encoded):
        assert clean_text(text) == text


def test_control_codes_and_lone_surrogates_are_found_raw_or_escaped() -> None:
    for text in ("\x1b[31mred", "bell\x07", "\r", "nel\x85", "csi\x9b2J", "\ud800", "form\x0c"):
        assert not json_text_is_clean(json.dumps(text, ensure_ascii=False)), repr(text)
        assert not json_text_is_clean(json.dumps(text, ensure_ascii=True)), repr(text)
    assert json_text_is_clean(json.dumps("tab\tand\nnewline, [bold] <b> é ✓ 🚀", ensure_ascii=False))
