"""The blameless language check: phrasing that blames a person, and a question to ask instead.

A flag needs blame *and* a person: "Priya forgot to drain the node" is flagged, "the drain
step was skipped" and "the alert didn't fire" are not. Neutral mentions of people
("Priya restarted the pods"), "human factors" as a category and questions about process
pass. Words that blame on their own ("careless", "human error") are flagged wherever
they appear, unless the sentence rejects them ("this was not human error") or quotes them.

The check is a pure function over text, never blocks anything, and is fast: a cheap
keyword scan skips text with nothing to look at before the real patterns run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from facilitator.model.session import Session

SKIP = "What made the step easy to skip?"
CATCH = "What did the process not catch?"
DISMISS = "What made the warning easy to dismiss?"
INFO = "What information was missing at that moment?"
HINDSIGHT = "What made the choice look right at the time?"
TRAIT = "What about the tools or process made this easy to get wrong?"
MISTAKE = "What made the error easy to make, and what would have caught it?"
FAULT = "What conditions allowed this outcome?"
HARD = "What made that step hard to do at the time?"


@dataclass(frozen=True)
class Flag:
    """Blaming phrasing at text[start:end], with a system-focused question to ask instead."""

    start: int
    end: int
    phrase: str
    suggestion: str


@dataclass(frozen=True)
class LineFlag:
    """A flag in a file: 1-based `line`; `start`/`end` are offsets within that line."""

    line: int
    start: int
    end: int
    phrase: str
    suggestion: str


def _compile(pattern: str) -> _LazyPattern:
    """Case-insensitive, verbose, and "didn't" also matches the typographic "didn’t".

    Scanning patterns start with `(?=[a-z])`, which lets the matcher pass over spaces and
    digits without trying every alternative (about twice as fast).
    """
    pattern = pattern.replace("n't", "n['’]t").replace("'ve", "['’]ve")
    return _LazyPattern(pattern, re.IGNORECASE | re.VERBOSE)


class _LazyPattern:
    """A regular expression compiled on first use, so importing the checker (as every form
    of the app does) costs nothing until text is checked."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


# -- who: the subject of a blaming predicate -------------------------------------------

_PRONOUN = r"(?:he|she|you|they)"
_SELF = r"(?:I|we)"
_ROLE = r"""(?:
    (?:(?:the|our|an?|that|this|their|your)\s+
       (?:(?:new|junior|senior|primary|secondary|backup|same|other|responsible)\s+)?
       (?:on[- ]?call(?:\s+(?:engineer|person|responder|developer|sre))?|engineer|developer|dev|sre
        |sysadmin|admin|administrator|dba|intern|new\s+hire|contractor|reviewer|approver|author
        |responder|deployer|release\s+manager|incident\s+commander|manager|team\s+lead|tech\s+lead
        |person|guy|employee|teammate|colleague|coworker|support\s+engineer|[a-z]+\s+team|team)s?)
  | on[- ]?call(?:\s+engineer)? | someone | somebody | whoever | nobody | no\s+one
  | @[\w.-]+
)"""
# A capitalised word; `_is_name` then keeps only those that look like a person's name.
_NAME = r"(?P<name>(?-i:[^\W\d_a-z])[^\W\d_]*(?:['’-][^\W\d_]+)?)"
_FILL = r"""(?:\s+(?:just|simply|clearly|obviously|also|again|then|still|apparently|probably|
    completely|totally|really|somehow|evidently|had|has|have|once\s+again|(?:must|may|might)(?:\s+have|'ve)))*"""
# Who stands right before a predicate (searched in the text just before it).
_SUBJECT_BEFORE = _compile(
    rf"(?:(?<![\w@])(?:{_PRONOUN}|{_ROLE})|\b(?P<self>{_SELF})|\b{_NAME}){_FILL}\s+\Z",
)
_POSSESSOR_BEFORE = _compile(
    rf"(?:\b(?:his|her|their|your|my)|(?<![\w@]){_ROLE}['’]s|\b{_NAME}['’]s)\s+(?:own\s+)?\Z",
)
_LOOK_BACK = 80

# -- what: predicates that blame -------------------------------------------------------

_TRAIT_WORDS = r"careless|sloppy|lazy|negligent|reckless|incompetent|clueless|inattentive|asleep\s+at\s+the\s+wheel"
# Lapses anyone may own up to ("I forgot"), so they count after I and we as well.
_SELF_BLAME = rf"""
    forg[eo]t(?:s|ten)? | neglect(?:ed|s)? | messed\s+up | screwed\s+up | botched | bungled | goofed
  | dropped\s+the\s+ball | blew\s+it | fat[- ]?fingered
  | made\s+(?:a|an|another)\s+(?:\w+\s+)?(?:mistake|error|blunder)
  | (?:didn't|did\s+not|didnt|never)\s+bother(?:ed)? | couldn't\s+be\s+bothered
  | (?:was|were|is|are|been|being|got)\s+(?:(?:so|very|really|too|just|a\s+bit|extremely|being)\s+)?(?:{_TRAIT_WORDS})
  | (?:wasn't|was\s+not|weren't|were\s+not|isn't|is\s+not|not)\s+paying\s+attention
"""
# After didn't: verbs that describe what someone knew or was given, not a lapse.
_NEUTRAL_AFTER_NOT = r"(?:know|have|get|receive|need|expect|mean|want|hesitate|panic|give|hear|lose|break)\b"
_PARTICIPLE = r"(?:been|done|gone|known|seen|run|read|caught|thought|told|kept|sent|made|said|taken|given|[a-z]+ed)\b"
# Blame when a person (not I or we, not a system) is the subject.
_OTHERS_BLAME = rf"""
    overlook(?:ed|s)? | ignor(?:ed|es) | skipped | bothered\s+to | missed\s+(?:the|a|an|that|this|his|her|their)
  | never\s+(?:checked|tested|verified|read|looked|noticed|followed|escalated|updated|reviewed|told|asked|paged
             |responded|replied|acknowledged|answered)
  | fail(?:ed|s)\s+to\s+\w+
  | (?:didn't|did\s+not|didnt)\s+(?!{_NEUTRAL_AFTER_NOT})\w+
  | (?:should|could|ought\s+to)(?:'ve|\s+have)\s+{_PARTICIPLE}
  | (?:broke|caused|took\s+down|brought\s+down)\s+
    (?:prod|production|the\s+(?:site|build|outage|incident|cluster|database|release))
"""
_PREDICATE = _compile(
    rf"(?=[a-z])\b(?:(?P<self_blame>{_SELF_BLAME})|(?P<others_blame>{_OTHERS_BLAME}))\b",
)
# Phrases that stand on their own: a blaming word, a question about who, a possessed fault.
_PHRASE = _compile(
    rf"""(?=[a-z])\b(?:
      (?P<word>
        (?:human|operator|user|pilot)\s+error | pebkac | pebcak | layer[- ]?8\s+(?:issue|problem|error)
      | careless(?:ly|ness)? | sloppy(?!\s+quorum) | sloppily | sloppiness | negligent(?:ly)? | negligence
      | lazy(?![- ](?:load|loading|loaded|eval|evaluation|init|initialization|initialisation|import|iterator))
      | laziness | reckless(?:ly|ness)? | incompeten(?:t|ce) | inattentive | inattention | clueless
      | stupid | idiot(?:ic|s)? | rookie\s+mistake | not\s+paying\s+attention | asleep\s+at\s+the\s+wheel
      | dropped\s+the\s+ball | fat[- ]?finger(?:ed|ing)?
      | should\s+be\s+(?:fired|disciplined|punished|reprimanded|written\s+up)
      | (?<!git\s)blam(?:e|ed|es|ing))
    | (?P<owned>fault|mistake|screw-?up|blunder)
    | (?P<question>
        who\s+(?:broke|caused|messed\s+up|screwed\s+up|dropped\s+the\s+ball|forgot|did\s+this
               |(?:is|was)\s+(?:responsible|to\s+blame))
      | whose\s+fault
      | why\s+(?P<aux>didn't|did\s+not|wasn't|weren't|hadn't|couldn't|did)\s+(?:{_PRONOUN}|{_ROLE}|{_NAME})
        (?P<not>\s+not)?(?:\s+\w+)?)
    )\b""",
)
# A blaming word the sentence rejects or holds at a distance: "not human error",
# "resilient to human error", "rather than 'careless'".
_DISTANCED = _compile(
    r"""(?:\b(?:not|no|never|rather\s+than|instead\s+of|avoid(?:ing|s)?|without|beyond|than
        |resilien\w*\s+to|toleran\w*\s+(?:of|to)|tolerates?|guard(?:s|ing)?\s+against|protect(?:s|ing)?\s+against
        |proof\s+against|forgiving\s+of)|n't)
        (?:\s+(?:just|simply|only|a|an|about|due\s+to|because\s+of|caused\s+by|the\s+result\s+of|blaming))*
        \s*['"“‘]?\s*\Z""",
)
# Each scanning pattern needs one of its words, so text without any is passed over
# quickly (most timeline text); the patterns are the slow part.
_PREDICATE_WORDS = frozenset(
    [
        "forgot",
        "forget",
        "forgets",
        "forgotten",
        "neglect",
        "neglected",
        "neglects",
        "messed",
        "screwed",
        "botched",
        "bungled",
        "goofed",
        "dropped",
        "blew",
        "fingered",
        "made",
        "bother",
        "bothered",
        "careless",
        "sloppy",
        "lazy",
        "negligent",
        "reckless",
        "incompetent",
        "clueless",
        "inattentive",
        "asleep",
        "paying",
        "overlook",
        "overlooked",
        "overlooks",
        "ignored",
        "ignores",
        "skipped",
        "missed",
        "never",
        "failed",
        "fails",
        "didn",
        "didnt",
        "did",
        "should",
        "could",
        "ought",
        "broke",
        "caused",
        "down",
    ]
)
_PHRASE_WORDS = frozenset(
    [
        "human",
        "operator",
        "user",
        "pilot",
        "pebkac",
        "pebcak",
        "layer",
        "careless",
        "carelessly",
        "carelessness",
        "sloppy",
        "sloppily",
        "sloppiness",
        "negligent",
        "negligently",
        "negligence",
        "lazy",
        "laziness",
        "reckless",
        "recklessly",
        "recklessness",
        "incompetent",
        "incompetence",
        "inattentive",
        "inattention",
        "clueless",
        "stupid",
        "idiot",
        "idiotic",
        "idiots",
        "mistake",
        "paying",
        "asleep",
        "dropped",
        "finger",
        "fingered",
        "fingering",
        "should",
        "blame",
        "blamed",
        "blames",
        "blaming",
        "fault",
        "screw",
        "screwup",
        "blunder",
        "who",
        "whose",
        "why",
    ]
)
_WORD = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_QUOTES = {"'": "'", '"': '"', "“": "”", "‘": "’"}

# Capitalised words that start a sentence or name a system or a group, not a person.
_NOT_NAMES = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "someone",
        "somebody",
        "nobody",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "there",
        "then",
        "when",
        "after",
        "before",
        "while",
        "because",
        "since",
        "if",
        "but",
        "and",
        "so",
        "also",
        "still",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "a",
        "an",
        "one",
        "each",
        "every",
        "all",
        "some",
        "most",
        "nothing",
        "everything",
        "everyone",
        "anyone",
        "why",
        "what",
        "how",
        "who",
        "which",
        "where",
        "yesterday",
        "today",
        "tomorrow",
        "later",
        "finally",
        "eventually",
        "again",
        "meanwhile",
        "however",
        "alert",
        "alerts",
        "alerting",
        "alertmanager",
        "monitoring",
        "monitor",
        "deploy",
        "deploys",
        "deployment",
        "deployments",
        "rollback",
        "rollout",
        "failover",
        "replication",
        "replica",
        "backup",
        "backups",
        "cache",
        "database",
        "db",
        "server",
        "servers",
        "service",
        "services",
        "cluster",
        "node",
        "nodes",
        "pod",
        "pods",
        "job",
        "jobs",
        "cron",
        "script",
        "scripts",
        "check",
        "checks",
        "probe",
        "probes",
        "pipeline",
        "build",
        "builds",
        "test",
        "tests",
        "migration",
        "config",
        "canary",
        "traffic",
        "queue",
        "worker",
        "workers",
        "scheduler",
        "autoscaler",
        "runbook",
        "dashboard",
        "pager",
        "page",
        "paging",
        "healthcheck",
        "system",
        "systems",
        "process",
        "review",
        "code",
        "change",
        "patch",
        "update",
        "upgrade",
        "release",
        "feature",
        "flag",
        "request",
        "requests",
        "query",
        "index",
        "table",
        "schema",
        "storage",
        "volume",
        "host",
        "hosts",
        "instance",
        "container",
        "image",
        "agent",
        "daemon",
        "controller",
        "operator",
        "automation",
        "bot",
        "tool",
        "tooling",
        "retry",
        "retries",
        "proxy",
        "gateway",
        "router",
        "firewall",
        "disk",
        "memory",
        "cpu",
        "network",
        "certificate",
        "cert",
        "dns",
        "cdn",
        "api",
        "ci",
        "cd",
        "ssl",
        "tls",
        "bgp",
        "lb",
        "timer",
        "watchdog",
        "terraform",
        "kubernetes",
        "k8s",
        "redis",
        "postgres",
        "postgresql",
        "mysql",
        "nginx",
        "docker",
        "jenkins",
        "kafka",
        "vault",
        "consul",
        "envoy",
        "istio",
        "grafana",
        "prometheus",
        "datadog",
        "sentry",
        "slack",
        "github",
        "gitlab",
        "ansible",
        "chef",
        "puppet",
        "helm",
        "argo",
        "spinnaker",
        "cloudflare",
        "fastly",
        "akamai",
        "google",
        "amazon",
        "aws",
        "gcp",
        "azure",
        "lambda",
        "elasticsearch",
        "mongo",
        "mongodb",
        "cassandra",
        "memcached",
        "celery",
        "sidekiq",
        "airflow",
        "pagerduty",
        "opsgenie",
        "linux",
        "windows",
        "macos",
        "users",
        "customers",
        "clients",
        "people",
        "engineers",
        "responders",
        "developers",
        "admins",
        "teams",
        "support",
        "ops",
        "oncall",
        "checkout",
        "login",
        "logins",
        "search",
        "payments",
        "billing",
        "auth",
        "frontend",
        "backend",
        "web",
        "mobile",
        "app",
        "apps",
        "site",
        "website",
        "staging",
        "production",
        "prod",
    ]
)
_NOT_NAME_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ly")


def _is_name(word: str | None) -> bool:
    """A capitalised word that is not a sentence opener or a system: likely a person."""
    if word is None:
        return True  # the subject was a pronoun or a role, not a name
    lower = word.lower()
    if (len(word) > 1 and word.isupper()) or lower in _NOT_NAMES or lower.endswith(_NOT_NAME_ENDINGS):
        return False
    return not (lower.endswith("ing") and len(lower) > 5)


def _distanced(text: str, start: int, end: int) -> bool:
    """True if the sentence negates or quotes the blaming word at text[start:end]."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _LOOK_BACK), start)), default=0)
    before = text[max(sentence_start, start - _LOOK_BACK) : start]
    if _DISTANCED.search(before):
        return True
    opening = before.rstrip()[-1:]
    return opening in _QUOTES and text[end : end + 1] == _QUOTES[opening]


def _predicate_spans(text: str) -> Iterator[tuple[int, int]]:
    """A person, then a predicate that blames them."""
    for match in _PREDICATE.finditer(text):
        subject = _SUBJECT_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
        if subject is None or not _is_name(subject.group("name")):
            continue
        if subject.group("self") and match.group("others_blame"):
            continue
        yield subject.start(), match.end()


def _phrase_spans(text: str) -> Iterator[tuple[int, int]]:
    """A blaming word, a fault someone owns, a question about who."""
    for match in _PHRASE.finditer(text):
        if match.group("word"):
            if not _distanced(text, match.start(), match.end()):
                yield match.start(), match.end()
        elif match.group("owned"):
            owner = _POSSESSOR_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
            if owner is not None and _is_name(owner.group("name")):
                yield owner.start(), match.end()
        elif _is_name(match.group("name")) and ((match.group("aux") or "").lower() != "did" or match.group("not")):
            yield match.start(), match.end()  # "why did Marco roll back?" asks; "why did Marco not ...?" blames


_SUGGESTIONS: tuple[tuple[_LazyPattern, str], ...] = tuple(
    (_LazyPattern(pattern, re.IGNORECASE), suggestion)
    for pattern, suggestion in (
        (r"known|realized|realised|aware", INFO),
        (r"should|could|ought", HINDSIGHT),
        (r"forg|neglect|skip|bother", SKIP),
        (r"ignor", DISMISS),
        (r"error|mess|screw|botch|bungl|goof|finger|mistake|blunder|ball|blew|pebk|pebc", MISTAKE),
        (
            r"careless|sloppy|sloppi|lazy|lazi|negligen|reckless|incompeten|clueless|inattenti|asleep|stupid|idiot",
            TRAIT,
        ),
        (r"notic|\bsee|saw|catch|caught|check|verif|test|read|look|review|attention|overlook|miss", CATCH),
        (r"fault|blam|broke|caused|down|fired|punish|disciplin|reprimand|written|who", FAULT),
    )
)


def _suggest(phrase: str) -> str:
    return next((s for pattern, s in _SUGGESTIONS if pattern.search(phrase)), HARD)


def check_text(text: str) -> list[Flag]:
    """Every blaming phrase in `text`, in order, none overlapping (the longest wins)."""
    words = set(_WORD.findall(text.lower()))
    spans: list[tuple[int, int]] = []
    if not words.isdisjoint(_PREDICATE_WORDS):
        spans.extend(_predicate_spans(text))
    if not words.isdisjoint(_PHRASE_WORDS):
        spans.extend(_phrase_spans(text))
    return _flags(text, spans)


def _flags(text: str, spans: list[tuple[int, int]]) -> list[Flag]:
    flags: list[Flag] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if flags and start < flags[-1].end:
            continue
        phrase = text[start:end]
        flags.append(Flag(start, end, phrase, _suggest(phrase)))
    return flags


def check_lines(text: str) -> list[LineFlag]:
    """Flags line by line, for a file: 1-based line numbers, offsets within the line."""
    return [
        LineFlag(number, flag.start, flag.end, flag.phrase, flag.suggestion)
        for number, line in enumerate(text.splitlines(), start=1)
        for flag in check_text(line)
    ]


def session_texts(session: Session) -> Iterator[tuple[str, str]]:
    """Every text a person typed into `session`, as (where, text)."""
    yield "summary", session.summary
    yield "impact", session.impact
    for event in session.timeline:
        yield "event", event.text
        for note in event.notes:
            yield "event note", note
        for correction in event.corrections:
            yield "correction", correction.corrected
            yield "correction reason", correction.reason
    for finding in session.findings:
        yield "finding", finding.text
        for why in finding.whys:
            yield "why", why
        yield "systemic factor", finding.systemic_factor
    for action in session.actions:
        yield "action", action.title
        yield "definition of done", action.done_definition
        yield "action impact", action.impact
    for item in session.parking:
        yield "parking lot", item.text
    for round_ in session.round_robin.rounds:
        for round_note in round_.notes:
            yield "round-robin note", round_note.text
    yield from (("went well", text) for text in session.debrief.went_well)
    yield from (("thanks", a.what) for a in session.debrief.affirmations)
    yield from (("lesson", text) for text in session.debrief.lessons)


def session_flag_count(session: Session) -> int:
    """How many blaming phrases the session's typed text holds."""
    return sum(len(check_text(text)) for _, text in session_texts(session))
