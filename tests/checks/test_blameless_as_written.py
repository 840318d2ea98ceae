"""The blameless check on text as people really write it: the false alarms and misses of issue 22.

Each sentence quoted in the issue is a case here; each failed on the checker before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.checks.blame_document import check_document, sentences
from facilitator.checks.blame_people import people_words
from facilitator.checks.blameless import check_text
from tests.checks.blameless_cases import Case, load_cases

PEOPLE = people_words(["Mei Chen", "Ilya Sorokin", "@thandiwe.n", "Will Park"])
SHAPES_PEOPLE = people_words(
    [
        "Mei Lin",
        "Ilya Petrov",
        "Kwame Mensah",
        "Yusuf Demir",
        "Chloé Martin",
        "Thandiwe Mokoena",
        "Marcus Oyelaran",
        "Priya Raman",
        "Tavita Faleolo",
        "Kenji Watanabe",
        "Dmitri Volkov",
    ]
)
SHAPES = load_cases(Path(__file__).with_name("blameless_shapes.tsv"))


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised service or metric before "error"
        "Kinesis error rate dropping",
        "Invoke error rate above 1%",
        "Cognito error rate back to baseline",
        # systems, a gap in the system, praise
        "errors show on hosts we didn't touch",
        "I had no idea when the service would be back",
        "the team did not rush the restart",
        "support on shift had never used it",
        # a first-person account without judgement
        "I did not file the ticket because the alert had auto-resolved",
        # reported or quoted blame being discussed, negation outside the clause, reframing
        "the draft said the on-call was careless; we dropped that",
        "I don't think it's fair to say the DBAs missed this",
        "instead of asking why she missed it, we asked what the dashboard showed",
        "I'm not saying Mei forgot; the step was not in the runbook.",
        # the session's people named for what they did
        "mei restarted the pods at 14:20",
        "will we page the database team?",
    ],
)
def test_normal_incident_text_is_not_flagged(text: str) -> None:
    assert check_text(text, PEOPLE) == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # passive voice that keeps the agent
        (
            "the config was pushed without review by the on-call",
            "was pushed without review by the on-call",
            "passive agent",
        ),
        ("the table was deleted by Thandiwe", "was deleted by Thandiwe", "passive agent"),
        ("The alert was ignored by ops for an hour.", "was ignored by ops", "passive agent"),
        # action items aimed at a person
        ("Make sure Priya actually reads the runbook", "Make sure Priya actually reads", "aimed at a person"),
        ("Kofi must get retrained", "Kofi must get retrained", "aimed at a person"),
        ("have a word with Dmitri", "have a word with Dmitri", "aimed at a person"),
        # habits in the present tense, promises not kept
        ("he doesn't follow the checklist", "he doesn't follow", "lapse"),
        (
            "Ana was supposed to rotate the keys and never did",
            "Ana was supposed to rotate the keys and never did",
            "habit",
        ),
        ("Ravi keeps taking prod down", "Ravi keeps taking prod down", "habit"),
        # names typed in lower case: the session knows its people
        ("mei forgot to drain the node", "mei forgot", "lapse"),
        ("ilya skipped the canary", "ilya skipped", "lapse"),
        # a hedge between subject and verb
        ("she kind of forgot", "she kind of forgot", "lapse"),
        # blame placed, caused, destroyed, judged
        ("the blame lies with the DBA team", "the blame lies with the DBA team", "fault placed"),
        ("Oluwaseun caused the outage", "Oluwaseun caused the outage", "caused"),
        ("Sven stuffed up the migration", "Sven stuffed up", "destructive"),
        ("the rollout was amateurish", "amateurish", "blame word"),
        # sarcasm
        ("great job, team, really", "great job, team, really", "sarcasm"),
        ('the change was "tested" before it shipped', 'was "tested"', "sarcasm"),
        # non-native phrasing
        ("he don't read the alerts", "he don't read", "lapse"),
    ],
)
def test_blame_as_people_write_it_is_flagged(text: str, phrase: str, kind: str) -> None:
    (flag,) = check_text(text, PEOPLE)
    assert (flag.phrase, flag.kind) == (phrase, kind)
    assert flag.suggestion.endswith("?")


def test_a_lower_case_name_is_someone_only_when_the_session_knows_them() -> None:
    assert check_text("mei forgot to drain the node") == []
    assert [f.phrase for f in check_text("mei forgot to drain the node", PEOPLE)] == ["mei forgot"]


def test_a_participant_named_like_an_everyday_word_is_found_only_when_written_as_a_name() -> None:
    assert check_text("the cache will forget stale keys after an hour", PEOPLE) == []
    assert [f.phrase for f in check_text("Then Will forgot the flag.", PEOPLE)] == ["Will forgot"]


def test_a_phrase_split_across_a_hard_wrapped_line_is_found_on_its_first_line() -> None:
    draft = "## What happened\n\nAt 14:02 the config change was rolled out and the on-call\nforgot to drain node four before the upgrade.\n"
    (flag,) = check_document(draft)
    assert (flag.line, flag.phrase) == (3, "the on-call forgot")
    assert draft.splitlines()[2][flag.start : flag.end] == "the on-call"


def test_list_items_and_chat_lines_are_not_joined_into_one_sentence() -> None:
    chat = "14:02 mei: restarting the pods\n14:03 ilya: checked the dashboard\n"
    assert check_document(chat, PEOPLE) == []
    notes = "- Mei\n- forgot-me-not is the name of the cache\n"
    assert check_document(notes, PEOPLE) == []


def test_sentences_are_cut_at_full_stops_but_not_after_abbreviations_versions_or_times() -> None:
    text = "We saw it at 14.02 on v1.2, e.g. in the logs. Dr. Ade paged us! Why? Done"
    cut = [text[low:high].strip() for low, high in sentences(text)]
    assert cut == ["We saw it at 14.02 on v1.2, e.g. in the logs.", "Dr. Ade paged us!", "Why?", "Done"]


@pytest.mark.parametrize("case", SHAPES, ids=lambda case: case.text[:40])
def test_the_shapes_written_while_fixing_it_stay_fixed(case: Case) -> None:
    assert bool(check_text(case.text, SHAPES_PEOPLE)) == case.blame
