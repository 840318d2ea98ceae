"""Find the people, roles and groups in a text, and rewrite it into a form the patterns read.

`normalize(text)` lowercases the words, splits off clitics ("Ivan's" → "ivan 's",
"should've" → "should 've") and turns every mention of someone into one token: `§` for a
person ("Priya", "she", "the on-call engineer", "ops", "someone on the data team",
"@marco"), `¬` for no one ("nobody", "no one"). Possessives become `§ 's` ("his",
"the reviewer's"). "whoever" becomes `§ who`, so "whoever approved it" reads like "the
person who approved it". The session's own people (`people`: their names and handles, in
lower case) are found however they are typed: "mei forgot" names Mei as surely as "Mei forgot". A name in
brackets after a mention is that mention ("someone (sanjay)"), an emphatic "did" and its verb are the plain past
("did push" reads "pushed"), and "they" after "together" is things, no one. Tokens are joined by single spaces;
`spans[i]` maps token i back to its place in the original text, so a match can be reported where the user typed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_lexicon import (
    ACCESS_WORDS,
    BARE_GROUPS,
    CARRIERS,
    CHAT_SPELLINGS,
    DETERMINERS,
    FIRST_PERSON,
    GENERIC_QUANTIFIERS,
    GROUP_HEADS,
    MANAGED,
    NAME_FOLLOWERS,
    NAME_PREFIXES,
    NOBODY,
    NOT_MODIFIERS,
    NOT_NAME_ENDINGS,
    NOT_NAMES,
    NOT_PEOPLE,
    PAST_VERBS,
    PLURAL_VERBS,
    POSSESSIVES,
    POST_PLACES,
    PRONOUNS,
    QUALITIES,
    REFLEXIVES,
    RESUMED,
    ROLE_HEADS,
    ROLE_THINGS,
    SKIPPED_ADVERBS,
    SOMEONE,
    SYSTEM_GROUPS,
    THING_VERBS,
    TIMES,
    VERB_LIKE,
    WHERE_TO,
)
from facilitator.checks.blame_readings import past_tenses

if TYPE_CHECKING:
    from facilitator.model.session import Session

_MAY_START_SOMEONE = (
    NOBODY | PRONOUNS | SOMEONE | POSSESSIVES | DETERMINERS | ROLE_HEADS | BARE_GROUPS | frozenset(["no", "none"])
)
PERSON = "§"
NO_ONE = "¬"
_MARKS = frozenset([PERSON, NO_ONE])
PERSON_WORDS = frozenset(
    part for word in NOBODY | PRONOUNS | SOMEONE | POSSESSIVES | ROLE_HEADS | BARE_GROUPS for part in word.split("-")
) - frozenset(["on", "co", "to"])
"""Lowercase words (split at hyphens) that can start a mention of someone, besides names."""
"""Typed as they are, these would read as someone: they become a plain word."""

_PEOPLE_WORD = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN = LazyPattern(
    r"@[\w.-]*\w|[^\W\d_]+\d+(?![\w'’.-])|[^\W\d_]+(?:(?:[-'’.]|-\n[ \t]*)[^\W\d_]+)*|\d(?:[\w:.,/-]*\w)?|[^\w\s]"
)
_CAPITALISED = LazyPattern(r"(?<![\w'’-])[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*")
_CLITIC = LazyPattern(r"(?i)(.+?)(['’](?:s|re|d|ve|ll|m))$")


class Normalized:
    """The rewritten `text`, for each of its tokens the (start, end) it came from (`spans`) and
    where the token starts in `text` (`starts`). A plain class: a dataclass costs start-up time."""

    __slots__ = ("firsts", "roles", "spans", "starts", "text")

    def __init__(
        self,
        text: str,
        spans: tuple[tuple[int, int], ...],
        starts: tuple[int, ...],
        roles: frozenset[int],
        firsts: frozenset[int],
    ) -> None:
        self.text, self.spans, self.starts, self.roles, self.firsts = text, spans, starts, roles, firsts
        """`roles`: offsets in `text` of the `§`/`¬` tokens that stand for a role or group, not a name;
        `firsts`: offsets of the `§` tokens that are the writer ("I", "we", "my", "our")."""

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind normalized text[start:end]."""
        first = _token_at(self.starts, start)
        last = _token_at(self.starts, max(start, end - 1))
        return self.spans[first][0], self.spans[last][1]


def _token_at(starts: tuple[int, ...], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _raw_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(word as typed, lowercase form, start, end); clitics split off as tokens of their own."""
    found = [(match.group(), *match.span()) for match in _TOKEN.compiled.finditer(text)]
    if "'" not in text and "’" not in text:
        if "\n" in text or PERSON in text or NO_ONE in text:
            return [(word, _lower(word), start, end) for word, start, end in found]
        lowered = CHAT_SPELLINGS.get  # as `_lower`, for text with no marks or line breaks: most text
        return [(word, lowered(lower, lower), start, end) for word, start, end in found for lower in (word.lower(),)]
    tokens = []
    for word, start, end in found:
        clitic = _CLITIC.compiled.match(word) if "'" in word or "’" in word else None
        if clitic and not word.lower().endswith(("n't", "n’t")):
            cut = start + len(clitic.group(1))
            tokens.append((clitic.group(1), clitic.group(1).lower().replace("’", "'"), start, cut))
            tokens.append((clitic.group(2), clitic.group(2).lower().replace("’", "'"), cut, end))
        else:
            lower = word.lower().replace("’", "'") if word not in _MARKS else "sect"
            tokens.append((word, CHAT_SPELLINGS.get(lower, lower), start, end))
    return tokens


def _lower(word: str) -> str:
    """The form the patterns read of a word with no apostrophe: lower case, "didnt" as "didn't", "b4" as "before"."""
    if word in _MARKS:
        return "sect"
    lower = word.lower()
    if "\n" in lower:
        lower = "".join(lower.split())  # "rubber-\nstamped", hyphenated across a hard wrap
    return CHAT_SPELLINGS.get(lower, lower)


def is_name(word: str, lower: str, previous: str = "") -> bool:
    """A capitalised word that looks like a person's name, not a product or a sentence opener."""
    first = word[0]
    if not first.isalpha() or not first.isupper() or previous in DETERMINERS:
        return False
    if lower in NOT_NAMES or lower.endswith(NOT_NAME_ENDINGS) or len(word) < 2 or "." in word:
        return False  # a dotted word is a file or product ("Node.js"), unless a participant's handle
    inner = word[1:].replace("-", "").replace("'", "").replace("’", "")
    return inner.islower() or (word.startswith(NAME_PREFIXES) and not word.isupper())


def people_words(names: Iterable[str]) -> frozenset[str]:
    """The lowercase words that name the session's people: each word of each name and handle
    ("Mei Lin", "@ilya.k" → mei, lin, ilya; "Chloé" also as "chloe"), less words that never name one
    ("the", "on-call"); a hyphened name also typed whole ("minjun"), a long one by its first five letters as a
    nickname ("mitch" for Mitchell). "An" (Nguyen Van An) stays: typed in
    lower case it names her only where an article could not stand ("an skipped the canary")."""
    words = set()
    for name in names:
        handle = name.lower().lstrip("@")
        if "." in handle and " " not in handle:
            words.add(handle)  # "ilya.k" typed without its @
        for word in _PEOPLE_WORD.compiled.findall(name.lower()):
            if len(word) > 1 and word not in PERSON_WORDS and (word not in DETERMINERS or word == "an"):
                words.add(word)
                words.add(_unaccented(word))  # "chloe" for Chloé, "joaquin" for Joaquín
                if "-" in word:
                    words.add(_unaccented(word.replace("-", "")))  # "minjun" for Min-jun, typed in one
                if len(word) >= 7 and word.isalpha():
                    words.add(_unaccented(word[:5]))  # "mitch" for Mitchell, "valen" for Valentina
    return frozenset(words)


def session_people(session: Session) -> frozenset[str]:
    """The words that name the session's participants, for the check (`people_words`)."""
    return people_words(p.name for p in session.participants)


def _unaccented(word: str) -> str:
    """`word` without its accents: "siobhán" → "siobhan"."""
    import unicodedata  # only when a session's names are read: it costs 3 ms to import

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_COPULAS = frozenset(["is", "was", "are", "were", "'s", "'re", "be", "been", "being", "seems", "seemed", "became"])


def _someone(
    raw: list[tuple[str, str, int, int]], lowers: list[str], index: int, people: frozenset[str]
) -> tuple[str | None, int, bool]:
    """Whether someone is mentioned at token `index`: (`§`, `¬` or None, the index after the
    mention, whether it is a role or group rather than a name)."""
    word, lower = raw[index][0], lowers[index]
    count, after = len(raw), index + 1
    if index and lowers[index - 1] in ("/", "\\"):
        return None, after, False  # a path ("/dev/null"), not a group
    if index and lowers[index - 1] == "#" and raw[index - 1][3] == raw[index][2]:
        return None, after, False  # a channel ("#ops", "#sre"), not the group it is named for
    if (
        lower in DETERMINERS
        and lowers[index + 2 : index + 4] in _ON_DUTY
        and lowers[index + 1].isalpha()
        and lowers[index + 1] not in ROLE_HEADS  # "the person on pager duty" is a role already
        and not (index and lowers[index - 1] in _COPULAS)  # "is a liability on call" says what someone is
    ):
        return PERSON, index + 4, True  # "the agent on shift": whoever is on duty is a person
    if lower in people and (
        _plainly_a_name(lower)
        or (word[0].isupper() and index and lowers[index - 1] not in ".!?")
        or _acts_as_a_name(lowers, index)
    ):
        while after < count and lowers[after] in people:
            after += 1  # "mei lin"
        return PERSON, after, False
    if lower in NOBODY or lowers[index : index + 2] == ["no", "one"]:
        if _describes_a_thing(lowers, index):
            return None, after, False  # "a shared inbox nobody reads": the inbox is unowned, no one lapsed
        return NO_ONE, index + (1 if lower in NOBODY else 2), True
    if lower == "none" and lowers[index + 1 : index + 3] in (["of", "us"], ["of", "them"], ["of", "you"]):
        return NO_ONE, index + 3, False
    if lower in _JOINT and index and lowers[index - 1 - (lowers[index - 1] == ",")] in _TOGETHER:
        return None, after, False  # "each is defensible on its own; together they let it through": things combined
    if (lower in PRONOUNS and lower not in REFLEXIVES) or lower in SOMEONE or word == "IT" or word.startswith("@"):
        return PERSON, after, lower in SOMEONE
    role_end = _role_end(lowers, index)
    if role_end > index and (lower == "any" or (index and lowers[index - 1] in GENERIC_QUANTIFIERS)):
        return None, role_end, False  # "most engineers never open that tab": people in general
    if role_end > index:
        return PERSON, role_end, True
    previous = lowers[index - 1] if index else ""
    if is_name(word, lower, previous):
        if people and previous in _SENTENCE_START and _participant_next(lowers, after, people):
            return (
                None,
                after,
                False,
            )  # "Suspend Dario's access", "Granted, Lena could...": an opener before a participant
        while after < count and is_name(raw[after][0], lowers[after], ""):
            after += 1  # "Mary Jane"
        if after == index + 1 and previous in _SENTENCE_START and not _acts_next(raw, lowers, after):
            return None, after, False  # "Brilliant move by...", "Real professional work": an opener, no one
        if after == index + 1 and previous in _SENTENCE_START and people and _plural_next(raw, lowers, after):
            return None, after, False  # "Access controls let...": with the session's people known, a noun phrase
        return PERSON, after, False
    return None, after, False


def _describes_a_thing(lowers: list[str], index: int) -> bool:
    """Whether "nobody" at `index` opens a relative clause on a thing where something went or what something is: "sent
    to a shared inbox nobody reads", "posts to a channel that no one watches" (not "the next morning nobody checked",
    "in the channel nobody answered", "pushed a hotfix nobody had reviewed")."""
    at = index - 1
    if at >= 0 and lowers[at] in ("that", "which"):
        at -= 1
    if at < 1 or lowers[at] in TIMES or not lowers[at].isalpha() or lowers[at] in DETERMINERS:
        return False
    for det in range(at - 1, max(at - 4, -1), -1):
        word = lowers[det]
        if word in ("a", "an", "the", "one", "any", "some"):
            return det > 1 and lowers[det - 1] in WHERE_TO and (lowers[det - 2].isalpha() or lowers[det - 2] == ",")
        if not word.isalpha() or word in NOT_MODIFIERS:
            return False
    return False


def _participant_next(lowers: list[str], at: int, people: frozenset[str]) -> bool:
    """Whether a known participant comes next (after a comma, if any): the word before them opens the sentence."""
    if at < len(lowers) and lowers[at] == ",":
        at += 1
    return at < len(lowers) and lowers[at] in people


def _acts_next(raw: list[tuple[str, str, int, int]], lowers: list[str], at: int) -> bool:
    """After a capitalised word that opens a sentence: does what follows read as a name's verb,
    possessive or list ("Omar broke", "Marco's", "Mei and Kwame", "Jin never tested")?"""
    return at < len(raw) and _follows_a_name(raw[at][0], lowers[at])


def _plural_next(raw: list[tuple[str, str, int, int]], lowers: list[str], at: int) -> bool:
    """After a capitalised opener that is none of the session's people: a plain lowercase word in -s that is
    no name's verb or adverb ("Access controls", "Retry loops"): the two read as a noun and its plural."""
    if at >= len(raw) or not raw[at][0].isalpha() or not raw[at][0].islower():
        return False
    following, then = lowers[at], lowers[at + 1] if at + 1 < len(lowers) else ""
    return (
        following.endswith("s")
        and not following.endswith(("ss", "us", "is"))
        and following not in NAME_FOLLOWERS
        and (then in PLURAL_VERBS or then in PAST_VERBS or (then.endswith("ed") and len(then) > 3))
    )


def _follows_a_name(word: str, lower: str) -> bool:
    """Whether a token (as typed, and as `normalize` lowers it) reads as what follows a name."""
    return (
        lower in NAME_FOLLOWERS
        or lower.endswith(("ed", "n't"))
        or (lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ics")))
        or word[0].isupper()
    )


def may_hold_a_name(text: str) -> bool:
    """A cheap look for a capitalised word `normalize` may read as a person's name: it passes over
    the words it reads as no one, a sentence's capitalised first word that nothing after shows acting
    ("Decided to fail over", "Status page updated"), so such text skips the full check."""
    for match in _CAPITALISED.compiled.finditer(text):
        word = match.group()
        if is_name(word, word.lower()) and not _plain_opener(text, match.start(), match.end()):
            return True
    return False


def _plain_opener(text: str, start: int, end: int) -> bool:
    """Whether `normalize` reads the capitalised word at text[start:end] as no one: alone, opening a
    sentence, and followed by no name's verb. Wherever its tokens might differ, say no."""
    before = text[:start].rstrip()
    if before:
        mark = before[-1]
        if mark not in _OPENER_MARKS or (mark in ".:" and any(c.isdigit() for c in before.rsplit(None, 1)[-1])):
            return False  # "at 3. Decided": "3." is one token, no sentence's end
    if "'" in text[start:end] or "’" in text[start:end]:
        return False
    if end == len(text):
        return True
    if not text[end].isspace():
        return False
    following = _TOKEN.compiled.search(text, end)
    if following is None:
        return True
    word = following.group()
    if "'" in word or "’" in word or "\n" in word:
        return False
    if "'" in text or "’" in text:
        return not _follows_a_name(word, word.lower() if word not in _MARKS else "sect")
    return not _follows_a_name(word, _lower(word))


_SENTENCE_START = frozenset(["", ".", "!", "?", ":", ";", '"', "“", "(", "-", "–", "—", "*", ">", "#"])
_OPENER_MARKS = _SENTENCE_START - frozenset(["", "-"])
"""Marks before a sentence's first word that are a token of their own ("-" may join a word across a line)."""


def _acts_as_a_name(lowers: list[str], index: int) -> bool:
    """A participant named like an everyday word, typed in lower case, is them when what follows could
    not follow the word, even past an adverb or an auxiliary: "an skipped" (no article before a
    consonant's past tense), "will forgot", "chase totally screwed", "mark has cocked up"."""
    if index and lowers[index - 1] in DETERMINERS:
        return False  # "the mark has faded", "a chase was on"
    at = index + 1
    while at < len(lowers) and (lowers[at] in SKIPPED_ADVERBS or lowers[at] in _DEGREE or lowers[at].endswith("ly")):
        at += 1  # "chase totally screwed", "mark really should have"
    auxiliary = 0
    if lowers[at : at + 1] and lowers[at] in _NAMED_AUXILIARIES:
        auxiliary = 1
    elif lowers[at : at + 2] in _MODAL_HAVE:
        auxiliary = 2
    if not _past_at(lowers, at) and not (auxiliary and _past_at(lowers, at + auxiliary)):
        return False  # "mark has cocked up", "will should have checked"
    if _called_its(lowers, index):
        return False  # "Jenkins broke the pipeline when its plugin updated": the tool, not Tom Jenkins
    return lowers[index] != "an" or lowers[index + 1][0] not in "aeiou"


def _past_at(lowers: list[str], at: int) -> bool:
    """Whether the token at `at` is a past tense ("skipped", "broke") or reads like one that follows a name ("'s")."""
    following = lowers[at] if at < len(lowers) else ""
    return following in PAST_VERBS or (following.endswith("ed") and len(following) > 3)


_DEGREE = frozenset(["totally", "really", "completely", "well", "and", "truly", "properly", "basically"])
_NAMED_AUXILIARIES = frozenset(["has", "had", "should have", "could have", "must have", "was", "'s"])
_MODAL_HAVE = [["should", "have"], ["could", "have"], ["must", "have"], ["would", "have"]]
"""Between a lowercase everyday-word name and its past tense: "mark has cocked up", "will was rushed"."""


def _called_its(lowers: list[str], index: int) -> bool:
    """Whether the clause after a word named like a thing goes on to call it "its" or "itself" (before any
    "he", "she" or "they" and the end of the sentence): then the word is the thing."""
    for word in lowers[index + 1 : index + 16]:
        if word in ("its", "itself"):
            return True
        if word in _SENTENCE_START or word in ("he", "she", "they", "his", "her", "their", "him", "them"):
            return False
    return False


def _plainly_a_name(lower: str) -> bool:
    """A participant's name that is no everyday word, so it names them even typed in lower case."""
    return lower not in NOT_PEOPLE and lower not in NOT_NAMES


def _role_end(lowers: list[str], at: int) -> int:
    """If a role starts at token `at` ("the new on-call engineer"), the index after it; else `at`."""
    words, head = len(lowers), at
    if lowers[at] in DETERMINERS:
        index = at + 1
        while index < words and index <= at + 4:
            word = lowers[index]
            if word in ROLE_HEADS and not (
                (word.startswith("group") and lowers[index - 1] in SYSTEM_GROUPS)
                or (word.startswith("shift") and lowers[at] in _EVERY)
                or (word in _ANYONE and lowers[at] in _SOME)
            ):
                head = index + 1
            elif (
                word == "on"
                and index + 1 < words
                and lowers[index + 1] == "call"
                and head == at
                and not (at and lowers[at - 1] in _COPULAS)  # "is a liability on call" says what someone is
            ):
                return index + 2  # "the on call", typed without its hyphen
            elif word == "'s" and index + 1 < words and lowers[index + 1] in ROLE_HEADS:
                pass  # "the firmware vendor's tech"
            elif (word in _ANYONE and lowers[at] in _SOME) or (
                head > at
                or word in NOT_MODIFIERS
                or word in DETERMINERS
                or word in GENERIC_QUANTIFIERS
                or not word[0].isalnum()
            ):
                break
            index += 1
        return at if head < words and head > at and lowers[head] in ROLE_THINGS else head
    if at and lowers[at] in BARE_GROUPS and (lowers[at - 1] in MANAGED or lowers[at - 1] in QUALITIES):
        return at  # "change management", "inspiring leadership": a process or a quality, not a group
    if (lowers[at] in ROLE_HEADS and lowers[at].endswith("s")) or lowers[at] in BARE_GROUPS:
        head = at + 1
        while head < words and lowers[head] in ROLE_HEADS:
            head += 1
        if head < words and lowers[head] in ROLE_THINGS:
            return at  # "the ops channel", "on-call rotation": a thing of the group's
        if lowers[at] in SYSTEM_GROUPS and at + 1 < words and lowers[at + 1].startswith("group"):
            return at  # "the security group left port 22 open": a cloud resource, not the security team
    return head


def _names_a_group(word: str) -> bool:
    """Whether a plain word before "team" / "folks" names the group ("platform", "db", "infra"),
    rather than being a verb or a function word ("paged team", "and team")."""
    return (
        word.replace("-", "").isalpha()
        and word not in NOT_MODIFIERS
        and word not in DETERMINERS
        and word not in _NOT_GROUP_NAMES
        and not word.endswith(("ed", "ing", "ly"))
    )


_SOME = frozenset(["some", "many", "most", "few", "several", "any"])
_JOINT = frozenset(["they", "them"])
_WHEN = frozenset(["now", "then", "today", "tomorrow", "yesterday", "here", "there", "scratch", "memory"])
"""After "from": a time or a manner, not where someone comes from ("from now on", "from scratch")."""
_TOGETHER = frozenset(["together", "combined", "jointly", "between", "taken"])
"""Before "they": factors taken together, not people ("together they produced a valid-looking rule")."""
_ANYONE = frozenset(["people", "folks", "guys"])
"""Before "people": people in general ("some people blamed the DB team in the channel")."""
_EVERY = frozenset(["every", "each", "this", "that", "one"])
"""Before "shift": a stretch of time ("before every shift"), not the people on it."""
_ON_DUTY = (["on", "shift"], ["on", "call"], ["on", "duty"], ["on", "pager"])
_SERVED_IN = frozenset(["rotation", "call", "shift", "duty", "bridge"])
"""Places one serves in, not groups one comes from: "remove Ivo from the on-call rotation"."""
_NOT_GROUP_NAMES = frozenset(["whole", "entire", "same", "other", "own", "new", "old", "every", "my", "great", "good"])


def _place_end(lowers: list[str], at: int) -> int:
    """After a person: "here", or "on the data team" / "in finance ops" / "on shift" / "from payments" /
    "from the vendor"; else `at`."""
    if at < len(lowers) and lowers[at] == "here":
        return at + 1
    if at + 1 < len(lowers) and lowers[at] == "from":
        index = at + 2 if lowers[at + 1] == "the" else at + 1
        if (
            index < len(lowers)
            and lowers[index].isalpha()
            and lowers[index] not in NOT_MODIFIERS
            and lowers[index] not in _WHEN  # "go through me from now on"
            and lowers[index + 1 : index + 2] != ["on-call"]  # "remove Hamza from the primary on-call rotation"
            and not lowers[index].endswith(("ing", "ed"))  # "bar Eitan from touching the load balancer"
            and lowers[index + 1 : index + 2] not in ([thing] for thing in ROLE_THINGS)  # "from the deploy channel"
        ):
            return index + 2 if index + 1 < len(lowers) and lowers[index + 1] in POST_PLACES else index + 1
    if at >= len(lowers) or lowers[at] not in ("on", "in", "from", "at"):
        return at
    for index in range(at + 1, min(at + 5, len(lowers))):
        if lowers[index] in POST_PLACES and not (lowers[at] == "from" and lowers[index] in _SERVED_IN):
            return index + 1
        if lowers[index] in NOT_MODIFIERS and lowers[index] != "the":
            break
    return at


def normalize(text: str, people: frozenset[str] = frozenset()) -> Normalized:
    """The text with every person, role and group as one token (see the module docstring);
    `people` are the lowercase words of the session's participants' names and handles."""
    raw = _raw_tokens(text)
    lowers = [lower for _, lower, _, _ in raw]
    out: list[tuple[str, int, int]] = []
    roles: list[int] = []
    firsts: list[int] = []
    index, count = 0, len(raw)
    while index < count:
        _, lower, start, end = raw[index]
        if lower in POSSESSIVES and _role_end(lowers, index) == index:  # "his", "my": someone's
            if lower in FIRST_PERSON:
                firsts.append(len(out))  # "my mistake"; not "our release engineers"
            out += [(PERSON, start, end), ("'s", start, end)]
            index += 1
            continue
        first = raw[index][0][0]
        if lower not in people and lower not in _MAY_START_SOMEONE and not first.isupper() and first != "@":
            out.append((lower, start, end))  # most words: nothing to look at
            index += 1
            continue
        if lower == "them" and index and lowers[index - 1] in THING_VERBS:
            out.append((lower, start, end))  # "cannot read them": the logs, not people
            index += 1
            continue
        token, after, role = _someone(raw, lowers, index, people)
        if token is None and lower in GROUP_HEADS and out and _names_a_group(out[-1][0]):
            roles.append(len(out) - 1)  # "platform team", "DB team": the word before names the group
            out[-1] = (PERSON, out[-1][1], end)
            index += 1
            continue
        if token is None:
            out.append((lower, start, end))
            index += 1
            continue
        if (
            token == PERSON
            and after + 1 < count
            and lowers[after] == "'s"
            and lowers[after + 1] in ROLE_HEADS
            and (after + 2 >= count or lowers[after + 2] not in ACCESS_WORDS)
        ):
            after += 1  # "Chloé's team": the people of the team; not "Haruto's admin rights"
            while after < count and lowers[after] in ROLE_HEADS:
                after += 1
        after = _place_end(lowers, after)
        if lower in RESUMED and _names_again(text, out):
            if out[-1][0] == ",":
                out.pop()
            out[-1] = (PERSON, out[-1][1], raw[after - 1][3])  # "Tariq he always deploys": one subject, said twice
            index = after
            continue
        if role:
            roles.append(len(out))
        if lower in FIRST_PERSON and after == index + 1:
            firsts.append(len(out))  # "I", "we"; not "our release engineers"
        out.append((token, start, raw[after - 1][3]))
        if lower == "whoever":
            out.append(("who", start, raw[after - 1][3]))
        index = after
    if "(" in lowers and any(token == PERSON for token, _, _ in out):  # a name in brackets folds into someone
        out, roles, firsts = _fold_named(out, roles, firsts)
    if "did" in lowers:
        out, roles, firsts = _emphatic_did(out, roles, firsts)
    out, roles, firsts = _carry_subjects(out, roles, firsts)
    tokens = [token for token, _, _ in out]
    starts = tuple(accumulate([len(token) + 1 for token in tokens[:-1]], initial=0)) if tokens else ()
    return Normalized(
        " ".join(tokens),
        tuple((s, e) for _, s, e in out),
        starts,
        frozenset(starts[i] for i in roles) if roles else frozenset(),
        frozenset(starts[i] for i in firsts) if firsts else frozenset(),
    )


def _names_again(text: str, out: list[tuple[str, int, int]]) -> bool:
    """Whether a "he", "she" or "they" just after a name or role ("Tariq he", "the DBA, she") repeats it."""
    before = out[-2:] if out and out[-1][0] == "," else out[-1:]
    if not before or before[0][0] != PERSON or (len(out) > len(before) and out[-len(before) - 1][0] not in _OPENERS):
        return False
    return text[before[0][1] : before[0][2]].lower() not in PRONOUNS


_OPENERS = frozenset([".", "!", "?", ";", ":", "|", ",", "-", "yesterday", "today", "also", "and", "but", "so", "then"])
"""Before a subject said twice: the sentence's start, or a word that opens a clause."""


def _fold_named(
    out: list[tuple[str, int, int]], roles: list[int], firsts: list[int]
) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
    """One person for a mention named again in brackets: "someone (sanjay) dropped the ball", "the on-call
    (Mei) forgot" read as "§ dropped the ball", "§ forgot"; the name in brackets makes it no role."""
    folded: list[tuple[str, int, int]] = []
    moved: dict[int, int] = {}
    named: set[int] = set()
    index = 0
    while index < len(out):
        start = out[index][1]
        moved[index] = len(folded)
        width = _named_after(out, index, firsts)
        if width:
            named.add(index)
            folded.append((PERSON, start, out[index + width - 1][2]))
            index += width
            continue
        folded.append(out[index])
        index += 1
    if not named:
        return out, roles, firsts
    return (
        folded,
        [moved[index] for index in roles if index in moved and index not in named],
        [moved[index] for index in firsts if index in moved],
    )


def _emphatic_did(
    out: list[tuple[str, int, int]], roles: list[int], firsts: list[int]
) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
    """An emphatic "did" and its verb as the plain past: "Rashid did push to prod unreviewed" reads "Rashid pushed to
    prod unreviewed" (one token over both words), so every pattern of the past sees it; "did not", "did it" stay."""
    merged: list[tuple[str, int, int]] = []
    moved: dict[int, int] = {}
    index = 0
    while index < len(out):
        token, start, _ = out[index]
        moved[index] = len(merged)
        if (
            token == "did"
            and index + 1 < len(out)
            and index
            and out[index - 1][0] in _MARKS
            and _plain_verb(out[index + 1][0])
        ):
            merged.append((past_tenses(out[index + 1][0])[0], start, out[index + 1][2]))
            moved[index + 1] = len(merged) - 1
            index += 2
            continue
        merged.append(out[index])
        index += 1
    if len(merged) == len(out):
        return out, roles, firsts
    return merged, [moved[index] for index in roles], [moved[index] for index in firsts]


def _plain_verb(word: str) -> bool:
    """Whether a word after "did" is a verb in its base form ("push", "ignore"), not "not", "it", "nothing", "well"."""
    return (
        word.isalpha()
        and len(word) > 2
        and word not in NOT_MODIFIERS
        and word not in DETERMINERS
        and word not in _NOT_AFTER_DID
        and not word.endswith(("ly", "ing", "ed", "thing"))
    )


_NOT_AFTER_DID = frozenset(
    [
        "mistake",
        "mistakes",
        "error",
        "errors",
        "blunder",
        "typo",
        "wrong",
        "not",
        "never",
        "nothing",
        "anything",
        "everything",
        "something",
        "well",
        "fine",
        "great",
        "good",
        "badly",
        "what",
        "that",
        "this",
        "his",
        "her",
        "their",
        "our",
        "all",
        "both",
        "too",
        "also",
        "say",
        "mean",
        "know",
        "think",
        "kind",
        "sort",
        "kinda",
        "sorta",
        "just",
        "really",
        "actually",
        "totally",
        "maybe",
        "perhaps",
        "still",
        "indeed",
        "somehow",
        "partly",
        "mostly",
        "probably",
        "definitely",
        "certainly",
        "even",
        "once",
        "again",
        "help",
        "try",
        "manage",
        "get",
    ]
)


def _named_after(out: list[tuple[str, int, int]], index: int, firsts: list[int]) -> int:
    """How many tokens from `index` make one named mention: "§ ( § )" (4), or an article and one or two
    words before a name in brackets, "the secondary ( § )" (5 or 6); 0 if none."""
    tokens = [item[0] for item in out[index : index + 6]]
    if tokens[:1] == [PERSON] and tokens[1:4] == ["(", PERSON, ")"] and index + 2 not in firsts:
        return 4
    if tokens[:1] and tokens[0] in _NAMED_ARTICLES:
        for words in (1, 2):
            tail = tokens[1 + words : 4 + words]
            if tail == ["(", PERSON, ")"] and all(word.isalpha() for word in tokens[1 : 1 + words]):
                return 4 + words
    return 0


_NAMED_ARTICLES = frozenset(["the", "our", "their"])


_CLAUSE_ENDS = frozenset([".", "!", "?", ";", ":", "|"])
_BEFORE_VERB = SKIPPED_ADVERBS | frozenset(["always", "really", "definitely", "probably", "obviously", "clearly"])


def _verb_at(out: list[tuple[str, int, int]], at: int, progressive: bool = False) -> int | None:
    """The index of the verb that starts at token `at` (after adverbs such as "then", "just"), if one does;
    `progressive`: an "-ing" word counts too ("the on-call he sleeping and not answer")."""
    while at < len(out) and out[at][0] in _BEFORE_VERB:
        at += 1
    if at >= len(out):
        return None
    word = out[at][0]
    verb = word in VERB_LIKE or (word.endswith("ed") and len(word) > 3) or word.endswith("n't")
    verb = verb or (progressive and word.endswith("ing") and len(word) > 4)
    return at if verb else None


def _subject_of(out: list[tuple[str, int, int]], low: int, high: int) -> int | None:
    """The nearest person before token `high` (back to `low`) that a verb or "who" follows: the clause's subject."""
    for index in range(high - 1, low - 1, -1):
        if (
            out[index][0] == PERSON
            and index + 1 < high
            and (out[index + 1][0] in ("who", "that") or _verb_at(out, index + 1, progressive=True) is not None)
        ):
            return index
    return None


def _carry_subjects(
    out: list[tuple[str, int, int]], roles: list[int], firsts: list[int]
) -> tuple[list[tuple[str, int, int]], list[int], list[int]]:
    """Give a verb joined by "and", "but" or "then" the subject of the verb before it: "yusuf restarted
    every pod at once and nuked the cluster" reads "... and § nuked the cluster", so the second verb is
    judged like the first. The copy keeps what the subject is (a role, the writer: "I restarted the
    wrong pod and forgot to tell anyone" stays the writer's account) and starts where its verb does.
    A sentence that opens with a verb after one the writer is the subject of goes on with the writer:
    "I forgot the WHERE clause. Fat-fingered it." """
    tokens = {token for token, _, _ in out}
    if PERSON not in tokens or (tokens.isdisjoint(CARRIERS) and not (firsts and "." in tokens)):
        return (
            out,
            roles,
            firsts,
        )  # no subject to carry, or no "and" (nor a sentence after the writer's) to carry it over
    copies: dict[int, int] = {}  # index in `out` to insert before -> index of the subject copied
    clause = sentence = 0
    for index, (token, _, _) in enumerate(out):
        if token in _CLAUSE_ENDS:
            if token == "." and firsts and _verb_at(out, index + 1) == index + 1:
                subject = _subject_of(out, sentence, index)
                if subject in firsts:
                    copies[index + 1] = subject  # "I forgot the WHERE clause. Fat-fingered it": still the writer
            clause = index + 1
            if token in ".!?":
                sentence = index + 1
        elif (
            token in CARRIERS
            and index > clause
            and out[index - 1][0] not in CARRIERS
            and _verb_at(out, index + 1) is not None
        ):
            subject = _subject_of(out, clause, index)
            if subject is not None:
                copies[index + 1] = subject
    if not copies:
        return out, roles, firsts
    moved: dict[int, int] = {}
    carried: list[tuple[str, int, int]] = []
    role_set, first_set = set(roles), set(firsts)
    new_roles, new_firsts = [], []
    for index, item in enumerate(out):
        if index in copies:
            subject = copies[index]
            if subject in role_set:
                new_roles.append(len(carried))
            if subject in first_set:
                new_firsts.append(len(carried))
            carried.append((PERSON, item[1], item[1]))
        moved[index] = len(carried)
        carried.append(item)
    new_roles += [moved[index] for index in roles]
    new_firsts += [moved[index] for index in firsts]
    return carried, new_roles, new_firsts
