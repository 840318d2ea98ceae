"""Precision and recall of the blameless check over a labelled set of sentences.

Run with `-s` to see the figures and the sentences it gets wrong.
"""

from __future__ import annotations

from blameless_cases import BLAME, FINE

from facilitator.checks.blameless import check_text


def test_the_labelled_set_is_big_enough_and_has_no_duplicates() -> None:
    assert len(BLAME) + len(FINE) >= 80
    assert len(set(BLAME) | set(FINE)) == len(BLAME) + len(FINE)


def test_precision_and_recall_on_the_labelled_set() -> None:
    missed = [s for s in BLAME if not check_text(s)]
    wrongly_flagged = [s for s in FINE if check_text(s)]
    true_positives = len(BLAME) - len(missed)
    precision = true_positives / (true_positives + len(wrongly_flagged))
    recall = true_positives / len(BLAME)
    print(
        f"\nblameless check: {len(BLAME)} blaming, {len(FINE)} fine sentences; "
        f"precision {precision:.3f}, recall {recall:.3f}"
    )
    for sentence in missed:
        print(f"  missed:          {sentence}")
    for sentence in wrongly_flagged:
        print(f"  wrongly flagged: {sentence}")
    assert precision >= 0.9
    assert recall >= 0.8
