"""Finding the same text across reviews: same normalised words, or mostly the same words."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

SIMILAR = 0.5
"""Two texts whose word sets share at least this share of their union are the same."""

_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "into",
        "onto",
        "our",
        "their",
        "there",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "not",
        "only",
        "one",
        "all",
        "any",
        "can",
        "could",
        "would",
        "should",
        "will",
        "just",
        "than",
        "then",
        "when",
        "who",
        "what",
        "which",
        "how",
        "too",
        "very",
        "been",
        "being",
        "does",
        "did",
        "done",
        "its",
        "it's",
    ]
)


def words(text: str) -> frozenset[str]:
    """The content words of `text`: lower case, no stop words, a plural `s` dropped."""
    found = set()
    for word in re.findall(r"[^\W_]+", text.casefold()):
        if len(word) < 3 or word in _STOPWORDS:
            continue
        found.add(word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word)
    return frozenset(found)


@dataclass(frozen=True)
class Recurring:
    text: str
    """The wording used most often."""
    sessions: tuple[str, ...]
    """Slugs of the reviews that named it, in the order given."""


def recurring(named: Iterable[tuple[str, str]], at_least: int = 2) -> list[Recurring]:
    """Texts named in `at_least` different reviews; `named` holds (session slug, text) pairs."""
    by_key: dict[frozenset[str], list[tuple[str, str]]] = defaultdict(list)
    for slug, text in named:
        key = words(text)
        if key:
            by_key[key].append((slug, text))
    keys = list(by_key)
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        candidates = {j for word in key for j in index[word]}
        for j in candidates:
            if len(key & keys[j]) / len(key | keys[j]) >= SIMILAR:
                parent[root(i)] = root(j)
        for word in key:
            index[word].append(i)
    groups: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[root(i)].extend(by_key[key])
    found = []
    for members in groups.values():
        slugs = tuple(dict.fromkeys(slug for slug, _ in members))
        if len(slugs) >= at_least:
            text = Counter(text for _, text in members).most_common(1)[0][0]
            found.append(Recurring(text, slugs))
    return sorted(found, key=lambda r: (-len(r.sessions), r.text.casefold()))
