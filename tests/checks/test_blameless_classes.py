"""The blameless check's second round: the classes it missed or cried wolf on, one mechanism at a time.

blameless_classes.tsv holds sentences written for each class (sarcasm, role blame, passive agents,
lower-case names, and the reported, negated and reframed blame it flagged) with hard negatives in
the same words; the tests below pin each mechanism with a pair that differs only where it matters.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from facilitator.checks import blameless
from facilitator.checks.blame_people import normalize, people_words
from facilitator.checks.blameless import check_text
from tests.checks.blameless_cases import Case, judged_right, load_cases, phrases

PEOPLE = people_words(
    [
        "Kwame Mensah",
        "Mei Lin",
        "Ilya Petrov",
        "Priya Raman",
        "Nguyen Van An",
        "Will Park",
        "May Tan",
        "Bogdan Ionescu",
        "Emre Kaya",
        "Tomasz Nowak",
        "Ingrid Berg",
        "Liang Wei",
        "Yaw Boateng",
        "Farah Haddad",
        "Siddharth Rao",
        "Mateo Rojas",
        "Lars Nilsson",
        "Zainab Bello",
        "Haruto Sato",
        "Sofía Pérez",
        "Dariusz Kowalski",
        "Anjali Mehta",
        "Tevita Taufa",
        "Ngozi Okafor",
        "Oluwaseun Adeyemi",
        "Aiyana Redcloud",
    ]
)
CLASSES = load_cases(Path(__file__).with_name("blameless_classes.tsv"))


flagged = partial(phrases, people=PEOPLE)


@pytest.mark.parametrize("case", CLASSES, ids=lambda case: f"{case.kind}: {case.text[:40]}")
def test_each_class_written_for_the_second_round_is_judged_right(case: Case) -> None:
    assert judged_right(case, PEOPLE)


@pytest.mark.parametrize(
    ("blaming", "clean"),
    [
        # ironic thanks says what it cost; sincere thanks says what it saved
        (
            "Thanks to Emre, we all got to spend Saturday restoring backups.",
            "Thanks to Emre, the rollback took two minutes.",
        ),
        # scare quotes around a claim of care or smallness, next to the person
        (
            'Ingrid\'s "small tweak" took down login for an hour.',
            'The "expert mode" toggle was added by Liang last week.',
        ),
        # praise for a decision whose act is harm
        ("Smart move, Yaw, deploying during the freeze.", "Great call by Mei to roll back early."),
        # a marker of irony needs someone and an outcome
        ("Nailed it, Bogdan. Both regions down at once.", "Nailed it, Ingrid, the comms were perfect."),
        # thanks for the incident is irony; thanks for the incident notes is thanks
        ("Thanks to the DB team for the 3am incident.", "Huge thanks to Priscilla for the clear incident notes."),
    ],
)
def test_sarcasm_is_told_from_sincere_praise_by_what_it_is_about(blaming: str, clean: str) -> None:
    assert flagged(blaming)
    assert flagged(clean) == []


@pytest.mark.parametrize(
    ("blaming", "clean"),
    [
        (
            "The rollback was blocked by the DBA for over an hour.",
            "The deploy was blocked by the security team pending review.",
        ),
        (
            "The prod database was wiped, by Emre of course.",
            "The stale buckets were deleted by farah during the cleanup.",
        ),
        (
            "Production was taken down by a single command from the intern.",
            "Traffic was shifted to eu-west by the load balancer at 14:03.",
        ),
        ("The replica was promoted too early by Mateo.", "The replica was promoted by the DBA at 14:31."),
        (
            "A config pushed by the on-call without review took down checkout.",
            "The rollback was requested by the IC and done by Mei.",
        ),
    ],
)
def test_a_passive_keeps_its_agent_only_when_the_act_is_told_as_harm(blaming: str, clean: str) -> None:
    assert flagged(blaming)
    assert flagged(clean) == []


def test_a_group_named_without_the_is_someone() -> None:
    assert normalize("platform team took checkout down").text == "§ took checkout down"
    assert normalize("we paged the team").text == "§ paged §"
    assert flagged("DBA team they not watching the replication.")


def test_on_call_typed_as_two_words_is_a_role() -> None:
    assert normalize("The on call missed the first alert").text == "§ missed the first alert"


def test_chat_contractions_without_the_apostrophe_read_as_contractions() -> None:
    assert flagged("mateo didnt even check the canary") == ["mateo didnt even check"]
    assert flagged("ingrid was supposed to renew the cert and didnt")


def test_a_participant_named_like_an_everyday_word_is_found_where_the_word_could_not_stand() -> None:
    assert flagged("an skipped the canary again") == ["an skipped"]
    assert flagged("will forgot to renew the cert") == ["will forgot"]
    assert flagged("an added bonus: the cache will forget stale keys") == []


def test_a_handle_typed_without_its_at_sign_is_the_participant() -> None:
    people = people_words(["@ilya.k"])
    assert [flag.phrase for flag in check_text("ilya.k broke prod again", people)] == ["ilya.k broke"]
    assert check_text("Node.js crashed the server.", people) == []


def test_an_aside_between_subject_and_verb_does_not_hide_the_subject() -> None:
    assert flagged("Kwame, who was on call that night, forgot to drain the node.")
    assert flagged("The DB team, as usual, ignored the ticket.")


@pytest.mark.parametrize(
    "text",
    [
        "Was the on-call careless? No. The page was silent.",
        "Kwame blamed himself, but the tool gave him no warning.",
        "Kwame is the last person I'd call careless.",
        "Nobody noticed for an hour because the alert went to a muted channel.",
        "None of the responders were careless.",
        "Who broke it is the wrong question.",
    ],
)
def test_blame_the_sentence_answers_no_to_turns_on_itself_or_explains_by_the_system_passes(text: str) -> None:
    assert flagged(text) == []


def test_plain_timeline_text_is_passed_over_without_running_a_pattern() -> None:
    """Common words ("on-call", "and", "from", "because", "it") are no family's trigger, so the word screen
    still passes over most timeline text in a few microseconds."""
    text = "At 14:02 the on-call engineer on the platform team drained node four before the kernel upgrade began."
    words = set(blameless._WORD.compiled.findall(text.lower()))
    assert blameless._families_for(words) == []
    for common in ("and", "from", "because", "it", "on", "call", "as", "by", "for"):
        assert blameless._families_for({common}) == [] or common == "by", common
