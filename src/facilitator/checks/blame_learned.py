"""A learned second reader for the blameless check: a sentence the rules pass that still reads as blame.

The rules (`blameless`) name each family of blaming phrasing they know; new authors blame in wording no
family has (idioms, polite or hedged blame, habits, a request aimed at a person). This reader is a
logistic regression over the words of a sentence as `blame_people.normalize` rewrites it (every person,
role and group one token, so no name is ever a feature; the writer's own "I"/"we" a token of their own):
words, pairs and triples of words, the words near a person, and a few signals (a quote, a negation, a
question). Its weights are trained by tools/train_blame_model.py on the labelled sentences of the
repository and shipped in blame_learned.tsv, read the first time a sentence reaches it.

It only reads a sentence the rules flag nothing in, that names someone other than the writer outside
quotes; a sentence scoring at least the file's threshold is flagged whole, with a question about the
system. How the threshold was chosen, and what it does on authors it never saw: docs/blameless-check.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_people import NO_ONE, PERSON, Normalized, normalize

WEIGHTS_FILE = Path(__file__).with_name("blame_learned.tsv")
LEARNED = "learned"
QUESTION = "What in the system, rather than the person, shaped what happened here?"
WRITER = "ME"
"""The token a person who is the writer ("I", "we", "my") becomes, so "I forgot" and "§ forgot" differ."""
_NEAR = 4
"""How many words after and before a person count as near them."""
_NEGATIONS = frozenset(["not", "n't", "never", "no", "nothing", "neither", "nor", "without"])
_QUOTE = LazyPattern(r"[\"“”«»]|(?:^|\s)'|'(?:\s|$)")
_NUMBER = LazyPattern(r"\d")
_QUOTED = LazyPattern(r"""(["“«])(?:(?!\1).)*?["”»]""")


def features(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The features of one sentence: normalised words, word pairs and triples, words near a person, signals."""
    return _features(text, normalize(text, people))


def _features(text: str, norm: Normalized) -> list[str]:
    tokens = []
    for at, token in _words(norm.text):
        if token == PERSON and at in norm.firsts:
            token = WRITER
        elif _NUMBER.compiled.match(token):
            token = "0"
        tokens.append(token)
    found = [f"w:{token}" for token in tokens]
    padded = ["<s>", *tokens, "</s>"]
    found += [f"b:{a} {b}" for a, b in pairwise(padded)]
    found += [f"t:{a} {b} {c}" for a, b, c in zip(padded, padded[1:], padded[2:], strict=False)]
    for index, token in enumerate(tokens):
        if token in (PERSON, NO_ONE):
            found += [f"a:{token} {word}" for word in tokens[index + 1 : index + 1 + _NEAR]]
            found += [f"p:{word} {token}" for word in tokens[max(index - _NEAR, 0) : index]]
    words = set(tokens)
    found += [
        signal
        for signal, present in (
            ("s:someone", PERSON in words),
            ("s:nobody", NO_ONE in words),
            ("s:writer", WRITER in words),
            ("s:negation", not words.isdisjoint(_NEGATIONS)),
            ("s:quote", _QUOTE.compiled.search(text) is not None),
            ("s:question", "?" in words),
            ("s:long", len(tokens) > 25),
        )
        if present
    ]
    return found


@cache
def model() -> tuple[dict[str, float], float, float]:
    """The shipped weights, bias and threshold (read once, the first time a sentence is scored)."""
    weights: dict[str, float] = {}
    bias = threshold = 0.0
    for line in WEIGHTS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].strip().partition(" ")
            bias = float(value) if key == "bias" else bias
            threshold = float(value) if key == "threshold" else threshold
        elif line:
            feature, _, weight = line.rpartition("\t")
            weights[feature] = float(weight)
    return weights, bias, threshold


def score(found: list[str], weights: dict[str, float], bias: float) -> float:
    """The model's probability that a sentence with these features blames someone."""
    total = bias + sum(weights.get(feature, 0.0) for feature in set(found))
    return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


def names_another(text: str, people: frozenset[str], norm: Normalized | None = None) -> bool:
    """Whether the sentence names someone other than the writer outside quotes: blame needs someone to carry it.
    (`norm`: the sentence normalised, if already done.)"""
    unquoted = _QUOTED.compiled.sub(lambda match: " " * len(match.group()), text)
    if norm is None or unquoted != text:
        norm = normalize(unquoted, people)
    return NO_ONE in norm.text or any(token == PERSON and at not in norm.firsts for at, token in _words(norm.text))


def _words(norm: str) -> list[tuple[int, str]]:
    """Each word of a normalised text with its offset (a token may hold two words: "shouldve" is "should have")."""
    found, at = [], 0
    for word in norm.split(" "):
        found.append((at, word))
        at += len(word) + 1
    return found


def learned_spans(
    text: str,
    people: frozenset[str],
    flagged: list[tuple[int, int]],
    declined: Callable[[str, frozenset[str]], bool],
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` that holds no flag in `flagged`, names someone else, scores at
    least the threshold, and that the rules did not read as blame and let pass (`declined`: negated, quoted,
    reported, the writer's own)."""
    from facilitator.checks.blame_document import sentences  # it imports the check itself

    weights, bias, threshold = model()
    spans = []
    for low, high in sentences(text):
        if any(low < end and start < high for start, end in flagged):
            continue
        sentence = text[low:high]
        norm = normalize(sentence, people)
        if not names_another(sentence, people, norm) or score(_features(sentence, norm), weights, bias) < threshold:
            continue
        if declined(sentence, people):
            continue
        start = low + len(sentence) - len(sentence.lstrip())
        spans.append((start, low + len(sentence.rstrip())))
    return spans
