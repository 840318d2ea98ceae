"""The blameless check on single texts: what is flagged, where, and what it suggests."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.checks import blameless
from facilitator.checks.blame_document import check_document
from facilitator.checks.blame_patterns import ASK_HOW as HOW_Q
from facilitator.checks.blame_patterns import CARE as CARE_Q
from facilitator.checks.blame_patterns import CATCH as CATCH_Q
from facilitator.checks.blame_patterns import COUNTERFACTUAL as COUNTER_Q
from facilitator.checks.blame_patterns import DESTRUCTIVE as DESTRUCTIVE_Q
from facilitator.checks.blame_patterns import FAULT as FAULT_Q
from facilitator.checks.blame_patterns import HINDSIGHT as HINDSIGHT_Q
from facilitator.checks.blame_patterns import JUDGEMENT as JUDGEMENT_Q
from facilitator.checks.blame_patterns import MISTAKE as MISTAKE_Q
from facilitator.checks.blame_patterns import SKIP as SKIP_Q
from facilitator.checks.blame_people import normalize
from facilitator.checks.blame_session import session_flags
from facilitator.checks.blameless import FAMILIES, check_text
from facilitator.model.action import ActionItem
from facilitator.model.debrief import Affirmation, Debrief
from facilitator.model.enums import FindingKind, TimeboxKind
from facilitator.model.event import Correction, TimelineEvent
from facilitator.model.factory import new_session
from facilitator.model.finding import Finding
from facilitator.model.layout import Layout, Timebox
from facilitator.model.parking import ParkingItem
from facilitator.model.roundrobin import Round, RoundNote, RoundRobin
from tests.checks.blameless_cases import BLAME, FINE, HERE, load_cases

T0 = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def phrases(text: str) -> list[str]:
    return [flag.phrase for flag in check_text(text)]


def test_span_covers_the_person_and_the_lapse() -> None:
    text = "At 14:02 the on-call engineer forgot to drain the node."
    (flag,) = check_text(text)
    assert (flag.start, flag.end) == (9, 36)
    assert text[flag.start : flag.end] == flag.phrase == "the on-call engineer forgot"
    assert flag.suggestion == "What made the step easy to skip?"


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        ("Priya forgot the flag.", "Priya forgot", "What made the step easy to skip?"),
        ("He didn't check the dashboard.", "He didn't check", "What did the process not catch?"),
        ("She should have known better.", "She should have known", "What information was missing at that moment?"),
        (
            "Marco should have rolled back sooner.",
            "Marco should have rolled",
            "What made the choice look right at the time?",
        ),
        ("They ignored the warning.", "They ignored", "What made the warning easy to dismiss?"),
        ("Root cause: human error.", "human error", "What made the error easy to make, and what would have caught it?"),
        (
            "The engineer was careless.",
            "The engineer was careless",
            "What about the tools or process made this easy to get wrong?",
        ),
        ("Who broke prod?", "Who broke", "What conditions allowed this outcome?"),
        ("Marco failed to escalate.", "Marco failed to escalate", "What made that step hard to do at the time?"),
        (
            "The DBA failed to escalate.",
            "The DBA failed to escalate",
            "What did the process give that role or team to work with at that moment?",
        ),
    ],
)
def test_each_kind_of_blame_gets_a_fitting_question(text: str, phrase: str, suggestion: str) -> None:
    (flag,) = check_text(text)
    assert (flag.phrase, flag.suggestion) == (phrase, suggestion)


def test_several_flags_in_one_text_come_in_order_without_overlap() -> None:
    text = "Ana forgot the canary; then he was sloppy, and it was human error."
    flags = check_text(text)
    assert [f.phrase for f in flags] == ["Ana forgot", "he was sloppy", "human error"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(flags))
    assert all(text[f.start : f.end] == f.phrase for f in flags)


def test_typographic_apostrophes_are_read_like_plain_ones() -> None:
    assert phrases("She didn’t check the logs.") == ["She didn’t check"]
    assert phrases("He should’ve known.") == ["He should’ve known"]


@pytest.mark.parametrize(
    "text",
    [
        "Priya restarted the pods, which restored logins.",
        "Marco's decision to roll back was right.",
        "Category: human factors",
        "Why did our review process not catch this?",
        "The alert didn't fire.",
        "The deploy failed to roll back.",
        "This was not human error; the two consoles looked the same.",
        "We stopped writing 'human error' as a cause.",
        "How did the team decide to roll back?",
        "",
    ],
)
def test_neutral_text_is_left_alone(text: str) -> None:
    assert check_text(text) == []


def test_the_quick_word_screen_never_hides_a_flag() -> None:
    shapes = [case.text for case in load_cases(HERE / "blameless_shapes.tsv")]
    texts = [*BLAME, *FINE, *shapes, " ".join(BLAME), "SHE DIDN'T CHECK. WHO BROKE PROD?"]
    for text in texts:
        every_word = {*blameless._WORD.compiled.findall(text.lower()), *blameless._TRIGGERS}
        every_word |= {word for family in FAMILIES for word in (*(family.words or ()), *(family.also or ()))}
        full = blameless._flags(text, blameless._spans(text, every_word, frozenset()))
        assert check_text(text) == full, text


@pytest.mark.parametrize(
    "text",
    [
        "Latency back to normal in eu-west, still high in us-east (#12)",
        "Failover to me-south-1 finished; us-west-2 still degraded",
        "us-east-1 was fine, but they blamed us for the outage anyway",
        "The DBA dumped the table on us-east-1 without a backup",
        "ana left us-east-1 half drained and went home",
    ],
)
def test_a_region_named_like_us_or_me_is_no_one_but_the_check_is_unchanged(text: str) -> None:
    """The screen reads "us-east-1" as a region, not a person, so the full check is skipped where
    nobody else is named; the flags are the same as the full check's either way."""
    words = set(blameless._WORD.compiled.findall(text.lower()))
    every_word = {*words, *blameless._TRIGGERS}
    every_word |= {word for family in FAMILIES for word in (*(family.words or ()), *(family.also or ()))}
    full = blameless._flags(text, blameless._spans(text, every_word, frozenset({"ana"})))
    assert check_text(text, frozenset({"ana"})) == full
    assert blameless._may_name_someone(text, words, frozenset()) == ("blamed us" in text or "DBA" in text)


OPENERS = [
    "Decided",
    "Status",
    "Omar",
    "to",
    "broke",
    "page",
    "forgot",
    "Mei",
    "team",
    "3",
    "3.",
    "v2:",
    ".",
    ":",
    "-",
    "\n",
    '"',
    "'s",
    "(",
    "Rolled",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(OPENERS), max_size=8).map(" ".join)
    | st.lists(st.sampled_from([*OPENERS, *FINE]), max_size=6).map(" ".join)
)
def test_the_name_screen_misses_no_one_normalize_finds(text: str) -> None:
    """The cheap look for someone passes over a sentence's plain first word ("Decided to ..."), so text
    with no one in it skips the full check; it must never pass over someone the full check would see."""
    words = set(blameless._WORD.compiled.findall(text.lower()))
    if not blameless._may_name_someone(text, words, frozenset()):
        norm = normalize(text).text
        assert "§" not in norm and "¬" not in norm, norm


def test_a_plain_first_word_is_no_one_but_a_name_that_acts_is_someone() -> None:
    def seen(text: str) -> bool:
        return blameless._may_name_someone(text, set(blameless._WORD.compiled.findall(text.lower())), frozenset())

    assert not seen("Decided to fail over reads to the replica (#12)")
    assert not seen("Status page updated. Decided to wait")
    assert seen("Decided to wait. Omar broke the build")
    assert seen("Omar forgot the page")
    assert seen("at 3. Decided to wait")
    assert phrases("Decided to wait; Omar forgot to page.") == ["Omar forgot"]


def test_a_participant_named_with_letters_beyond_a_to_z_is_found_typed_in_lower_case() -> None:
    people = frozenset({"lucía", "lucia"})
    assert [flag.phrase for flag in check_text("lucía ignored the capacity warning.", people)] == ["lucía ignored"]
    assert [flag.phrase for flag in check_text("Lucía kinda sorta ignored the warning.", people)] != []


def test_check_document_numbers_lines_from_one_with_offsets_in_the_line() -> None:
    text = "Fine first line.\n\nThe on-call forgot to page.\nx; he didn't wait. Also human error."
    flags = check_document(text)
    assert [(f.line, f.phrase) for f in flags] == [
        (3, "The on-call forgot"),
        (4, "he didn't wait"),
        (4, "human error"),
    ]
    assert all(text.splitlines()[f.line - 1][f.start : f.end] == f.phrase for f in flags)
    assert flags[1].start == 3


LAYOUT = Layout(name="one", timeboxes=(Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),))
BLAMING = "He forgot the flag."
NEUTRAL = "The flag was left on."


def session_with(**values):
    return new_session("Outage", "outage", LAYOUT, T0).changed(**values)


def test_session_flags_read_every_typed_text() -> None:
    event = TimelineEvent(
        at=T0,
        text=BLAMING,
        notes=(BLAMING, NEUTRAL),
        corrections=(Correction(field="text", original=BLAMING, corrected=BLAMING, reason=BLAMING),),
    )
    session = session_with(
        summary=BLAMING,
        impact=BLAMING,
        timeline=(event,),
        findings=(
            Finding(kind=FindingKind.CONTRIBUTOR, text=BLAMING, whys=(BLAMING, NEUTRAL), systemic_factor=BLAMING),
        ),
        actions=(ActionItem(title=BLAMING, done_definition=BLAMING, impact=BLAMING),),
        parking=(ParkingItem(text=BLAMING),),
        round_robin=RoundRobin(rounds=(Round(order=("p1",), notes=(RoundNote(participant_id="p1", text=BLAMING),)),)),
        debrief=Debrief(
            went_well=(BLAMING,), affirmations=(Affirmation(person="Ana", what=BLAMING),), lessons=(BLAMING,)
        ),
    )
    # summary, impact; event text, one note, correction + reason; finding, one why, factor;
    # action title, done, impact; parking; round note; went well, thanks, lesson.
    assert len(session_flags(session)) == 2 + 4 + 3 + 3 + 1 + 1 + 3


def test_the_original_of_a_correction_is_not_counted() -> None:
    event = TimelineEvent(
        at=T0, text=NEUTRAL, corrections=(Correction(field="text", original=BLAMING, corrected=NEUTRAL),)
    )
    assert session_flags(session_with(timeline=(event,))) == []


PIECES = [*BLAME, *FINE, "he", "forgot", "didn't", "'", "“", "\n", "Why", "not", "é", "İ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.text(max_size=300))
def test_any_text_gives_ordered_exact_spans_and_never_raises(text: str) -> None:
    flags = check_text(text)
    assert all(text[f.start : f.end] == f.phrase and f.suggestion.endswith("?") for f in flags)
    assert all(a.end <= b.start for a, b in itertools.pairwise(flags))


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "suggestion"),
    [
        ("If Mara had checked the graph, we'd have caught it.", "If Mara had checked", "counterfactual", COUNTER_Q),
        ("Had the on-call read the page, this was a blip.", "Had the on-call read", "counterfactual", COUNTER_Q),
        ("Ines could have prevented the outage.", "Ines could have prevented", "counterfactual", HINDSIGHT_Q),
        ("Nadia was far too slow to respond.", "Nadia was far too slow to respond", "judgement", JUDGEMENT_Q),
        ("The on-call panicked and restarted every node.", "The on-call panicked", "judgement", JUDGEMENT_Q),
        ("Ops was asleep at the wheel.", "Ops was asleep at the wheel", "judgement", JUDGEMENT_Q),
        ("Why didn't anybody check the backups?", "Why didn't anybody check", "accusing question", HOW_Q),
        ("Why would anyone disable the alert?", "Why would anyone disable", "accusing question", HOW_Q),
        ("What were you thinking?", "What were you thinking", "accusing question", HOW_Q),
        (
            "Whoever approved it wasn't paying attention.",
            "Whoever approved it wasn't paying attention",
            "lapse",
            CATCH_Q,
        ),
        ("Nobody bothered to read the alert.", "Nobody bothered", "lapse", SKIP_Q),
        ("QA let the regression through.", "QA let the regression through", "lapse", CATCH_Q),
        ("This one is on the database team.", "This one is on the database team", "fault placed", FAULT_Q),
        (
            "The blame sits with the release manager.",
            "The blame sits with the release manager",
            "fault placed",
            FAULT_Q,
        ),
        ("Carla dropped the ball.", "Carla dropped the ball", "fault placed", MISTAKE_Q),
        ("She blew away the production volume.", "She blew away", "destructive", DESTRUCTIVE_Q),
        ("The platform team broke DNS for everyone.", "The platform team broke", "destructive", DESTRUCTIVE_Q),
        ("You messed the deploy up.", "You messed the deploy up", "destructive", MISTAKE_Q),
        (
            "The on-call should never have restarted it.",
            "The on-call should never have restarted",
            "should have",
            HINDSIGHT_Q,
        ),
        ("You should be more careful with prod.", "You should be more careful", "should have", CARE_Q),
        ("Root cause: human error.", "human error", "blame word", MISTAKE_Q),
    ],
)
def test_each_kind_is_flagged_with_its_span_kind_and_reframe(
    text: str, phrase: str, kind: str, suggestion: str
) -> None:
    (flag,) = check_text(text)
    assert (flag.phrase, flag.kind, flag.suggestion) == (phrase, kind, suggestion)
    assert text[flag.start : flag.end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Flame graphs blamed the streaming code path.",  # blame of a code path is not blame
        "We blamed the cache at first, but the database was the bottleneck.",
        "The retry loop is at fault.",
        "The cron job blew away the temp directory.",
        "Aiko broke the work into three tickets.",  # neutral uses of blaming verbs
        "Carmen took down notes for the whole call.",
        "Olga skipped lunch to keep the bridge running.",
        "The action item is on the platform team's backlog.",
        "Nobody panicked, and the rollback went smoothly.",  # negated or quoted blame
        "It isn't Ivan's fault that the docs were wrong.",
        "This is not on the on-call; the alert went to the wrong rotation.",
        'Saying "he should have known" doesn\'t help anyone.',
        "The question “who broke prod?” never came up.",
        "If Priya hadn't rolled back when she did, the outage would have lasted much longer.",  # credit
        "How did the team decide to roll back?",  # process questions
        "What made restarting the primary look reasonable at the time?",
        "Thanks to the SRE team, recovery took eight minutes.",
    ],
)
def test_hard_negatives_pass(text: str) -> None:
    assert check_text(text) == []


def test_a_flag_needs_a_person_role_or_group() -> None:
    assert phrases("The deploy broke checkout.") == []
    assert phrases("Omar broke checkout.") == ["Omar broke"]
    assert phrases("The deployer broke checkout.") == ["The deployer broke"]
    assert phrases("Someone on the data team broke checkout.") == ["Someone on the data team broke"]
    assert phrases("@omar broke checkout.") == ["@omar broke"]


def test_importing_the_checker_compiles_nothing_and_loads_neither_pydantic_nor_textual() -> None:
    code = (
        "import sys\n"
        "from facilitator.checks import blame_patterns, blameless\n"
        "print(any(f.pattern._compiled is not None for f in blame_patterns.FAMILIES),"
        " 'pydantic' in sys.modules, 'textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "False"]
