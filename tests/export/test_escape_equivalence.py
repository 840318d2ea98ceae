"""Markdown escaping done with plain string replaces writes exactly what the regular expressions wrote.

The reference below is the escaping as it was written first (one substitution for GitHub's
`@login` and `#123`, one for every Markdown mark); the export now escapes without a Python call
per mark, and must not differ by one character, whatever the text.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from facilitator.export.escape import _escaped_text, md_block, md_inline

_MARKS = re.compile(r"[\\`*_\[\]<>#|~&$]")
_GITHUB_REFERENCE = re.compile(r"(?<!\w)(?:@(?=[A-Za-z0-9])|#(?=\d))")
# Every mark, GitHub's, word characters and not (letters, digits, `_`, accented, CJK), breaks.
TEXT = st.text(
    st.sampled_from(list("\\`*_[]<>#|~&$@#1aZ é中-. \n\t(")) | st.characters(),
    max_size=40,
)


def escaped_as_before(text: str) -> str:
    text = _GITHUB_REFERENCE.sub(lambda m: m[0] + "\u200b", text)
    return _MARKS.sub(r"\\\g<0>", text)


@given(TEXT)
@example("@@ana ##12 a@b c#1 _@x é#3 \\#4 [@y](#5)")
@example("\\\\*_`")
def test_escaping_is_what_the_substitutions_wrote(text: str) -> None:
    assert _escaped_text(text) == escaped_as_before(text)


def test_a_timeline_text_is_escaped_and_unlinked() -> None:
    assert md_inline("Rolled back (#12), paged @ana | see <x> & *y*") == (
        "Rolled back (\\#\u200b12), paged @\u200bana \\| see \\<x\\> \\& \\*y\\*"
    )
    assert md_block("a\\b #1") == "a\\\\b \\#\u200b1"
