"""The blameless check's fourth round: general mechanisms, each pinned by sentences written for it.

blameless_mechanisms.tsv holds, for each mechanism (a hedge's reach, who a clause is about, idioms
in every form, correctives aimed at a person, outcomes put down to someone, habits, careless
manners in either voice, sarcasm, reports and reframing), blaming sentences and hard negatives in
the same words, written for these tests with new names and wording: none comes from an evaluator's
set. The tests below pin the mechanisms themselves where a sentence alone would not show them.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from facilitator.checks.blame_people import normalize, people_words
from facilitator.checks.blame_readings import verb_forms
from tests.checks.blameless_cases import Case, judged_right, load_cases, phrases

NAMES = (
    "Aroha Ngata, Bilal Qureshi, Chen Jing, Efua Mensah, Gaurav Singh, Hana Novak, Ishaan Kapoor, Jomo Kariuki, "
    "Katarzyna Lis, Luis Ortega, Maren Solberg, Nikhil Das, Oksana Bondar, Pita Havili, Quynh Tran, Rashid Al-Amin, "
    "Saoirse Byrne, Tuan Le, Ugo Nwosu, Valentina Greco, Wiremu Tane, Ximena Cruz, Yusra Farouk, Zoltan Varga"
)
"""The session's people in these sentences; their names are found typed in lower case too."""
PEOPLE = people_words(NAMES.split(", "))
flagged = partial(phrases, people=PEOPLE)
PROBE_PEOPLE = people_words(
    [
        *NAMES.split(", "),
        *[
            "Adwoa Asante",
            "Björn Holm",
            "Camille Dubois",
            "Darius Farahani",
            "Eitan Mizrahi",
            "Fiifi Owusu",
            "Greta Jansen",
            "Hamza Idrissi",
            "Ikaika Kealoha",
            "Jun Watanabe",
            "Kalinda Jones",
            "Lwazi Dlamini",
            "Marta Kowalczyk",
            "Nalani Akana",
            "Obinna Eze",
            "Paulo Santos",
            "Rin Takahashi",
            "Sione Tuipulotu",
            "Tamar Cohen",
            "Uzma Siddiqui",
            "Vikram Iyer",
            "Yerlan Abenov",
            "Zara Ahmed",
            "@mika",
            "Orion Castillo",
            "Juno Park",
            "Atlas Mbeki",
        ],
    ]
)
"""The people of the probe batches (blameless_probes.tsv): two casts, and services named like people."""


@pytest.mark.parametrize(
    "case",
    load_cases(Path(__file__).with_name("blameless_mechanisms.tsv")),
    ids=lambda case: f"{case.kind}: {case.text[:40]}",
)
def test_each_mechanism_of_the_fourth_round_is_judged_right(case: Case) -> None:
    assert judged_right(case, PEOPLE)


@pytest.mark.parametrize(
    "case",
    load_cases(Path(__file__).with_name("blameless_probes.tsv")),
    ids=lambda case: f"{case.kind}: {case.text[:40]}",
)
def test_each_probe_sentence_is_judged_right(case: Case) -> None:
    assert judged_right(case, PROBE_PEOPLE)


EVERYDAY_NAMES = people_words(["Mark Li", "Chase Nakamura", "Will Ashby", "May Chen", "Bill Otieno"])
"""A cast whose first names are everyday words, typed in lower case in chat."""


@pytest.mark.parametrize(
    ("text", "blames"),
    [
        ("chase totally screwed the pooch on the cutover", True),
        ("honestly mark has cocked up the dns migration", True),
        ("bill really should have tested it before pushing", True),
        ("will was rushed and skipped the canary", True),
        ("mark has deleted the wrong bucket", True),
        ("the mark has faded from the dashboard", False),
        ("the chase was called off once the queue drained", False),
        ("it may have failed because the disk was full", False),
        ("we will have rolled back by then", False),
        ("the bill was paid late and the account got suspended", False),
    ],
)
def test_a_participant_named_like_an_everyday_word_is_them_past_an_adverb_or_auxiliary(text: str, blames: bool) -> None:
    assert bool(flagged(text, people=EVERYDAY_NAMES)) == blames


def test_a_verb_of_an_idiom_is_matched_in_every_form() -> None:
    assert verb_forms("drop") == "(?:drop|drops|dropped|dropping)"
    assert verb_forms("take") == "(?:take|takes|took|taken|taking)"
    assert verb_forms("cut") == "(?:cut|cuts|cutting)"
    assert verb_forms("have") == "(?:have|has|had|having)"
    assert verb_forms("bury") == "(?:bury|buries|buried|burying)"


def test_someone_named_again_in_brackets_is_one_person_and_no_role() -> None:
    assert normalize("someone (quynh) kind of dropped the ball", PEOPLE).text == "§ kind of dropped the ball"
    named = normalize("The reviewer (Maren) forgot", PEOPLE)
    assert named.text == "§ forgot"
    assert named.roles == frozenset()


def test_a_role_word_before_a_thing_names_no_one() -> None:
    assert normalize("Remind the on-call channel", PEOPLE).text == "remind the on-call channel"
    assert normalize("Remind the on-call engineer", PEOPLE).text == "remind §"


def test_a_hedge_does_not_reach_past_its_but() -> None:
    assert flagged("I don't want to point fingers but it's Zoltan's fault.") == ["Zoltan's fault"]
    assert flagged("It's not Zoltan's fault, but the alert should have paged someone.") == []


def test_a_participant_named_like_a_tool_is_the_tool_when_the_clause_calls_it_its() -> None:
    people = people_words(["Tom Jenkins", "Efua Mensah"])
    assert phrases("Jenkins broke the nightly build when its plugin updated.", people) == []
    assert phrases("Jenkins broke the nightly build when he pushed an untested plugin.", people) != []


def test_a_security_group_is_a_cloud_resource_not_the_security_team() -> None:
    assert normalize("The security group left port 22 open", PEOPLE).text == "the security group left port 22 open"
    assert normalize("The security team left port 22 open", PEOPLE).text == "§ left port 22 open"


def test_a_long_name_is_found_by_its_first_five_letters_as_a_nickname() -> None:
    people = people_words(["Mitchell Brown", "Ana Lee"])
    assert people == {"mitchell", "mitch", "brown", "ana", "lee"}  # short names get no shorter form
    assert phrases("mitch deployed the wrong branch to prod", people) != []
