"""A participant's pre-prep answers are Markdown: their emphasis, strong and code stay Markdown
in the postmortem, and nothing else they wrote can become markup."""

from __future__ import annotations

import cmarkgfm
import pytest

from facilitator.export.escape import md_answer


def test_emphasis_strong_and_code_stay_markdown() -> None:
    written = "The **Personal Health Dashboard** was _green_ while `checkout` failed"
    assert md_answer(written) == written
    html = cmarkgfm.github_flavored_markdown_to_html(md_answer(written))
    assert "<strong>Personal Health Dashboard</strong>" in html and "<code>checkout</code>" in html


@pytest.mark.parametrize(
    "written",
    ["<script>alert(1)</script>", "a | b | c", "[click](https://evil.example)", "# heading", "- item", "@here #1"],
)
def test_nothing_else_becomes_markup(written: str) -> None:
    html = cmarkgfm.github_flavored_markdown_to_html(f"| a |\n|---|\n| {md_answer(written)} |")
    assert "<script" not in html and ">click</a>" not in html and "<h1" not in html and "<li>" not in html
    assert html.count("<td>") == 1, "one cell, however many pipes"


def test_an_escaped_star_stays_a_star_and_lines_break_with_the_pilcrow() -> None:
    assert md_answer("2 \\* 3 = 6\nsecond line") == "2 \\* 3 = 6 ¶ second line"
