"""The blameless check's third round: how it reasons about a sentence, not which words it knows.

blameless_reasoning.tsv holds sentences written for each mechanism with hard negatives in the same
words; the tests below pin the mechanisms themselves on the normalized text the patterns read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.checks.blame_people import normalize, people_words
from facilitator.checks.blameless import check_text
from tests.checks.blameless_cases import Case, load_cases

PEOPLE = people_words(
    ["Fatou Diallo", "Thabo Nkosi", "Keoni Kahale", "Rangi Parata", "Ayşe Yıldız", "Hiroshi Tanaka", "Lucía Fernández"]
)
CASES = load_cases(Path(__file__).with_name("blameless_reasoning.tsv"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}: {case.text[:40]}")
def test_each_shape_of_the_third_round_is_judged_right(case: Case) -> None:
    assert bool(check_text(case.text, PEOPLE)) == case.blame
