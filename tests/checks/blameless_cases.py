"""The blameless check's labelled sentences, read from the tab-separated files beside this one.

blameless_labelled.tsv is the set the check was built against (tests use it);
blameless_heldout.tsv was written afterwards with other names, roles and wording and is read
only by bench/bench_blameless.py, to judge how the check does on sentences it never saw;
blameless_fresh.tsv was written after the check was finished, as a second judge.
Each line: `blame` or `fine`, the kind of sentence, the sentence. Lines starting `#` are comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELLED_FILE = HERE / "blameless_labelled.tsv"
HELD_OUT_FILE = HERE / "blameless_heldout.tsv"
FRESH_FILE = HERE / "blameless_fresh.tsv"


@dataclass(frozen=True)
class Case:
    """One labelled sentence: should it be flagged, what kind of sentence it is, its text."""

    blame: bool
    kind: str
    text: str


def load_cases(path: Path) -> list[Case]:
    """Every case in `path`; a malformed line raises naming the file and line."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, kind, text = ([*line.split("\t"), "", ""])[:3]
        if label not in ("blame", "fine") or not kind or not text:
            raise ValueError(f"{path.name}:{number}: expected 'blame|fine<TAB>kind<TAB>sentence'")
        cases.append(Case(label == "blame", kind, text))
    return cases


LABELLED = load_cases(LABELLED_FILE)
BLAME = [case.text for case in LABELLED if case.blame]
FINE = [case.text for case in LABELLED if not case.blame]


def phrases(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The phrases the check flags in `text`, the session's people being `people`."""
    from facilitator.checks.blameless import check_text

    return [flag.phrase for flag in check_text(text, people)]


def judged_right(case: Case, people: frozenset[str]) -> bool:
    """Whether the check flags `case` exactly when it is labelled blame (a hard wrap is written \\n)."""
    return bool(phrases(case.text.replace("\\n", "\n"), people)) == case.blame
