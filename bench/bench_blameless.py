"""Precision and recall of the blameless check, per kind, and what checking a sentence costs.

    .venv/bin/python bench/bench_blameless.py

Reads the labelled set (tests/checks/blameless_labelled.tsv, the sentences the check was
built against) and the held-out set (tests/checks/blameless_heldout.tsv, written later with
other names, roles and wording, never used to tune it). For each set it prints overall
precision and recall, recall per kind of blame and false alarms per kind of neutral
sentence. Then the time to check a 20-word sentence, against a plain `re.search` for
"blame" over the same sentence in the same run, and the import time of the checker's own
module (`python -X importtime`). Targets: precision ≥ 0.9 and recall ≥ 0.85 on the
held-out set; under 1 ms a sentence.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter

from benchlib import BENCH_DIR, median, summary

sys.path.insert(0, str(BENCH_DIR.parent / "tests" / "checks"))

from blameless_cases import FRESH_FILE, HELD_OUT_FILE, LABELLED_FILE, Case, load_cases

from facilitator.checks import blameless
from facilitator.checks.blameless import check_text

SENTENCE_20 = "At 14:02 the on-call engineer on the platform team forgot to drain node four before the scheduled kernel upgrade began."
NEUTRAL_20 = "At 14:02 the on-call engineer on the platform team drained node four before the kernel upgrade began, just as planned."
PRECISION_TARGET, RECALL_TARGET, SENTENCE_TARGET_MS = 0.9, 0.85, 1.0


def scores(cases: list[Case]) -> tuple[float, float, list[str]]:
    """Precision, recall, and a table of rows per kind."""
    flagged = {case: bool(check_text(case.text)) for case in cases}
    caught = sum(1 for case in cases if case.blame and flagged[case])
    false_alarms = sum(1 for case in cases if not case.blame and flagged[case])
    blaming = sum(1 for case in cases if case.blame)
    precision = caught / (caught + false_alarms) if caught + false_alarms else 1.0
    recall = caught / blaming if blaming else 1.0
    totals, hits = Counter[tuple[bool, str]](), Counter[tuple[bool, str]]()
    for case in cases:
        totals[case.blame, case.kind] += 1
        hits[case.blame, case.kind] += flagged[case]
    rows = ["| kind | sentences | recall (blaming) / false alarms (neutral) |", "|---|---|---|"]
    for (blame, kind), total in sorted(totals.items(), key=lambda item: (not item[0][0], item[0][1])):
        figure = f"recall {hits[blame, kind] / total:.2f}" if blame else f"{hits[blame, kind]} false alarm(s)"
        rows.append(f"| {'blame' if blame else 'fine'}: {kind} | {total} | {figure} |")
    return precision, recall, rows


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


def main() -> int:
    results = {}
    for title, path in (("labelled set", LABELLED_FILE), ("held-out set", HELD_OUT_FILE), ("fresh set", FRESH_FILE)):
        cases = load_cases(path)
        precision, recall, rows = scores(cases)
        results[title] = precision, recall
        print(f"\n{title}: {len(cases)} sentences; precision {precision:.3f}, recall {recall:.3f}\n")
        print("\n".join(rows))
    assert len(SENTENCE_20.split()) == len(NEUTRAL_20.split()) == 20
    baseline = re.compile(r"\bblame\b", re.IGNORECASE).search
    base_ms = per_sentence_ms(baseline, SENTENCE_20)
    uncached = blameless._check.__wrapped__  # the check itself, without the cache of texts seen before
    blaming_ms = per_sentence_ms(uncached, SENTENCE_20)
    neutral_ms = per_sentence_ms(uncached, NEUTRAL_20)
    print(f"\nplain re.search, 20 words: {base_ms * 1000:.2f} µs")
    print(f"check_text, blaming 20 words: {blaming_ms * 1000:.1f} µs ({blaming_ms / base_ms:.0f}x the plain search)")
    print(f"check_text, neutral 20 words: {neutral_ms * 1000:.1f} µs ({neutral_ms / base_ms:.0f}x the plain search)")
    print(f"importing the checker's own modules (facilitator.checks.blame*): {import_self_ms():.2f} ms")
    precision, recall = results["held-out set"]
    slowest = max(blaming_ms, neutral_ms)
    ok = precision >= PRECISION_TARGET and recall >= RECALL_TARGET and slowest < SENTENCE_TARGET_MS
    summary(
        f"held-out precision {precision:.2f}, recall {recall:.2f}; {slowest * 1000:.0f} µs per 20-word sentence; "
        f"targets ≥ {PRECISION_TARGET}, ≥ {RECALL_TARGET}, < {SENTENCE_TARGET_MS:g} ms",
        ok,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
