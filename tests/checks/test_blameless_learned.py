"""The blameless check's learned reader: what it reads, what it catches beside the rules, and its trainer.

The sentences here were written for these tests (none comes from an evaluator's set or a TSV): a
blaming sentence in wording no family of rules has, and hard negatives in the same words, one for each
clean kind (the writer's own account, a thing as the subject, a quote, a negation, a cause in the system).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from facilitator.checks.blame_document import check_document
from facilitator.checks.blame_learned import LEARNED, QUESTION, WRITER, features
from facilitator.checks.blame_people import people_words
from facilitator.checks.blameless import by_rules, check_text

PEOPLE = people_words(["Kofi Boateng", "Ana Souza"])
BLAMING = "Kofi has a talent for picking the worst possible moment to deploy."


def _trainer() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "tools" / "train_blame_model.py"
    spec = importlib.util.spec_from_file_location("train_blame_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_blame_model", module)
    spec.loader.exec_module(module)
    return module


def test_no_name_is_ever_a_feature() -> None:
    kofi = features("Kofi skipped the canary again.", PEOPLE)
    ana = features("ana skipped the canary again.", PEOPLE)
    assert kofi == ana
    assert not any("kofi" in feature or "ana " in feature for feature in kofi)
    assert "a:§ skipped" in kofi


def test_the_writer_is_a_token_of_their_own() -> None:
    assert f"w:{WRITER}" in features("I skipped the canary again.")
    assert f"w:{WRITER}" not in features("She skipped the canary again.")


def test_a_blaming_sentence_the_rules_miss_is_flagged_whole_as_learned() -> None:
    assert by_rules(BLAMING, PEOPLE) == ()
    (flag,) = check_text(BLAMING, PEOPLE)
    assert (flag.phrase, flag.kind, flag.suggestion) == (BLAMING, LEARNED, QUESTION)
    other = "Honestly Ana could not find the dashboard if you drew her a map."
    assert [flag.kind for flag in check_text(other, PEOPLE)] == [LEARNED]


def test_only_the_blaming_sentence_of_a_text_is_flagged() -> None:
    text = f"The deploy went out at 16:00. {BLAMING} The canary caught it."
    assert [flag.phrase for flag in check_text(text, PEOPLE)] == [BLAMING]
    (line_flag,) = check_document(f"The deploy went out at 16:00.\n{BLAMING}\n", PEOPLE)
    assert (line_flag.line, line_flag.phrase) == (2, BLAMING)


@pytest.mark.parametrize(
    "text",
    [
        "I have a talent for picking the worst possible moment to deploy.",
        "The scheduler has a talent for picking the worst possible moment to deploy.",
        'Someone wrote "Kofi has a talent for picking the worst possible moment to deploy" in the channel, and we'
        " took it out.",
        "Nobody thinks Kofi has a talent for picking the worst moment to deploy; the freeze calendar was out of date.",
        "Kofi picked the deploy window from the shared calendar, which still showed last year's freeze.",
        "Ana could not find the dashboard because the link in the runbook pointed to the old cluster.",
        "I could not find the dashboard if you drew me a map.",
    ],
)
def test_hard_negatives_in_the_same_words_stay_clean(text: str) -> None:
    assert check_text(text, PEOPLE) == []


def test_the_trainer_learns_a_small_slice_and_is_deterministic() -> None:
    trainer = _trainer()
    examples = [e for e in trainer.corpus() if e.group == "blameless_labelled.tsv"][:160]
    rows = trainer.featurize(examples)
    labels = [e.blame for e in examples]
    weights, bias = trainer.train(rows, labels, epochs=8, min_count=2, prune=0.0)
    assert (weights, bias) == trainer.train(rows, labels, epochs=8, min_count=2, prune=0.0)
    right = sum(
        (bias + sum(weights.get(f, 0.0) for f in row) > 0) == label for row, label in zip(rows, labels, strict=True)
    )
    assert right >= 0.95 * len(examples)


def test_the_shipped_weights_were_trained_on_the_committed_data() -> None:
    trainer = _trainer()
    assert trainer.recorded_checksum() == trainer.inputs_checksum(), "run tools/train_blame_model.py"
