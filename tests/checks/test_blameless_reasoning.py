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
from facilitator.checks.blame_readings import past_tenses, readings
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


# -- fourth round: one clause, several voices ------------------------------------------------------


def _actives(text: str) -> list[str]:
    return [active for *_, actives in readings(normalize(text, PEOPLE).text) for active in actives]


def test_a_passive_a_habit_a_cleft_and_a_manner_are_read_as_the_act_they_stand_for() -> None:
    assert _actives("The feature flag was misconfigured by Noa during the cutover.") == [
        "§ misconfigured the feature flag during the cutover"
    ]
    assert _actives("Ravi routinely force-pushes to the release branch.") == ["§ force-pushed to the release branch"]
    assert "§ restarted every broker at once" in _actives("Camila keeps restarting every broker at once.")
    assert _actives("Noa was the one who disabled the canary checks.") == ["§ disabled the canary checks"]
    assert "§ bypassed the review gate" in _actives("Sven showed poor judgement by bypassing the review gate.")
    assert "§ didn't test the restore" in _actives("Sven made things harder by not testing the restore.")


def test_each_voice_is_judged_as_its_active_is() -> None:
    """The same act in two voices gets the same verdict, blame or not."""
    pairs = [
        ("The feature flag was misconfigured by Noa.", "Noa misconfigured the feature flag."),
        (
            "The stale indexes were dropped by Ifeoma during the cleanup.",
            "Ifeoma dropped the stale indexes during the cleanup.",
        ),
        ("Ravi usually force-pushes to main.", "Ravi force-pushed to main."),
        ("Ravi usually checks the dashboards first.", "Ravi checked the dashboards first."),
        ("It was Bartek who restarted the pods.", "Bartek restarted the pods."),
    ]
    for reread, active in pairs:
        assert bool(flagged(reread)) == bool(flagged(active)), reread


def test_the_writer_as_the_person_of_another_voice_is_their_own_account() -> None:
    assert flagged("The config was misconfigured by me during the cutover.") == []
    assert flagged("I always force-push to main, and I should stop.") == []


def test_an_omission_told_as_a_manner_is_a_lapse_unless_it_is_credited() -> None:
    assert flagged("Sven made things harder by not testing the restore.")
    assert flagged("Sven was right in not restarting the primary.") == []
    assert flagged("Sven helped by not touching the primary.") == []


def test_past_tenses_of_a_present_an_ing_form_and_an_irregular_verb() -> None:
    assert past_tenses("force-pushes") == ("force-pushed",)
    assert past_tenses("leaves") == ("left",)
    assert "dropped" in past_tenses("dropping")
    assert "ran" in past_tenses("running")
    assert past_tenses("skips") == ("skipped",)
    assert past_tenses("applies") == ("applied",)


def test_the_writer_is_the_subject_of_a_phrase_that_names_only_them() -> None:
    assert flagged("I fat-fingered the shard count and rolled it back.") == []
    assert flagged("We messed up the TTL, that's on us.") == []
    assert flagged("That one's on Tomi, not the tooling.")
    assert flagged("We all know who pushed that config.")


def test_a_sentence_opener_before_a_participant_is_not_part_of_their_name() -> None:
    assert normalize("Suspend Dario's admin access.", PEOPLE).text == "suspend § 's admin access ."
    assert normalize("Granted, Lena could have caught it.", PEOPLE).text.startswith("granted , § could")


def test_a_token_with_a_colon_or_a_dot_inside_stays_in_its_clause() -> None:
    """ "at 17:05" is one word of the relative clause, not the end of it."""
    assert flagged("The engineer who deployed at 17:05 did not bother to read the diff.")
    assert flagged("The engineer who deployed v2.3 did not bother to read the diff.")


def test_a_report_in_progress_by_someone_else_is_a_report_and_the_writer_s_own_is_a_claim() -> None:
    assert flagged("Folks in the incident channel are already saying Piotr broke it.") == []
    assert flagged("I keep saying Piotr broke it.")


def test_a_conceded_point_answered_by_but_is_not_the_sentence_s_claim() -> None:
    assert flagged("Granted, Lena could have caught it, but nothing on the dashboard showed it.") == []
    assert flagged("Lena could have caught it, but she didn't bother.")
