"""Hostile answers arrive as typed, and the postmortem and the JSON export keep them as text."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from facilitator.export.escape import md_inline
from facilitator.export.json_export import session_from_export, to_json
from facilitator.export.markdown import to_markdown
from facilitator.importers.md_blocks import Kind, blocks
from facilitator.importers.prep_form import answers_from_form, read_form
from tests.prep.hostile_form import HOSTILE, hostile_text
from tests.prep.prep_support import RECEIVED, example


def hostile_session():
    session = example()
    answers, problems = answers_from_form(read_form(hostile_text(), "hostile.md"), session, RECEIVED)
    assert problems == [] and answers is not None
    return session.changed(prep=(answers,))


def test_hostile_answers_are_stored_as_typed() -> None:
    (answers,) = hostile_session().prep
    assert HOSTILE["went_well"] in answers.went_well
    assert HOSTILE["could_be_better"] in answers.could_be_better
    assert answers.questions == (HOSTILE["question"],)
    assert answers.votes[0].comment == HOSTILE["long"]


def test_the_postmortem_renders_them_as_text_not_html() -> None:
    html = MarkdownIt("commonmark").enable("table").render(to_markdown(hostile_session()))
    assert "<script>" not in html and "<b>bold?</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[bold]styled[/bold]" in html
    assert "y" * 10_000 in html


def test_the_json_export_keeps_them_exactly() -> None:
    session = hostile_session()
    back = session_from_export(json.loads(to_json(session)))
    assert back.prep == session.prep


@given(st.text(max_size=400))
def test_any_text_reads_without_raising(text: str) -> None:
    filled = read_form(text, "any.md")
    answers, problems = answers_from_form(filled, example(), RECEIVED)
    assert (answers is None) == bool(problems)
    lines = len(text.splitlines()) or 1
    assert all(p.line is None or 1 <= p.line <= lines for p in problems)


printable_line = st.text(
    st.characters(whitelist_categories=("L", "N", "P", "S"), whitelist_characters=" "), min_size=1
).map(str.strip)


@given(printable_line.filter(bool))
def test_an_answer_written_escaped_reads_back_as_typed(answer: str) -> None:
    (block,) = blocks(f"- {md_inline(answer)}")
    assert block.kind is Kind.ITEM
    assert block.plain == answer


def test_a_participants_markdown_is_kept_and_soft_breaks_are_unwrapped() -> None:
    text = (
        "- The **Personal Health Dashboard** showed green while\n  checkout was down (see \\#\u200b1 and `kubectl`)\n"
        "- first line  \n  after a hard break\n"
    )
    first, second = blocks(text)
    assert first.text == "The **Personal Health Dashboard** showed green while checkout was down (see #1 and `kubectl`)"
    assert second.text == "first line\nafter a hard break"
