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
check can run on every keystroke and on every redraw. A sentence the rules pass is read once more by a
learned model (`blame_learned`), which flags it whole if it reads as blame ("learned").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from facilitator.checks.blame_acts import ACT_FAMILIES
from facilitator.checks.blame_aimed import AIMED_FAMILIES, PASSIVE
from facilitator.checks.blame_correctives import CORRECTIVE_FAMILIES
from facilitator.checks.blame_frames import framed
from facilitator.checks.blame_idioms import IDIOM_FAMILIES, WORK_JUDGED
from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_learned import LEARNED, QUESTION, learned_spans
from facilitator.checks.blame_lexicon import CHAT_SPELLINGS, OTHER_SUBJECT
from facilitator.checks.blame_outcomes import OUTCOME_FAMILIES
from facilitator.checks.blame_patterns import (
    CLAUSE_BREAK,
    COUNTER,
    EYE_ROLL,
    EYE_ROLLS,
    HARD,
    JUDGED,
    LAPSE,
    NEGATED_BEFORE,
    PRAISE_OUTCOME,
    QUOTE_MARK,
    ROLE,
    THING_SAID,
    WORD,
    Family,
)
from facilitator.checks.blame_patterns import FAMILIES as CORE_FAMILIES
from facilitator.checks.blame_people import PERSON, PERSON_WORDS, Normalized, may_hold_a_name, normalize
from facilitator.checks.blame_polite import POLITE_FAMILIES
from facilitator.checks.blame_readings import readings
from facilitator.checks.blame_sarcasm import SARCASM_AT_SOMEONE, SARCASM_FAMILIES


@dataclass(frozen=True)
class Flag:
    """Blaming phrasing at text[start:end], with a system-focused question to ask instead."""

    start: int
    end: int
    phrase: str
    suggestion: str
    kind: str = ""
    """Which family of blame: "lapse", "counterfactual", "accusing question", ..."""


_WORD = LazyPattern(r"[a-z]+")
FAMILIES = (
    *CORE_FAMILIES,
    *AIMED_FAMILIES,
    *CORRECTIVE_FAMILIES,
    *OUTCOME_FAMILIES,
    *ACT_FAMILIES,
    *IDIOM_FAMILIES,
    WORK_JUDGED,
    *SARCASM_FAMILIES,
    *SARCASM_AT_SOMEONE,
    *POLITE_FAMILIES,
)
# Every family needs one of its words (and one of `also`, if it has them), so text with none of
# them is passed over quickly.
_TRIGGERS = frozenset().union(*(family.words or () for family in FAMILIES if family.also is None))
_PAIRED = tuple(family for family in FAMILIES if family.also is not None)
_PAIRED_WORDS = (
    None if any(family.words is None for family in _PAIRED) else frozenset().union(*(f.words or () for f in _PAIRED))
)
"""The words of which a paired family needs one; None if one needs none (then no text is passed over by them)."""
# The words of the families that need no person in the text: blame words, "who broke it?", sarcasm.
_ALONE = frozenset().union(*(family.words or () for family in FAMILIES if not family.someone))
_WRITER_OPENER = LazyPattern(r"(?:if only|if|had|why did|why didn't) §")
_ROLLS_EYES = LazyPattern(EYE_ROLLS)
_LETTERS = LazyPattern(r"[^\W\d_]+")
_NAME_WORD = LazyPattern(r"[^\W\d_]+(?:['’.-][^\W\d_]+)+")
_REGION_PREFIXES = frozenset({"us", "me"})
"""Pronouns that also begin a cloud region's name: "us-east-1", "me-south-1"."""
_NOT_A_REGION = LazyPattern(r"(?i)(?<![a-z])(?:us|me)(?![a-z-])")
""""us" or "me" standing as a word, not as the start of a region's name."""
_OPENS_QUOTE = LazyPattern(r"[\"“‘«]|(?:^|[\s(\[])'")
_EXPLAINABLE = frozenset([LAPSE, JUDGED])
"""Kinds a cause in the system explains away: "nobody noticed because the alert went to a muted channel",
"the on-call was slow to respond because the page went to an old phone"."""
_TRAIT = LazyPattern(
    r"(?<![^ ])(?:careless|sloppy|lazy|negligent|reckless|incompetent|clueless|useless|hopeless"
    r"|irresponsible|inattentive|lax|cavalier|complacent|hasty|unprofessional|stupid)"
)
_SYSTEM_CAUSE = LazyPattern(
    r" (?:because|since) (?:the|a|an|it|there|no|nothing|its)(?![^ ])"
    r"| (?:because|since|as) § (?:had been|'d been|was|were|had) (?:awake|up|on call|on shift|working|paged|handling"
    r"|juggling|dealing|covering|alone|exhausted|tired|new|the only)(?![^ ])"
    r"| while (?:§ (?:was|were) )?(?:handling|dealing with|juggling|working on|covering|fighting|responding to|on)(?![^ ])"
    r"| after (?:[0-9]+|[a-z]+) (?:straight )?hours(?: [a-z]+)? (?:awake|on call|on shift|on the bridge)"
    r"| (?:as|per|since|which) (?:the |our |its )?(?:[a-z-]+ ){0,2}?(?:runbook|process|policy|procedure|plan|checklist"
    r"|guide|rules?|docs|documentation|playbook|standard|pipeline|tool|tooling|system|config|workflow) (?:allows|allowed"
    r"|permits|permitted|says|said|requires|required|recommends|recommended|lets|let)(?![^ ])"
    r"| (?:under|per|following|as allowed by|as the) (?:the |our |an? )?(?:[a-z-]+ ){0,3}?(?:process|procedure|policy"
    r"|exception|waiver|runbook|playbook|change|approval)(?![^ ])"
    r"| (?:using|via|through|under|per|following) (?:the|a|an|our) (?:documented |approved |agreed |sanctioned )?"
    r"(?:break-glass|emergency|emergency-change|exception|expedited) (?:[a-z-]+ )?(?:path|process|procedure|access"
    r"|route|policy|change|account)(?![^ ])"
)
"""A cause in the system or the workload: "because the alert went to a muted channel", "because she had been
awake for 20 hours", "while handling another incident", "under the documented emergency-change process"."""
_CONSEQUENCE = LazyPattern(
    r"(?:(?:[,;] |(?<![^ ])and )so|(?<![^ ])(?:which|that|this) meant(?: that)?|(?<![^ ])meaning(?: that)?) $"
)
"""Before "nobody": the clause is what followed from a condition just given, not a lapse of its own."""
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’", "«": "»"}
_QUOTED = LazyPattern(r"""(?s)(?:(?<=^)|(?<=[\s(\[]))(["“‘'«])(.+?)(["”’'»])(?=$|[\s.,;:!?)\]])""")


def check_text(text: str, people: frozenset[str] = frozenset()) -> list[Flag]:
    """Every blaming phrase in `text`, in order, none overlapping (the longest wins). `people` are
    the lowercase words of the session's participants' names and handles (`people_words`)."""
    return list(_check(text, people))


@lru_cache(maxsize=32_768)
def _check(text: str, people: frozenset[str] = frozenset()) -> tuple[Flag, ...]:
    words = _words_of(text)
    names = _may_name_someone(text, words, people)
    found = by_rules(text, people, set(words), names)
    if not names:
        return found  # the learned reader reads only sentences naming someone: the rules' cheap look says none does
    read_again = learned_spans(text, people, [(flag.start, flag.end) for flag in found], rules_declined)
    if not read_again:
        return found  # a sentence the rules pass and the learned reader (`blame_learned`) finds blaming
    extra = (Flag(start, end, text[start:end], QUESTION, LEARNED) for start, end in read_again)
    return tuple(sorted((*found, *extra), key=lambda flag: flag.start))


def by_rules(
    text: str, people: frozenset[str], words: set[str] | None = None, names: bool | None = None
) -> tuple[Flag, ...]:
    """What the families of blaming phrasing flag in `text` (`words`: its `_words_of`, and `names`: whether
    `_may_name_someone` finds a person in it, if already found out)."""
    words = _words_of(text) if words is None else words
    triggered = not words.isdisjoint(_TRIGGERS)
    if not triggered and _PAIRED_WORDS is not None and words.isdisjoint(_PAIRED_WORDS):
        return ()  # most text: none of the words any family needs
    if _OPENS_QUOTE.compiled.search(text):
        words.add(QUOTE_MARK)
    if not triggered and not any(_may_run(family, words) for family in _PAIRED):
        return ()
    if names is None:
        names = _may_name_someone(text, words, people)
    if words.isdisjoint(_ALONE) and not names:
        return ()  # only blame words, sarcasm and "who broke it?" need nobody in the text
    return tuple(_flags(text, _spans(text, words, people)))


def _words_of(text: str) -> set[str]:
    """The words of `text` the families' screens look for (chat spellings read as typed out, an eye roll)."""
    words = set(_WORD.compiled.findall(text.lower()))
    if not words.isdisjoint(CHAT_SPELLINGS):  # "didnt" screens like "didn't", "deployd" like "deployed"
        words.update(*(_WORD.compiled.findall(CHAT_SPELLINGS[word]) for word in words.intersection(CHAT_SPELLINGS)))
    if not text.isascii() and _ROLLS_EYES.compiled.search(text):
        words.add(EYE_ROLL)
    return words


def rules_declined(sentence: str, people: frozenset[str]) -> bool:
    """Whether a family of blame matches a sentence the rules flag nothing in: they read it and let it pass as
    negated, quoted, reported, framed, explained or the writer's own, and the learned reader defers to that."""
    words = _words_of(sentence)
    if _OPENS_QUOTE.compiled.search(sentence):
        words.add(QUOTE_MARK)
    norm = normalize(sentence, people).text
    return any(family.pattern.compiled.search(norm) for family in _families_for(words))


def _may_run(family: Family, words: set[str]) -> bool:
    """Whether `words` hold what the family's pattern needs (one of its words, and one of `also`)."""
    return (family.words is None or not words.isdisjoint(family.words)) and (
        family.also is None or not words.isdisjoint(family.also)
    )


@cache
def _families_by_word() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each word, the families (by index) that need it; and the families that need no word."""
    index: dict[str, list[int]] = {}
    always = []
    for number, family in enumerate(FAMILIES):
        if family.words is None:
            always.append(number)
        else:
            for word in family.words:
                index.setdefault(word, []).append(number)
    return {word: tuple(numbers) for word, numbers in index.items()}, tuple(always)


def _families_for(words: set[str]) -> list[Family]:
    """The families, in order, whose words (and `also`) the text holds: a few look-ups, not one test a family."""
    index, always = _families_by_word()
    chosen = set(always)
    for word in words:  # not `words.intersection(index)`: that walks the whole index
        if word in index:
            chosen.update(index[word])
    return [family for family in map(FAMILIES.__getitem__, sorted(chosen)) if _may_run(family, words)]


def _may_name_someone(text: str, words: set[str], people: frozenset[str]) -> bool:
    """A cheap look for a person, role or group: a pronoun, a role word, an @handle, a name."""
    mentions = words.intersection(PERSON_WORDS)
    if mentions and (not mentions <= _REGION_PREFIXES or _NOT_A_REGION.compiled.search(text)):
        return True  # "still high in us-east" names no one
    if "@" in text or "IT" in text or ("no" in words and "one" in words):
        return True
    if people and (not words.isdisjoint(people) or not people.isdisjoint(_NAME_WORD.compiled.findall(text.lower()))):
        return True  # "joon-ho": a name with a hyphen or a dot is one word of `people`
    if people and not text.isascii() and not people.isdisjoint(_LETTERS.compiled.findall(text.lower())):
        return True  # "lucía": a name with letters beyond a to z, which `words` cuts apart
    return may_hold_a_name(text)


def _spans(text: str, words: set[str], people: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, question) for every blaming match the text does not negate, quote, frame or credit."""
    norm = normalize(text, people)
    quoted = [match.span(2) for match in _QUOTED.compiled.finditer(text) if _QUOTES[match.group(1)] == match.group(3)]
    spans: list[tuple[int, int, str, str]] = []
    credits = []
    someone = "§" in norm.text or "¬" in norm.text
    for family in _families_for(words):
        if family.someone and not someone:
            continue
        for match in family.pattern.compiled.finditer(norm.text):
            start, end = norm.original(match.start(), match.end())
            if family.kind == COUNTER and _praise(norm.text, match.start(), match.group()):
                credits.append((start, end))  # and nothing inside it blames either
            elif (
                not (family.negatable and _negated(norm.text, match.start()))
                and not (family.accounts and _by_the_writer(norm.text, norm.firsts, match.start(), match.group()))
                and not any(low <= start and end <= high for low, high in quoted)
                and not framed(norm.text, match.start(), match.end(), norm.firsts)
                and not (family.kind in _EXPLAINABLE and _explained(norm.text, match.group(), match.end()))
                and not (family.kind == WORD and _said_of_a_thing(norm.text, match.start(), norm.firsts))
            ):
                question = family.reframe(text[start:end])
                if question == HARD and match.start() in norm.roles:
                    question = ROLE  # "the DBA failed to escalate": ask what the role was given
                spans.append((start, end, family.kind, question))
    if not spans:
        spans = _reread_spans(norm, quoted)
    return [span for span in spans if not any(span[0] < high and low < span[1] for low, high in credits)]


def _reread_spans(norm: Normalized, quoted: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """A clause another voice says as "§ <did> <the rest>" (`blame_readings`: a passive with its agent,
    a habit, a cleft, an act told as a manner) is blame exactly when that active is: "the pool was
    misconfigured by Mei during the migration" as "Mei misconfigured the pool during the migration".
    The writer as the person ("by me") is their own account; a frame, a negation or quotes reach it."""
    for start, end, agent, actives in readings(norm.text):
        if agent in norm.firsts or _negated(norm.text, start) or framed(norm.text, start, end, norm.firsts):
            continue
        for active in actives:
            for family in _families_for(set(_WORD.compiled.findall(active))):
                if family.kind != PASSIVE and family.someone and (found := family.pattern.compiled.match(active)):
                    low, high = norm.original(start, end)
                    if any(outer <= low and high <= inner for outer, inner in quoted):
                        return []
                    return [(low, high, family.kind, family.reframe(found.group()))]
    return []


def _by_the_writer(norm: str, firsts: frozenset[int], start: int, matched: str) -> bool:
    """True if the match's subject is the writer: "I did not file the ticket", "we didn't touch", "if
    I had checked", "my mistake", "that's on me", "I fat-fingered the count". Someone's account of their
    own acts is not blame put on another: every person the match names is the writer, or, naming none,
    the writer comes just before it in its clause ("I was careless", not "we know who pushed it")."""
    if matched.startswith(PERSON):
        return start in firsts
    opener = _WRITER_OPENER.compiled.match(matched)
    if opener is not None:
        return start + opener.end() - 1 in firsts
    named = [start + at for at, token in enumerate(matched) if token in "§¬"]
    if named:
        return all(at in firsts for at in named)
    clause = CLAUSE_BREAK.compiled.match(norm, 0, start)
    nearest = norm.rfind(PERSON, clause.end() if clause else 0, start)
    between = norm[nearest + 1 : start].split()
    return nearest in firsts and len(between) <= 3 and OTHER_SUBJECT.isdisjoint([*between, *matched.split()])


def _said_of_a_thing(norm: str, start: int, writer: frozenset[int]) -> bool:
    """Whether a blame word is said of a thing in its clause ("the review checklist is sloppy"): no one is judged."""
    found = THING_SAID.compiled.search(norm, 0, start)
    return found is not None and (found.group("whose") is None or found.start("whose") in writer)


def _explained(norm: str, matched: str, end: int) -> bool:
    """True if the sentence goes on to give a cause that is no person: "nobody noticed for an hour
    because the alert went to a muted channel" says what the system did, not who failed. A trait
    stays blame whatever the cause ("careless because the tooling made it easy")."""
    if _TRAIT.compiled.search(matched):
        return False
    if matched.startswith("¬") and _CONSEQUENCE.compiled.search(norm, 0, end - len(matched)):
        return True  # "Nikhil was out sick, so nobody was watching the queue": what followed from a condition
    stops = [found for found in (norm.find(mark, end) for mark in (" . ", " ! ", " ? ", " ; ")) if found >= 0]
    return _SYSTEM_CAUSE.compiled.search(norm, end, min(stops, default=len(norm))) is not None


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


def _flags(text: str, spans: list[tuple[int, int, str, str]]) -> list[Flag]:
    flags: list[Flag] = []
    for start, end, kind, question in sorted(spans, key=lambda span: (span[0], -span[1])):
        if flags and start < flags[-1].end:
            continue
        flags.append(Flag(start, end, text[start:end], question, kind))
    return flags
