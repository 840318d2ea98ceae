"""Precision, recall and F1 of the blameless check on frozen sets written by people who never saw it, and what a sentence costs.

    .venv/bin/python bench/bench_blameless.py                    # the checker of this tree
    .venv/bin/python bench/bench_blameless.py --src OTHER/src    # another tree's checker (before figures)

Eleven sets (bench/data/blameless_eval/, blameless_eval2/ … blameless_eval11/), each copied
unchanged from its evaluator's folder (README included) and written by someone who never saw the
checker nor the other sets. Sets 1–10 are development sets now: each was read while the rules were
tuned, or trained the learned reader (tools/train_blame_model.py reads sets 1–10), after it had been
measured once, held out; so their figures say what the checker does on text it was fitted to, not
on text it never saw. A set written afterwards and measured once is the only honest figure for that
(`--set N` measures one set; set 11 was measured once after round 10). Each
has sentences with the session's participants and five drafts of about
1,000 words (three clean, two hiding six blaming sentences each). Their checksums
(bench/data/blameless_eval*.sha256) are verified first: a changed set is refused. The bench
prints figures only, never a sentence: for each set, precision, recall and F1 overall and per
source, recall per blaming kind and false alarms per clean kind (the kinds that miss are
marked), and for each draft whether it passes the gate (`facilitator blameless`: nothing
flagged) and how many of its blaming sentences were flagged. Then the three older sets of
tests/checks/ (the labelled set the check was built on, held-out, fresh), the time to check a
20-word sentence against a plain `re.search`, and the import time of the checker's own modules.
Targets on each set: precision ≥ 0.9, recall ≥ 0.85, no flag on a clean draft; under 1 ms a sentence.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchlib import BENCH_DIR, figure, median, summary


@dataclass(frozen=True)
class EvalSet:
    """One evaluator's frozen set: its folder (sentences.jsonl, drafts.json, the drafts, README) and checksums."""

    title: str
    folder: Path

    @property
    def sums(self) -> Path:
        return self.folder.with_name(self.folder.name + ".sha256")


FROZEN_SETS = (
    EvalSet("set 1", BENCH_DIR / "data" / "blameless_eval"),
    EvalSet("set 2", BENCH_DIR / "data" / "blameless_eval2"),
    EvalSet("set 3", BENCH_DIR / "data" / "blameless_eval3"),
    EvalSet("set 4", BENCH_DIR / "data" / "blameless_eval4"),
    EvalSet("set 5", BENCH_DIR / "data" / "blameless_eval5"),
    EvalSet("set 6", BENCH_DIR / "data" / "blameless_eval6"),
    EvalSet("set 7", BENCH_DIR / "data" / "blameless_eval7"),
    EvalSet("set 8", BENCH_DIR / "data" / "blameless_eval8"),
    EvalSet("set 9", BENCH_DIR / "data" / "blameless_eval9"),
    EvalSet("set 10", BENCH_DIR / "data" / "blameless_eval10"),
    EvalSet("set 11", BENCH_DIR / "data" / "blameless_eval11"),
)
SENTENCE_20 = "At 14:02 the on-call engineer on the platform team forgot to drain node four before the scheduled kernel upgrade began."
NEUTRAL_20 = "At 14:02 the on-call engineer on the platform team drained node four before the kernel upgrade began, just as planned."
PRECISION_TARGET, RECALL_TARGET, SENTENCE_TARGET_MS = 0.9, 0.85, 1.0


@dataclass(frozen=True)
class Checker:
    """The checker under test: is a text flagged, and the (start, end) offsets it flags in a document."""

    flags_text: Callable[[str, list[str]], bool]
    document_spans: Callable[[str, list[str]], list[tuple[int, int]]]
    knows_people: bool


def load_checker() -> Checker:
    """This tree's checker, or an older one (before `people` and sentence-level documents)."""
    from facilitator.checks import blameless

    knows_people = "people" in inspect.signature(blameless.check_text).parameters
    if knows_people:
        from facilitator.checks.blame_document import check_document
        from facilitator.checks.blame_people import people_words

        def flags_text(text: str, people: list[str]) -> bool:
            return bool(blameless.check_text(text, people_words(people)))

        def document_spans(text: str, people: list[str]) -> list[tuple[int, int]]:
            return _absolute(text, check_document(text, people_words(people)))

        return Checker(flags_text, document_spans, True)

    def old_text(text: str, people: list[str]) -> bool:
        return bool(blameless.check_text(text))

    def old_document(text: str, people: list[str]) -> list[tuple[int, int]]:
        return _absolute(text, blameless.check_lines(text))  # type: ignore[attr-defined]

    return Checker(old_text, old_document, False)


def _absolute(text: str, flags) -> list[tuple[int, int]]:
    starts, offset = [], 0
    for line in text.splitlines(keepends=True):
        starts.append(offset)
        offset += len(line)
    return [(starts[flag.line - 1] + flag.start, starts[flag.line - 1] + flag.end) for flag in flags]


def verify_frozen_set(frozen: EvalSet) -> None:
    """Refuse to measure a set that differs from the one frozen in the checksums file."""
    for line in frozen.sums.read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        if hashlib.sha256((frozen.folder / name).read_bytes()).hexdigest() != digest:
            raise SystemExit(f"{frozen.folder / name}: changed since the set was frozen; restore it from git")


def prf(caught: int, false_alarms: int, blaming: int) -> tuple[float, float, float]:
    precision = caught / (caught + false_alarms) if caught + false_alarms else 1.0
    recall = caught / blaming if blaming else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def sentence_figures(checker: Checker, frozen: EvalSet) -> tuple[float, float, float]:
    rows = [json.loads(line) for line in (frozen.folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    flagged = [checker.flags_text(row["text"], row["people"]) for row in rows]
    blame = [row["label"] == "blame" for row in rows]
    overall = prf(
        sum(f and b for f, b in zip(flagged, blame, strict=True)),
        sum(f and not b for f, b in zip(flagged, blame, strict=True)),
        sum(blame),
    )
    print(f"\nfrozen {frozen.title} ({frozen.folder.name}): {len(rows)} sentences ({sum(blame)} blaming)")
    print("precision {:.3f}, recall {:.3f}, F1 {:.3f}".format(*overall))
    print("\n| source | sentences | precision | recall | F1 |\n|---|---|---|---|---|")
    for source in sorted({row["source"] for row in rows}):
        picked = [(f, b) for f, b, row in zip(flagged, blame, rows, strict=True) if row["source"] == source]
        figures = prf(sum(f and b for f, b in picked), sum(f and not b for f, b in picked), sum(b for _, b in picked))
        print(f"| {source} | {len(picked)} | " + " | ".join(f"{x:.2f}" for x in figures) + " |")
    totals, hits = Counter[tuple[bool, str]](), Counter[tuple[bool, str]]()
    for f, b, row in zip(flagged, blame, rows, strict=True):
        totals[b, row["kind"]] += 1
        hits[b, row["kind"]] += f
    print("\n| kind | sentences | flagged | figure |\n|---|---|---|---|")
    for (is_blame, kind), total in sorted(totals.items(), key=lambda item: (not item[0][0], item[0][1])):
        hit = hits[is_blame, kind]
        figure = f"recall {hit / total:.2f}" if is_blame else f"{hit} false alarm{'s' * (hit != 1)}"
        weak = (is_blame and hit / total < RECALL_TARGET) or (not is_blame and hit > 0)
        print(f"| {'blame' if is_blame else 'clean'}: {kind} | {total} | {hit} | {figure}{' ← misses' * weak} |")
    return overall


def draft_figures(checker: Checker, frozen: EvalSet) -> bool:
    """Each draft through the gate; True if every clean draft passes and every blaming one fails."""
    meta = json.loads((frozen.folder / "drafts.json").read_text(encoding="utf-8"))
    print("\n| draft | gate | flags | blaming sentences flagged | flags elsewhere |\n|---|---|---|---|---|")
    right = True
    for name, info in sorted(meta.items()):
        text = (frozen.folder / name).read_text(encoding="utf-8")
        spans = checker.document_spans(text, info["people"])
        blaming = [(text.index(s), text.index(s) + len(s)) for s in info.get("blaming_sentences", [])]
        inside = [any(low <= start < high for low, high in blaming) for start, _ in spans]
        caught = sum(any(low <= start < high for start, _ in spans) for low, high in blaming)
        gate = "fails" if spans else "passes"
        right &= (gate == "passes") == (info["label"] == "clean")
        found = f"{caught} of {len(blaming)}" if blaming else "—"
        print(f"| {name} ({info['label']}) | {gate} | {len(spans)} | {found} | {inside.count(False)} |")
    return right


def older_sets() -> None:
    """Overall figures on the three older sets of tests/checks/ (built on, held out, fresh)."""
    sys.path.insert(0, str(BENCH_DIR.parent))
    from facilitator.checks.blameless import check_text
    from tests.checks.blameless_cases import FRESH_FILE, HELD_OUT_FILE, LABELLED_FILE, load_cases

    print()
    for title, path in (("labelled (built on)", LABELLED_FILE), ("held-out", HELD_OUT_FILE), ("fresh", FRESH_FILE)):
        cases = load_cases(path)
        flagged = [bool(check_text(case.text)) for case in cases]
        figures = prf(
            sum(f and c.blame for f, c in zip(flagged, cases, strict=True)),
            sum(f and not c.blame for f, c in zip(flagged, cases, strict=True)),
            sum(c.blame for c in cases),
        )
        print(
            f"older {title} set, {len(cases)}: precision {figures[0]:.2f}, recall {figures[1]:.2f}, F1 {figures[2]:.2f}"
        )


def per_sentence_ms(check, text: str, rounds: int = 2000) -> float:
    """Median over 5 batches of the time one call of `check(text)` takes, in ms."""
    check(text)
    batches = []
    for _ in range(5):
        began = time.perf_counter()
        for _ in range(rounds):
            check(text)
        batches.append((time.perf_counter() - began) / rounds * 1000)
    return median(batches)


def import_self_ms(runs: int = 5) -> float:
    """Import time of the checker's own modules (not what they import), in ms: the best of `runs`,
    with byte code cached (in a temporary folder) as an installed app has it."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": cache}
        env["PYTHONPATH"] = os.pathsep.join(sys.path)
        best = float("inf")
        for _ in range(runs + 1):
            err = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", "import facilitator.checks.blameless"],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stderr
            own = re.findall(r"import time:\s+(\d+) \|\s+\d+ \|\s+facilitator\.checks\.blame\w*$", err, re.MULTILINE)
            best = min(best, sum(int(us) for us in own) / 1000)
    return best


def timings() -> float:
    from facilitator.checks import blameless

    assert len(SENTENCE_20.split()) == len(NEUTRAL_20.split()) == 20
    base_ms = per_sentence_ms(re.compile(r"\bblame\b", re.IGNORECASE).search, SENTENCE_20)
    uncached = blameless._check.__wrapped__  # the check itself, without the cache of texts seen before
    blaming_ms = per_sentence_ms(uncached, SENTENCE_20)
    neutral_ms = per_sentence_ms(uncached, NEUTRAL_20)
    print(f"\nplain re.search, 20 words: {base_ms * 1000:.2f} µs")
    print(f"check_text, blaming 20 words: {blaming_ms * 1000:.1f} µs ({blaming_ms / base_ms:.0f}x the plain search)")
    print(f"check_text, neutral 20 words: {neutral_ms * 1000:.1f} µs ({neutral_ms / base_ms:.0f}x the plain search)")
    print(f"importing the checker's own modules (facilitator.checks.blame*): {import_self_ms():.2f} ms")
    return max(blaming_ms, neutral_ms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, help="measure the checker of another tree's src/ folder")
    parser.add_argument(
        "--set",
        type=int,
        action="append",
        choices=range(1, len(FROZEN_SETS) + 1),
        help="measure only this frozen set (repeat for several; all by default)",
    )
    args = parser.parse_args()
    chosen = [FROZEN_SETS[number - 1] for number in args.set] if args.set else list(FROZEN_SETS)
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    for frozen in chosen:
        verify_frozen_set(frozen)
    checker = load_checker()
    where = sys.modules["facilitator.checks.blameless"].__file__
    print(f"checker: {where}" + ("" if checker.knows_people else " (it knows no participants' names)"))
    verdicts, ok = [], True
    for frozen in chosen:
        precision, recall, f1 = sentence_figures(checker, frozen)
        drafts_right = draft_figures(checker, frozen)
        name = frozen.title.replace(" ", "")
        figure(f"blameless.{name}.precision", precision, "", f">= {PRECISION_TARGET:g}")
        figure(f"blameless.{name}.recall", recall, "", f">= {RECALL_TARGET:g}")
        ok &= precision >= PRECISION_TARGET and recall >= RECALL_TARGET and drafts_right
        verdicts.append(
            f"{frozen.title} precision {precision:.2f}, recall {recall:.2f}, F1 {f1:.2f}, "
            f"drafts {'all right' if drafts_right else 'not all right'}"
        )
    older_sets()
    slowest = timings()
    figure("blameless.sentence", slowest * 1000, "µs", f"< {SENTENCE_TARGET_MS * 1000:g}")
    ok &= slowest < SENTENCE_TARGET_MS
    summary(
        f"{'; '.join(verdicts)}; {slowest * 1000:.0f} µs per 20-word sentence; "
        f"targets ≥ {PRECISION_TARGET}, ≥ {RECALL_TARGET}, clean drafts pass, < {SENTENCE_TARGET_MS:g} ms",
        ok,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
