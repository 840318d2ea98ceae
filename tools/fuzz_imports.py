"""Fuzz the importers, then save what they accepted: `python tools/fuzz_imports.py [CASES] [SEED]`.

Each case takes a real timeline from tests/fixtures/incidents (chat text, CSV, Slack,
PagerDuty) or a facilitator JSON export and damages it: bytes flipped, cut short, hostile
text spliced in (control codes, lone surrogates, markup), huge integers, extreme dates,
deep nesting. The result is parsed in every format; whatever parsed is applied to a session
and saved, and the file read back. A crash is any exception out of parse, apply, save or
load. Prints the cases run and the crashes by site, and exits 1 if there was any.
"""

from __future__ import annotations

import random
import sys
import tempfile
import traceback
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from facilitator.export.json_export import to_json
from facilitator.importers import FORMATS, parse_text
from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.layouts import find_layout
from facilitator.store.session_file import load_session, open_session, write_new_session

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
SPLICES = [
    "\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07",
    "\x1b]2;pwned\x07",
    "\x1b[2J",
    "\\ud800",
    "\\udfff",
    "\ud83d",
    "[/]",
    "[bold]",
    "9" * 5000,
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:30:00-08:00",
    "9999-12-31 23:30 PST",
    "[" * 50_000,
    "{" * 20_000,
    '"',
    "\\",
    "\x00",
    "\r",
    "\u2028",
]


def seeds() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/incidents").glob("*/*"))]
    texts = [t for t in texts if t.strip()]
    session = new_session("Fuzz", "fuzz", find_layout("standard"), T0)
    texts.append(to_json(Review(session).session))
    return texts


def damage(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.5:
            text = text[:at] + rng.choice(SPLICES) + text[at:]
        elif choice < 0.7:
            text = text[:at] + chr(rng.randrange(0x110000)) + text[at + 1 :]
        elif choice < 0.8:
            text = text[:at]
        else:
            end = min(len(text), at + rng.randint(1, 40))
            text = text[:at] + text[end:]
    return text


def run_case(text: str, fmt: str, folder: Path) -> None:
    result = parse_text(text, fmt, "fuzz", default_date=T0.date())
    path = folder / "s.json"
    path.unlink(missing_ok=True)
    write_new_session(path, new_session("Fuzz", "fuzz", find_layout("standard"), T0))
    file = open_session(path)
    review = Review(file.session, file)
    try:
        review.apply_import(result, lenient=True)
        review.save_now(T0)
    finally:
        review.close()
    load_session(path)


def main(cases: int, seed: int) -> int:
    rng = random.Random(seed)
    base = seeds()
    crashes: Counter[str] = Counter()
    sys.setrecursionlimit(2000)
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(cases):
            text, fmt = damage(rng.choice(base), rng), rng.choice(FORMATS)
            try:
                run_case(text, fmt, Path(folder))
            except Exception as error:  # a crash: count it by where it happened
                frame = traceback.extract_tb(error.__traceback__)[-1]
                crashes[f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"] += 1
    print(f"{cases} cases, {sum(crashes.values())} crashes, {len(crashes)} crash sites (seed {seed})")
    for site, count in crashes.most_common():
        print(f"  {count:6d}  {site}")
    return 1 if crashes else 0


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    raise SystemExit(main(*(args + [2000, 1][len(args) :])))
