"""Whole clean drafts pass the gate, and what a draft says across sentences is read across them.

clean_drafts/ holds three clean postmortems of about 1,000 words each, written for round 8 of issue 22
in three styles (a terse SRE write-up, a formal corporate review, a chat-heavy one with quoted lines in
non-native English) before the check was ever run on them; people.json gives each one's cast. A clean
draft has 60 to 90 sentences, so one false flag in a hundred sentences fails most of them: each must
pass whole. The other tests pin the two mechanisms that only a document shows: a quotation that runs on
past a sentence's end, and a "They" that stands for the things the sentence before opened with.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.checks.blame_document import check_document
from facilitator.checks.blame_people import people_words

DRAFTS = Path(__file__).with_name("clean_drafts")
CASTS: dict[str, list[str]] = json.loads((DRAFTS / "people.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CASTS))
def test_each_clean_draft_passes_the_gate_whole(name: str) -> None:
    text = (DRAFTS / name).read_text(encoding="utf-8")
    assert len(text.split()) > 1000
    assert [flag.phrase for flag in check_document(text, people_words(CASTS[name]))] == []


PEOPLE = people_words(["Olumide Bakare", "Pieter Botha"])


def test_a_quotation_that_runs_past_a_sentence_end_stays_quoted() -> None:
    quoted = '- Olumide: "if we blame the person who scaled, nobody will scale and the push will be\n  slow. the fix is in the manifest."\n'
    assert check_document(quoted, PEOPLE) == []
    unquoted = "- Olumide: we blame the person who scaled, and nobody will scale.\n"
    assert [flag.phrase for flag in check_document(unquoted, PEOPLE)] == ["blame the person"]


def test_a_quotation_over_a_hard_wrap_stays_quoted() -> None:
    assert check_document('Olumide said: "we should blame the person\nwho scaled", and we disagreed.\n', PEOPLE) == []


def test_they_after_a_sentence_about_things_is_the_things() -> None:
    things = "The smoke tests that run after every migration confirm a voucher redeems. They don't check it twice.\n"
    assert check_document(things, PEOPLE) == []
    people = "The on-call engineers were paged at nine. They don't check the dashboard.\n"
    assert [flag.phrase for flag in check_document(people, PEOPLE)] == ["They don't check"]
    after_a_name = "Pieter moved the tables to the new schema. They don't check the indexes.\n"
    assert [flag.phrase for flag in check_document(after_a_name, PEOPLE)] == ["They don't check"]
