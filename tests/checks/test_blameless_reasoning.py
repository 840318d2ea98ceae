"""The blameless check's third round: how it reasons about a sentence, not which words it knows.

blameless_reasoning.tsv holds sentences written for each mechanism with hard negatives in the same
words (none comes from an evaluator's set); the tests below pin the mechanisms themselves on the
normalized text the patterns read, and on pairs that differ only where it matters.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from facilitator.checks.blame_document import check_document
from facilitator.checks.blame_people import normalize, people_words
from tests.checks.blameless_cases import Case, judged_right, load_cases, phrases

NAMES = (
    "Fatou Diallo, Thabo Nkosi, Keoni Kahale, Rangi Parata, Ayşe Yıldız, Hiroshi Tanaka, "
    "Lucía Fernández, Ivo Marić, Noor Hassan, Sami Laine, Wen Zhao, Dario Russo, Olek Kowal, "
    "Bruno Silva, Amara Obi, Jae Kim, Kofi Boateng, Lena Vogel, Raj Patel, Tomi Adeyemi, Nadia Karim, "
    "Elan Cohen, Piotr Wójcik, Sven Lund, Mira Shah, Yara Haddad, Ole Berg, Chidi Okeke, "
    "Ana Lucía Torres, Hamid Rahimi, Ingeborg Dahl, Joon-ho Lee, Gustavo Pereira, Leilani Kahale, "
    "Mateusz Zielinski, Zanele Mbeki, Tariku Bekele, Søren Nielsen, Mahala Begay, Noa Levi, "
    "Bartek Nowak, Ifeoma Eze, Ravi Menon, Camila Rojas"
)
"""The session's people in these sentences, from many places; their names are found typed in lower case too."""
PEOPLE = people_words(NAMES.split(", "))
flagged = partial(phrases, people=PEOPLE)


@pytest.mark.parametrize(
    "case",
    load_cases(Path(__file__).with_name("blameless_reasoning.tsv")),
    ids=lambda case: f"{case.kind}: {case.text[:40]}",
)
def test_each_shape_of_the_third_round_is_judged_right(case: Case) -> None:
    assert judged_right(case, PEOPLE)


def test_a_verb_joined_by_and_keeps_the_subject_of_the_verb_before_it() -> None:
    assert normalize("fatou rebooted the gateway and blew away the store", PEOPLE).text == (
        "§ rebooted the gateway and § blew away the store"
    )
    assert flagged("Thabo ran the migration, then forgot to re-enable the replica.")
    # a second clause with its own subject, or a noun after "and", gets none
    assert normalize("Thabo rebooted the gateway and the sessions recovered", PEOPLE).text == (
        "§ rebooted the gateway and the sessions recovered"
    )
    assert flagged("Thabo rebooted the gateway and the sessions recovered.") == []


def test_the_writer_stays_the_writer_across_and() -> None:
    """The copied subject keeps what it is: "I ... and forgot" is the writer's own account."""
    assert flagged("I restarted the worker and forgot to note the time.") == []
    assert flagged("Keoni restarted the worker and forgot to note the time.")


def test_a_subject_said_twice_is_one_subject() -> None:
    assert normalize("Hiroshi he not check the disk alert", PEOPLE).text == "§ not check the disk alert"
    assert normalize("Rangi, he delete the bucket", PEOPLE).text == "§ delete the bucket"
    # an object followed by a subject pronoun is two people
    assert normalize("We told Rangi she could roll back", PEOPLE).text == "§ told § § could roll back"


def test_people_in_general_are_no_one() -> None:
    assert flagged("That tab is one most engineers never open.") == []
    assert flagged("Some people blamed Hamid in the channel; we asked them to stop.") == []
    assert flagged("Some people never read the release notes.") == []


def test_a_process_named_like_a_group_is_no_group() -> None:
    assert "§" not in normalize("the change management training").text
    assert normalize("customer support ignored the tickets").text == "customer § ignored the tickets"


def test_a_participant_with_a_hyphen_is_found_in_lower_case() -> None:
    assert flagged("joon-ho never tests anything") == ["joon-ho never tests"]


def test_a_frame_counts_only_when_someone_else_holds_the_view() -> None:
    assert flagged("In my view the release captain rushed the go/no-go.")
    assert flagged("In the vendor's view the release captain rushed the go/no-go.") == []


def test_a_denial_withdraws_a_report_but_not_a_promise() -> None:
    assert flagged("Someone said Keoni forgot the flag, but he didn't.") == []
    assert flagged("Keoni said he would rotate the token, but he didn't.")
    assert flagged("The on-call must check the dashboard but he did not.")


@pytest.mark.parametrize(
    ("blaming", "clean"),
    [
        # praise that does not fit what went wrong, and praise for what saved the day
        (
            "Fantastic job by Kofi, only two regions down this time.",
            "Fantastic job by Kofi, the region was back in minutes.",
        ),
        (
            "Big thanks to ops for keeping us up all night.",
            "Big thanks to ops for staying up all night to restore service.",
        ),
        (
            "Wow, the on-call really jumped on that page. Three hours later.",
            "Wow, the on-call jumped on that page at once.",
        ),
        # an act at a time it should not run, and the same act in its window
        (
            "The DBA dropped the old index during the morning rush.",
            "The DBA dropped the old index during the planned window.",
        ),
        # a consequence put on a person, and a result credited to them
        (
            "Keoni skipped the dry run, and that is why we had the outage.",
            "Keoni ran the dry run, which is why the outage was short.",
        ),
        # a habit with a lapse in it, and a habit without one
        (
            "Rangi keeps merging hotfixes without waiting for CI.",
            "Lucía keeps writing incident notes without being asked.",
        ),
        # an act that explains itself is no mistake
        (
            "The DBA ran the cleanup against the wrong database.",
            "The DBA ran the cleanup against the wrong database because the two hosts shared a name.",
        ),
    ],
)
def test_pairs_that_differ_only_where_it_matters(blaming: str, clean: str) -> None:
    assert flagged(blaming)
    assert flagged(clean) == []


def test_a_word_hyphenated_across_a_hard_wrap_is_read_whole() -> None:
    flags = check_document("The reviewer rubber-\nstamped the change.\n", PEOPLE)
    assert [flag.line for flag in flags] == [1]
