"""The blameless language check: phrasing that blames a person, and a question to ask instead.

A flag needs blame *and* a person, role or group: "Priya forgot to drain the node", "the
platform team broke DNS", "why didn't anybody check the backups?" are flagged; "the drain
step was skipped", "flame graphs blamed the streaming code path" and "Priya restarted the
pods" are not. Words that name a person's trait or error ("careless", "human error") count
on their own. Blame the sentence rejects ("this was not human error", "it wasn't Ivan's
fault") or quotes ("we stopped writing 'human error'") passes.

How: `blame_people` rewrites the text with every person, role and group as one token, and
`blame_patterns` holds the families of blaming phrasing (lapses, counterfactuals,
judgements, accusing questions, fault placed on someone, destructive verbs, "should have",
blame words), each with a system-focused question. A cheap word screen passes over text
that holds none of the families' words (most timeline text), and results are cached, so the
check can run on every keystroke and on every redraw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_patterns import (
    CLAUSE_BREAK,
    COUNTER,
    FAMILIES,
    NEGATED_BEFORE,
    PRAISE_OUTCOME,
    Family,
)
from facilitator.checks.blame_people import normalize


@dataclass(frozen=True)
class Flag:
    """Blaming phrasing at text[start:end], with a system-focused question to ask instead."""

    start: int
    end: int
    phrase: str
    suggestion: str
    kind: str = ""
    """Which family of blame: "lapse", "counterfactual", "accusing question", ..."""


@dataclass(frozen=True)
class LineFlag:
    """A flag in a file: 1-based `line`; `start`/`end` are offsets within that line."""

    line: int
    start: int
    end: int
    phrase: str
    suggestion: str


_WORD = LazyPattern(r"[a-z]+")
# Every family needs one of these words, so text with none of them is passed over quickly.
_TRIGGERS = frozenset(
    [
        "forgot",
        "forgets",
        "forget",
        "forgotten",
        "neglected",
        "neglects",
        "overlooked",
        "overlooks",
        "ignored",
        "ignores",
        "ignoring",
        "glossed",
        "rubber",
        "misread",
        "missed",
        "misses",
        "skipped",
        "skips",
        "sat",
        "bother",
        "bothered",
        "care",
        "attention",
        "nothing",
        "let",
        "threw",
        "tossed",
        "chucked",
        "didn",
        "didnt",
        "did",
        "never",
        "hasn",
        "hadn",
        "haven",
        "failed",
        "fails",
        "fail",
        "omitted",
        "without",
        "nobody",
        "noone",
        "one",
        "careless",
        "sloppy",
        "lazy",
        "negligent",
        "reckless",
        "incompetent",
        "clueless",
        "inattentive",
        "distracted",
        "unprepared",
        "overconfident",
        "complacent",
        "hasty",
        "irresponsible",
        "useless",
        "hopeless",
        "lax",
        "cavalier",
        "unqualified",
        "inexperienced",
        "unfocused",
        "asleep",
        "panicking",
        "rushing",
        "rush",
        "hurry",
        "thinking",
        "paying",
        "slow",
        "slowly",
        "careful",
        "panicked",
        "panics",
        "froze",
        "freaked",
        "rushed",
        "rushes",
        "hurried",
        "dithered",
        "dawdled",
        "flailed",
        "fumbled",
        "blundered",
        "winged",
        "took",
        "dragged",
        "gave",
        "choked",
        "lost",
        "carelessly",
        "recklessly",
        "incompetently",
        "lazily",
        "sloppily",
        "hastily",
        "blindly",
        "mindlessly",
        "negligently",
        "clumsily",
        "stupidly",
        "thoughtlessly",
        "irresponsibly",
        "haphazardly",
        "cluelessly",
        "idea",
        "clue",
        "why",
        "how",
        "what",
        "who",
        "whose",
        "if",
        "had",
        "d",
        "could",
        "might",
        "should",
        "shouldn",
        "ought",
        "must",
        "need",
        "needs",
        "better",
        "fault",
        "faults",
        "mistake",
        "mistakes",
        "screw",
        "screwup",
        "blunder",
        "error",
        "mess",
        "doing",
        "negligence",
        "carelessness",
        "typo",
        "oversight",
        "lapse",
        "sloppiness",
        "incompetence",
        "laziness",
        "goof",
        "finger",
        "fat",
        "bad",
        "blame",
        "blames",
        "blamed",
        "blaming",
        "responsibility",
        "cause",
        "culprit",
        "guilty",
        "culpable",
        "weak",
        "ball",
        "caused",
        "triggered",
        "brought",
        "pin",
        "pinned",
        "put",
        "lay",
        "laid",
        "chalk",
        "chalked",
        "blew",
        "blows",
        "blown",
        "blow",
        "messed",
        "messes",
        "screwed",
        "screws",
        "fouled",
        "mucked",
        "cocked",
        "broke",
        "breaks",
        "broken",
        "break",
        "trashed",
        "nuked",
        "wrecked",
        "botched",
        "bungled",
        "mangled",
        "borked",
        "hosed",
        "clobbered",
        "fingered",
        "corrupted",
        "ruined",
        "destroyed",
        "tanked",
        "torched",
        "fried",
        "crashed",
        "knocked",
        "wiped",
        "killed",
        "down",
        "pebkac",
        "pebcak",
        "layer",
        "laziness",
        "stupid",
        "stupidity",
        "idiot",
        "idiots",
        "idiotic",
        "moron",
        "morons",
        "moronic",
        "rookie",
        "dumb",
        "amateur",
        "fired",
        "disciplined",
        "punished",
        "reprimanded",
        "sacked",
        "attentive",
        "aware",
        "vigilant",
        "thorough",
        "diligent",
        "awake",
        "depth",
        "head",
        "responsible",
    ]
)
_ON_SUBJECTS = frozenset(
    [
        "this",
        "that",
        "it",
        "one",
        "outage",
        "incident",
        "failure",
        "loss",
        "mess",
        "miss",
        "downtime",
        "breakage",
        "problem",
    ]
)
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "«": "»"}
_QUOTED = LazyPattern(r"""(?:(?<=^)|(?<=[\s(\[]))(["“‘'«])(.+?)(["”’'»])(?=$|[\s.,;:!?)\]])""")


def check_text(text: str) -> list[Flag]:
    """Every blaming phrase in `text`, in order, none overlapping (the longest wins)."""
    return list(_check(text))


@lru_cache(maxsize=32_768)
def _check(text: str) -> tuple[Flag, ...]:
    words = set(_WORD.compiled.findall(text.lower()))
    if words.isdisjoint(_TRIGGERS) and not ("on" in words and not words.isdisjoint(_ON_SUBJECTS)):
        return ()
    return tuple(_flags(text, _spans(text)))


def _spans(text: str) -> list[tuple[int, int, Family]]:
    """(start, end, family) for every blaming match the text does not negate, quote or credit."""
    norm = normalize(text)
    quoted = [match.span(2) for match in _QUOTED.compiled.finditer(text) if _QUOTES[match.group(1)] == match.group(3)]
    spans, credits = [], []
    for family in FAMILIES:
        for match in family.pattern.compiled.finditer(norm.text):
            start, end = norm.original(match.start(), match.end())
            if family.kind == COUNTER and _praise(norm.text, match.start(), match.group()):
                credits.append((start, end))  # and nothing inside it blames either
            elif not (family.negatable and _negated(norm.text, match.start())) and not any(
                low <= start and end <= high for low, high in quoted
            ):
                spans.append((start, end, family))
    return [span for span in spans if not any(span[0] < high and low < span[1] for low, high in credits)]


def _negated(norm: str, start: int) -> bool:
    """True if the clause before `start` rejects what follows: "not", "isn't", "rather than", "nobody"."""
    before = norm[:start]
    clause = CLAUSE_BREAK.compiled.match(before)
    return NEGATED_BEFORE.compiled.search(before, clause.end() if clause else 0) is not None


def _praise(norm: str, start: int, matched: str) -> bool:
    """ "If Priya hadn't rolled back, it would have been worse" credits her; it does not blame."""
    if not re.search(r"hadn't|had not|had § not|'d not", matched) and "not" not in matched.split()[2:4]:
        return False
    sentence_end = min(
        (norm.find(mark, start) for mark in (" . ", " ! ", " ? ") if norm.find(mark, start) >= 0), default=len(norm)
    )
    return PRAISE_OUTCOME.compiled.search(norm, start, sentence_end) is not None


def _flags(text: str, spans: list[tuple[int, int, Family]]) -> list[Flag]:
    flags: list[Flag] = []
    for start, end, family in sorted(spans, key=lambda span: (span[0], -span[1])):
        if flags and start < flags[-1].end:
            continue
        phrase = text[start:end]
        flags.append(Flag(start, end, phrase, family.reframe(phrase), family.kind))
    return flags


def check_lines(text: str) -> list[LineFlag]:
    """Flags line by line, for a file: 1-based line numbers, offsets within the line."""
    return [
        LineFlag(number, flag.start, flag.end, flag.phrase, flag.suggestion)
        for number, line in enumerate(text.splitlines(), start=1)
        for flag in check_text(line)
    ]
