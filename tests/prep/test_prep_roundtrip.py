"""A form written by `prep`, filled by hand, passed through a Markdown renderer and back, re-typed
with other list styles: every route reads the same answers."""

from __future__ import annotations

import re
from pathlib import Path

import cmarkgfm
import pytest
from markdown_it import MarkdownIt
from markdownify import markdownify

from facilitator.export.prep_form import prep_form
from facilitator.importers.prep_form import answers_from_form, looks_like_prep_form, read_form
from tests.prep.prep_support import RECEIVED, example, filled_text

EXPECTED = {
    "role": "edge platform engineer; I watched CPU on the edge and confirmed the WAF was the hot path",
    "went_well": [
        "The first page arrived three minutes after the deploy",
        "Everyone moved to one bridge quickly",
        "The terminate switch worked at once when we reached it",
    ],
    "could_be_better": [
        "Rule changes reach every machine at once, with no stage to stop them",
        "Our tools to reach the edge sat behind the edge",
    ],
    "questions": ["Why was the CPU guard removed, and who else relied on it?"],
    "decisions": [
        {
            "event_id": "event-06",
            "knew": "CPU flame graphs showed the WAF regex engine on every core.",
            "looked_right": "Traffic dropped the instant the rules shipped; an attack would ramp up.",
        },
        {
            "event_id": "event-07",
            "knew": "That the switch existed and had not been used in a long time",
            "looked_right": "Disabling the WAF everywhere was faster than finding the one rule.",
        },
    ],
    "votes": [
        {"target_id": "action-1", "vote": 1, "comment": "This alone would have kept us up"},
        {"target_id": "action-5", "vote": -1, "comment": "Monthly is cheap enough; quarterly is too rare"},
    ],
    "proposals": ["Page the edge team on any global CPU jump over 20 points"],
}


def test_the_hand_filled_form_was_written_by_prep() -> None:
    session = example()
    jonas = next(p for p in session.participants if p.name == "Jonas Lindqvist")
    blank = prep_form(session.changed(meeting_at=RECEIVED.replace(day=10)), jonas)
    headings = [line for line in blank.splitlines() if line.startswith("#")]
    assert headings == [line for line in filled_text().splitlines() if line.startswith("#")]
    assert "<!--" not in blank


def test_an_unfilled_form_is_no_answers_and_says_so() -> None:
    session = example()
    jonas = next(p for p in session.participants if p.name == "Jonas Lindqvist")
    answers, problems = answers_from_form(read_form(prep_form(session, jonas), "form.md"), session, RECEIVED)
    assert answers is None
    assert [str(p) for p in problems] == [
        "form.md:1: no answers in this form: nothing is written under its headings "
        "(if it had answers, was it saved without its headings?); nothing stored for Jonas Lindqvist"
    ]


def test_the_filled_form_reads_every_answer(form_answers, form_words) -> None:
    answers = form_answers(filled_text())
    assert form_words(answers) == {
        **EXPECTED,
        "participant_id": "person-4",
        "received_at": RECEIVED,
        "taken": [],
        "write_up": [],
    }


def _html(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(text)


ROUTES = {
    "GitHub's own renderer (cmark-gfm), back as Markdown": lambda t: markdownify(
        cmarkgfm.github_flavored_markdown_to_html(t), heading_style="ATX"
    ),
    "GitHub-like HTML, back with setext headings and * bullets": lambda t: markdownify(_html(t)),
    "HTML, back with ATX headings and - bullets": lambda t: markdownify(_html(t), heading_style="ATX", bullets="-"),
    "re-typed with * bullets": lambda t: re.sub(r"(?m)^(\s*)- ", r"\1* ", t),
    "re-typed as numbered lists": lambda t: _numbered(t),
    "pasted as a quote with CRLF line ends": lambda t: "\r\n".join(f"> {line}" for line in t.splitlines()),
    "labels in bold, headings closed with #": lambda t: re.sub(r"(?m)^(#+ .*)$", r"\1 ##", t).replace(
        "- Vote:", "- **Vote:**"
    ),
}


def _numbered(text: str) -> str:
    counter = iter(range(1, 10_000))
    return re.sub(r"(?m)^(\s*)- ", lambda m: f"{m[1]}{next(counter)}. ", text)


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_route_reads_the_same_answers(route: str, form_answers, form_words) -> None:
    passed = ROUTES[route](filled_text())
    assert passed != filled_text()
    assert looks_like_prep_form(passed)
    assert form_words(form_answers(passed)) == form_words(form_answers(filled_text()))


def test_html_comments_are_not_what_the_reader_needs(form_answers, form_words) -> None:
    stripped = re.sub(r"<!--.*?-->", "", filled_text(), flags=re.DOTALL)
    assert form_words(form_answers(stripped)) == form_words(form_answers(filled_text()))


def test_the_readme_example_form_reads(form_answers) -> None:
    readme = (Path(__file__).resolve().parents[2] / "docs" / "before-the-meeting.md").read_text(encoding="utf-8")
    example_form = readme.split("```markdown\n# Pre-prep form", 1)[1].split("\n```", 1)[0]
    answers = form_answers("# Pre-prep form" + example_form)
    assert answers.went_well[1] == "The terminate switch worked at once when we reached it"
    assert answers.decisions[0].looked_right == "Traffic dropped the instant the rules shipped."
    assert answers.votes[0].vote == 1
