"""Other readings of a clause: the same act said in the plain active past, so one set of patterns judges every voice.

A passive that keeps its agent ("the pool was misconfigured by Mei"), a habit ("Mei always
force-pushes to main", "keeps force-pushing"), a cleft ("Mei was the one who disabled the check")
and an act told as the manner of something else ("Mei showed poor judgement by bypassing the
gate") each stand for "Mei <did> <the rest>". `readings` gives, for each such clause of the
normalized text, where it is, where its person is and the active sentences it stands for; the
checker flags the clause when its patterns flag one of them. Patterns read the normalized text of
`blame_people` and compile on first use.
"""

from __future__ import annotations

from collections.abc import Iterator

from facilitator.checks.blame_lazy import LazyPattern
from facilitator.checks.blame_lexicon import CREDIT, IRREGULAR_PAST

_REST = r"(?P<rest>[^.!?;|]*)"
_WORD = r"[^ ,;:.!?|§]+"
_WORDS = rf"(?:{_WORD} )"
_PASSIVE = LazyPattern(
    rf"(?<![^ ])(?P<the>the|a|an|our|this|that|§ 's) (?P<thing>{_WORDS}{{0,4}}?)(?:was|were|got|had been|has been"
    r"|have been) (?P<verb>(?!(?:not|never|already|also|then|just)(?![^ ]))[a-z-]+(?:ed|en|wn|ne|t)|made|run|hit|cut"
    rf"|put|set) (?P<middle>{_WORDS}{{0,6}}?)by (?P<agent>§)(?! 's){_REST}"
)
"""A passive with its agent: the thing, the act, what came between, "by §", and the rest of the clause."""
_AUXILIARY = (
    r"(?:did|does|do|has|have|had|didn't|doesn't|don't|hasn't|haven't|hadn't)(?: not| never| even| just)?|never|even"
)
"""What a cleft or a habit may hold before its verb: "the one who did not follow", "the one who has forgotten"."""
_RETOLD = tuple(
    LazyPattern(pattern + rf"(?P<aux> (?:{_AUXILIARY}))? (?P<verb>[a-z][a-z-]+){_REST}")
    for pattern in (
        r"(?P<agent>§) (?:always|constantly|routinely|habitually|repeatedly|regularly|usually|invariably|keeps|keeps on"
        r"|tends to)",
        r"(?P<agent>§) (?:is|was|'s|were|are)(?: (?:[a-z]+ly|always|often|forever|invariably))? (?:the (?:one|ones|person"
        r"|people|guy|team) (?:who|that)|who)",
        r"(?<![^ ])(?:it|this|that) (?:was|is|'s) (?P<agent>§) (?:who|that)",
        r"(?:(?<=^)|(?<=[.!?:;,] ))(?:is|was) (?P<agent>§) (?:who|that)",
        r"(?P<agent>§) (?:has|have|had|is|are|was|were)(?: been)?(?= [a-z-]+ing )",
    )
)
"""The same act retold: a habit ("§ always force-pushes", "§ keeps force-pushing"), a cleft ("§ was the one who
disabled the check", "it was § who disabled it") and another aspect ("§ was deleting the volume by mistake", "§ has
deleting", as non-native English writes it)."""
_MANNER = LazyPattern(
    rf"(?P<agent>§)(?P<before>(?: {_WORD}){{1,8}}?) (?:by|in|for) (?P<not>not |never )?(?P<verb>[a-z][a-z-]+ing){_REST}"
)
"""An act told as the manner of another: "§ showed poor judgement by bypassing the gate", "§ was at fault in
not checking the backup" (read as "§ didn't check the backup")."""


def readings(norm: str) -> Iterator[tuple[int, int, int, tuple[str, ...]]]:
    """(start, end, agent, actives) for each clause of `norm` that another voice can say as
    "§ <did> <the rest>": the clause's span, the offset of its person and the active sentences."""
    if " by " in norm:
        for match in _PASSIVE.compiled.finditer(norm):
            active = _join(match.group("verb"), match.group("the"), match.group("thing"), match.group("middle"))
            yield match.start(), match.end("agent"), match.start("agent"), ("§" + active + _join(match.group("rest")),)
    for match in _MANNER.compiled.finditer(norm):
        if match.group("not"):
            if CREDIT.isdisjoint(
                [*norm[max(0, match.start() - 40) : match.start()].split()[-4:], *match.group("before").split()]
            ):
                rest = _join(match.group("rest"))
                yield (
                    match.start(),
                    match.end("verb"),
                    match.start(),
                    tuple(f"§ didn't {base}{rest}" for base in bases(match.group("verb"))),
                )
        else:
            yield match.start(), match.end("verb"), match.start(), _actives(match.group("verb"), match.group("rest"))
    for pattern in _RETOLD:
        for match in pattern.compiled.finditer(norm):
            actives: tuple[str, ...]
            if match.group("aux"):  # "§ is the one who did not follow": said as "§ did not follow"
                actives = ("§" + _join(match.group("aux"), match.group("verb"), match.group("rest")),)
            else:
                actives = _actives(*match.group("verb", "rest"))
            yield match.start(), match.end("verb"), match.start("agent"), actives


def _join(*parts: str) -> str:
    return "".join(" " + part.strip() for part in parts if part.strip())


def _actives(verb: str, rest: str) -> tuple[str, ...]:
    """ "§ <verb in the past> <rest>" for each past tense `verb` may have: "pushes", "pushing" and
    "push" give "pushed"; "leaves" gives "left"; "dropping" gives "dropped"."""
    return tuple("§" + _join(past, rest) for past in past_tenses(verb))


def past_tenses(verb: str) -> tuple[str, ...]:
    """The past tense of a verb in the present ("leaves", "force-pushes"), the -ing form ("running",
    "bypassing") or the base; a past tense stays as it is. The candidates when the spelling alone
    cannot tell ("using": "used"; "pushing": "pushed")."""
    return tuple(dict.fromkeys(_past(base) for base in bases(verb)))


def bases(verb: str) -> tuple[str, ...]:
    """The base forms a present ("pushes"), an -ing form ("dropping": "drop", "dropp") or a base may stand for."""
    head, dash, last = verb.rpartition("-")
    if last.endswith("ing") and len(last) > 4:
        stem = last[:-3]
        found = [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            found.append(stem[:-1])  # "dropping": "drop"
    elif last.endswith(("ches", "shes", "sses", "xes", "zes")):
        found = [last[:-2]]
    elif last.endswith("ies"):
        found = [last[:-3] + "y"]
    elif last.endswith("s") and not last.endswith("ss"):
        found = [last[:-1]]
    else:
        found = [last]
    return tuple(head + dash + base for base in found)


def _past(base: str) -> str:
    head, dash, last = base.rpartition("-")
    return head + dash + _past_of(last)


def _past_of(base: str) -> str:
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("ed"):
        return base
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"  # "drop", "skip", "ship"
    return base + "ed"


def _doubles(base: str) -> bool:
    """A short verb ending consonant, vowel, consonant doubles its last letter: "dropped", "cutting"; not "jumped"."""
    return len(base) <= 4 and base[-1] in "bdgmnprt" and base[-2] in "aeiou" and base[-3:-2] not in tuple("aeiou")


_PARTICIPLES = {
    "take": "taken",
    "throw": "thrown",
    "fly": "flown",
    "go": "gone",
    "fall": "fallen",
    "bite": "bitten",
    "shake": "shaken",
    "give": "given",
    "drive": "driven",
    "blow": "blown",
    "break": "broken",
    "forget": "forgotten",
    "write": "written",
    "see": "seen",
    "do": "done",
}


def verb_forms(base: str) -> str:
    """An alternation of every form of the verb `base` (for a pattern): "drop" gives drop, drops, dropped,
    dropping; "take" also gives taken; "log-off"-like heads keep their first part ("force-push")."""
    head, dash, last = base.rpartition("-")
    past = _past_of(last)
    if last == "have":
        third = "has"
    elif last.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        third = last[:-1] + "ies"
    else:
        third = last + "s"
    if last.endswith("e") and not last.endswith(("ee", "ye", "oe")):
        ing = last[:-1] + "ing"
    elif _doubles(last):
        ing = last + last[-1] + "ing"  # "drop": "dropping"
    else:
        ing = last + "ing"
    forms = dict.fromkeys([last, third, past, _PARTICIPLES.get(last, past), ing])
    return "(?:" + "|".join(head + dash + form for form in forms) + ")"
