"""Leave-one-evaluator-out cross-validation of the blameless check's learned reader: rules alone vs rules OR model.

    .venv/bin/python tools/blame_model_cv.py                 # the settings of train_blame_model.py
    .venv/bin/python tools/blame_model_cv.py --grid          # also try other L2 strengths and pick the threshold

Each of the ten evaluators' sets is the test fold in turn; the model is trained on the nine others
(sentences and drafts), the TSVs of tests/checks/ and the clean drafts there, so it never saw the fold's
author. Two rule baselines: the rules of this tree (tuned on all ten sets, so their figures are
optimistic) and the rules as they were when the fold's set was first measured (before anyone read it: what
the rules do on a new author). For each, per fold and pooled: precision and recall on the fold's labelled
sentences, and the false-flag rate on the clean sentences of its five drafts (a draft has 60 to 90).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from train_blame_model import L2, MIN_COUNT, PRUNE, ROOT, THRESHOLD, Example, corpus, featurize, train

from facilitator.checks.blame_learned import names_another, score
from facilitator.checks.blameless import by_rules, rules_declined

FIRST_MEASURED = ("e5160d0^", "38e2288", "bab1010", "db6b185", "50b9a70", "4aee748", "942c69d", "2ad2cea", "730b490", "730b490")
"""The commit whose rules each set was first measured with, before its sentences were read."""
_OLD_RULES = """
import inspect, json, sys
from facilitator.checks import blameless
items = json.load(sys.stdin)
knows = "people" in inspect.signature(blameless.check_text).parameters
print(json.dumps([bool(blameless.check_text(t, frozenset(p)) if knows else blameless.check_text(t)) for t, p in items]))
"""
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def rules_at(commit: str, examples: list[Example]) -> list[bool]:
    """Whether the rules of `commit` flag each example (run in a child process on that commit's src/)."""
    archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="blame-cv-") as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        done = subprocess.run(
            [sys.executable, "-c", _OLD_RULES],
            input=json.dumps([(e.text, sorted(e.people)) for e in examples]),
            capture_output=True,
            text=True,
            check=True,
            env=os.environ | {"PYTHONPATH": str(Path(folder) / "src")},
        )
    return json.loads(done.stdout)


def model_scores(trained: tuple[dict[str, float], float], tests: list[Example]) -> list[float]:
    """The trained model's score for each test example: the highest over its sentences that name someone else and
    that this tree's rules did not read as blame and let pass (0 if none), as `blame_learned.learned_spans` reads."""
    from facilitator.checks.blame_document import sentences
    from facilitator.checks.blame_learned import features

    weights, bias = trained
    found = []
    for example in tests:
        parts = [example.text[low:high] for low, high in sentences(example.text)] or [example.text]
        found.append(
            max(
                (
                    score(features(part, example.people), weights, bias)
                    for part in parts
                    if names_another(part, example.people) and not _declined(part, example.people)
                ),
                default=0.0,
            )
        )
    return found


def _declined(sentence: str, people: frozenset[str]) -> bool:
    """Whether this tree's rules read blame in the sentence and let it pass (matched, flagged nothing)."""
    return not by_rules(sentence, people) and rules_declined(sentence, people)


def figures(flags: list[bool], examples: list[Example]) -> tuple[int, int, int, int, int]:
    """(caught, false alarms, blaming) on labelled sentences, (false flags, clean sentences) on draft sentences."""
    labelled = [(f, e.blame) for f, e in zip(flags, examples, strict=True) if not e.draft]
    clean = [f for f, e in zip(flags, examples, strict=True) if e.draft and not e.blame]
    return (
        sum(f and b for f, b in labelled),
        sum(f and not b for f, b in labelled),
        sum(b for _, b in labelled),
        sum(clean),
        len(clean),
    )


def row(name: str, counts: tuple[int, int, int, int, int]) -> str:
    caught, false, blaming, flagged, clean = counts
    precision = caught / (caught + false) if caught + false else 1.0
    return f"| {name} | {precision:.3f} | {caught / blaming:.3f} | {flagged}/{clean} ({flagged / clean:.2%}) |"


def add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, int, int, int, int]:
    return tuple(x + y for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="try L2 strengths and thresholds")
    parser.add_argument("--l2", type=float, action="append", help="an L2 strength to try")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help="drop features seen in fewer sentences")
    parser.add_argument("--prune", type=float, default=PRUNE, help="drop weights smaller than this")
    args = parser.parse_args()
    examples = corpus()
    rows = featurize(examples)
    folds = [f"set {n}" for n in range(1, len(FIRST_MEASURED) + 1)]
    now_rules = [bool(by_rules(e.text, e.people)) for e in examples]  # the rules alone, without the shipped model
    first_rules: dict[str, list[bool]] = {}
    for fold, commit in zip(folds, FIRST_MEASURED, strict=True):
        first_rules[fold] = rules_at(commit, [e for e in examples if e.group == fold])
    strengths = args.l2 or ([1e-5, 3e-5, 1e-4, 3e-4, 1e-3] if args.grid else [L2])
    for l2 in strengths:
        scores: dict[str, list[float]] = {}
        for fold in folds:
            train_rows = [r for r, e in zip(rows, examples, strict=True) if e.group != fold]
            train_labels = [e.blame for e in examples if e.group != fold]
            tests = [e for e in examples if e.group == fold]
            trained = train(train_rows, train_labels, l2=l2 or L2, min_count=args.min_count, prune=args.prune)
            scores[fold] = model_scores(trained, tests)
        report(l2, folds, examples, now_rules, first_rules, scores)
    return 0


def report(
    l2: float | None,
    folds: list[str],
    examples: list[Example],
    now_rules: list[bool],
    first_rules: dict[str, list[bool]],
    scores: dict[str, list[float]],
) -> None:
    """For each threshold, pooled figures; then per fold at the chosen threshold."""
    print(f"\n## L2 {l2 if l2 is not None else 'default'}")
    print(
        "\n| threshold | rules now: P | R | clean flags | rules first: P | R | clean flags |\n|---|---|---|---|---|---|---|"
    )
    per_fold: Callable[[float, str, str], tuple[int, int, int, int, int]]

    def per_fold(threshold: float, fold: str, which: str) -> tuple[int, int, int, int, int]:
        tests = [e for e in examples if e.group == fold]
        rules = (
            [f for f, e in zip(now_rules, examples, strict=True) if e.group == fold]
            if which.startswith("now")
            else first_rules[fold]
        )
        model = [s >= threshold for s in scores[fold]] if which.endswith("+model") else [False] * len(tests)
        return figures([r or m for r, m in zip(rules, model, strict=True)], tests)

    def pooled(threshold: float, which: str) -> tuple[int, int, int, int, int]:
        total = (0, 0, 0, 0, 0)
        for fold in folds:
            total = add(total, per_fold(threshold, fold, which))
        return total

    for threshold in (0.0, *THRESHOLDS):
        if threshold == 0.0:
            now, first = pooled(2.0, "now"), pooled(2.0, "first")
            name = "rules alone"
        else:
            now, first = pooled(threshold, "now+model"), pooled(threshold, "first+model")
            name = f"OR model ≥ {threshold}"
        print(row(name, now) + row("", first)[3:])
    threshold = THRESHOLD
    print(f"\nper fold at threshold {threshold}:")
    print("\n| fold | rules now: P | R | clean | now OR model: P | R | clean |")
    print("| first rules: P | R | clean | first OR model: P | R | clean |")
    for fold in [*folds, "pooled"]:
        get = (lambda w, f=fold: per_fold(threshold, f, w)) if fold != "pooled" else (lambda w: pooled(threshold, w))
        print(
            row(fold, get("now"))
            + row("", get("now+model"))[3:]
            + row("", get("first"))[3:]
            + row("", get("first+model"))[3:]
        )


if __name__ == "__main__":
    raise SystemExit(main())
