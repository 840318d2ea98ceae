"""Train the blameless check's learned reader and write its weights (src/facilitator/checks/blame_learned.tsv).

    .venv/bin/python tools/train_blame_model.py            # retrain on the committed data, write the weights
    .venv/bin/python tools/train_blame_model.py --check    # only say whether the shipped weights match the data

The data: the labelled sentences of the ten frozen evaluators' sets (bench/data/blameless_eval*/
sentences.jsonl), the sentences of their drafts (a draft's blaming sentences are blame, all others
clean), the labelled sentences of tests/checks/*.tsv and the sentences of the clean drafts in
tests/checks/clean_drafts/. A logistic regression, trained by plain stochastic gradient descent with L2
(a fixed seed and order, so the same data gives the same weights), over `blame_learned.features`. Features
seen in fewer than MIN_COUNT sentences are dropped; weights are rounded. The threshold and the settings
are those the leave-one-evaluator-out cross-validation chose (tools/blame_model_cv.py). The weights file
records a checksum of the training inputs, which a test compares with the committed data.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from facilitator.checks.blame_document import blocks, sentences  # noqa: E402
from facilitator.checks.blame_learned import WEIGHTS_FILE, features  # noqa: E402
from facilitator.checks.blame_people import people_words  # noqa: E402

SETS = tuple(ROOT / "bench" / "data" / f"blameless_eval{n if n > 1 else ''}" for n in range(1, 11))
"""The sets it learns from: sets 1–10. Set 11 and later are held out (measured once, never trained on)."""
TESTS = ROOT / "tests" / "checks"
TSV_PEOPLE = {
    "blameless_classes.tsv": ("tests.checks.test_blameless_classes", "PEOPLE"),
    "blameless_mechanisms.tsv": ("tests.checks.test_blameless_mechanisms", "PEOPLE"),
    "blameless_probes.tsv": ("tests.checks.test_blameless_mechanisms", "PROBE_PEOPLE"),
    "blameless_reasoning.tsv": ("tests.checks.test_blameless_reasoning", "PEOPLE"),
    "blameless_shapes.tsv": ("tests.checks.test_blameless_as_written", "SHAPES_PEOPLE"),
}
"""The session's people each TSV's sentences are written with (the others have none)."""
L2, EPOCHS, RATE, SEED, MIN_COUNT, BLAME_WEIGHT, PRUNE = 1e-4, 12, 0.2, 22, 5, 1.0, 0.1
THRESHOLD = 0.9


@dataclass(frozen=True)
class Example:
    """One labelled sentence: its text, the session's people words, blame or not, and where it comes from:
    `group` is "set N" for an evaluator's sentences and drafts, else the file; `draft` marks a draft's sentence."""

    text: str
    people: frozenset[str]
    blame: bool
    group: str
    draft: bool = False


def draft_sentences(text: str) -> list[str]:
    """The sentences of a draft as the check reads them: blocks of lines, cut into sentences, on one line each."""
    lines = text.splitlines()
    found = []
    for block in blocks(lines):
        joined = "\n".join(lines[index] for index in block)
        found += [" ".join(joined[low:high].split()) for low, high in sentences(joined)]
    return found


def _set_examples(folder: Path, group: str) -> list[Example]:
    rows = [json.loads(line) for line in (folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    found = [Example(row["text"], people_words(row["people"]), row["label"] == "blame", group) for row in rows]
    for name, info in sorted(json.loads((folder / "drafts.json").read_text(encoding="utf-8")).items()):
        found += _draft_examples((folder / name).read_text(encoding="utf-8"), info, group)
    return found


def _draft_examples(text: str, info: dict[str, object], group: str) -> list[Example]:
    people = people_words(info["people"])  # type: ignore[arg-type]
    blaming = [" ".join(str(s).split()) for s in info.get("blaming_sentences", [])]  # type: ignore[attr-defined]
    return [
        Example(sentence, people, any(b in sentence or sentence in b for b in blaming), group, draft=True)
        for sentence in draft_sentences(text)
        if len(sentence.split()) > 2
    ]


def _tsv_examples(path: Path) -> list[Example]:
    from tests.checks.blameless_cases import load_cases

    module, name = TSV_PEOPLE.get(path.name, ("", ""))
    people = getattr(importlib.import_module(module), name) if module else frozenset()
    return [Example(case.text.replace("\\n", "\n"), people, case.blame, path.name) for case in load_cases(path)]


def corpus() -> list[Example]:
    """Every labelled sentence the model may learn from, in a fixed order."""
    found = []
    for number, folder in enumerate(SETS, start=1):
        found += _set_examples(folder, f"set {number}")
    for path in sorted(TESTS.glob("blameless_*.tsv")):
        found += _tsv_examples(path)
    drafts = TESTS / "clean_drafts"
    casts = json.loads((drafts / "people.json").read_text(encoding="utf-8"))
    for name, cast in sorted(casts.items()):
        found += _draft_examples((drafts / name).read_text(encoding="utf-8"), {"people": cast}, "clean drafts")
    return found


def inputs_checksum() -> str:
    """A SHA-256 over every file the training reads (data and the feature code), in a fixed order."""
    paths = [
        *(path for folder in SETS for path in sorted(folder.iterdir()) if path.suffix in (".jsonl", ".json", ".md")),
        *sorted(TESTS.glob("blameless_*.tsv")),
        *sorted((TESTS / "clean_drafts").iterdir()),
        ROOT / "src" / "facilitator" / "checks" / "blame_learned.py",
        Path(__file__).resolve(),
    ]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def featurize(examples: Iterable[Example]) -> list[list[str]]:
    """Each example's distinct features, sorted (so training order never depends on set order)."""
    return [sorted(set(features(example.text, example.people))) for example in examples]


def train(
    rows: list[list[str]],
    labels: list[bool],
    l2: float = L2,
    epochs: int = EPOCHS,
    min_count: int = MIN_COUNT,
    blame_weight: float = BLAME_WEIGHT,
    prune: float = PRUNE,
) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent with L2, a decaying rate and a fixed shuffle: (weights,
    bias). Features in fewer than `min_count` rows are dropped, and weights under `prune` after training."""
    counts = Counter(feature for row in rows for feature in row)
    kept = [[feature for feature in row if counts[feature] >= min_count] for row in rows]
    weights: dict[str, float] = dict.fromkeys(sorted({f for row in kept for f in row}), 0.0)
    bias = 0.0
    order = list(range(len(rows)))
    shuffle = random.Random(SEED).shuffle
    step = 0
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            step += 1
            rate = RATE / (1.0 + step / len(rows))
            row = kept[index]
            total = bias + sum(weights[f] for f in row)
            p = 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))
            gradient = (p - labels[index]) * (blame_weight if labels[index] else 1.0)
            bias -= rate * gradient
            for f in row:
                weights[f] -= rate * (gradient + l2 * len(rows) / counts[f] * weights[f])
    return {f: w for f, w in weights.items() if abs(w) >= prune}, bias


def write_weights(path: Path, weights: dict[str, float], bias: float, threshold: float, checksum: str) -> None:
    """The weights file: a few `# key value` lines, then one `feature<TAB>weight` a line, sorted."""
    lines = [
        "# The blameless check's learned reader: written by tools/train_blame_model.py; do not edit.",
        f"# bias {bias:.4f}",
        f"# threshold {threshold:.4f}",
        f"# inputs {checksum}",
        *(f"{feature}\t{weight:.4f}" for feature, weight in sorted(weights.items()) if round(weight, 4)),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def recorded_checksum(path: Path = WEIGHTS_FILE) -> str:
    """The checksum of the training inputs the weights file says it was trained on."""
    found = re.search(r"^# inputs ([0-9a-f]{64})$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return found.group(1) if found else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the weights were trained on this data")
    args = parser.parse_args()
    checksum = inputs_checksum()
    if args.check:
        same = recorded_checksum() == checksum
        print("the weights match the training data" if same else "the training data changed: retrain")
        return 0 if same else 1
    examples = corpus()
    weights, bias = train(featurize(examples), [example.blame for example in examples])
    write_weights(WEIGHTS_FILE, weights, bias, THRESHOLD, checksum)
    print(f"{len(examples)} sentences ({sum(e.blame for e in examples)} blaming), {len(weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
