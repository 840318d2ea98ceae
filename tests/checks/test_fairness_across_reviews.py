"""Fairness across reviews: who facilitates next by region, whose voice is heard by region, the
anonymous pulse (counts only, shown only from three answers), and the CLI that shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.checks.rotation import rotation
from facilitator.checks.voices import voices
from facilitator.cli import main, slot_cmd
from facilitator.model.enums import SessionStatus, Severity
from facilitator.model.pulse import Pulse, average
from facilitator.model.summary import PersonSummary, PulseSummary, SessionSummary
from facilitator.review import Review
from facilitator.store.session_file import load_session
from tests.store.store_samples import LAYOUT, new_file

T0 = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)


def person(
    name: str, tz: str, region: str, *, talk: float = 60.0, led: bool = False, able: bool = False
) -> PersonSummary:
    return PersonSummary(name, tz, region, "09:00-18:00", (5, 6), led, able, talk, 1, 0, True, 1)


def review(slug: str, day: int, people: list[PersonSummary], pulse: PulseSummary | None = None) -> SessionSummary:
    meeting = T0 + timedelta(days=day)
    return SessionSummary(
        slug,
        slug,
        Severity.SEV2,
        SessionStatus.CLOSED,
        meeting,
        meeting.date(),
        None,
        None,
        (),
        (),
        meeting_at=meeting,
        meeting_minutes=60,
        people=tuple(people),
        pulse=pulse,
    )


def test_the_next_facilitator_comes_from_the_region_that_has_not_facilitated() -> None:
    history = [
        review(
            "r1",
            0,
            [
                person("Ana Lima", "Europe/Lisbon", "Europe", led=True, able=True),
                person("Kenji", "Asia/Tokyo", "Asia", able=True),
            ],
        ),
        review(
            "r2",
            7,
            [
                person("Ben Okafor", "Europe/London", "Europe", led=True, able=True),
                person("Dana", "America/Chicago", "America"),
            ],
        ),
    ]
    result = rotation(history)
    assert [(f.name, f.region) for f in result.recent] == [("Ben Okafor", "Europe"), ("Ana Lima", "Europe")]
    assert result.by_region == {"Europe": 2}
    assert result.suggestion is not None and result.suggestion.name == "Kenji"
    assert result.suggestion.region_last_facilitated is None


def test_within_the_regions_the_one_that_facilitated_longest_ago_is_next() -> None:
    history = [
        review("r1", 0, [person("Kenji", "Asia/Tokyo", "Asia", led=True, able=True)]),
        review("r2", 7, [person("Ana Lima", "Europe/Lisbon", "Europe", led=True, able=True)]),
        review(
            "r3",
            14,
            [
                person("Kenji", "Asia/Tokyo", "Asia", able=True),
                person("Ana Lima", "Europe/Lisbon", "Europe", able=True),
            ],
        ),
    ]
    suggestion = rotation(history).suggestion
    assert (
        suggestion is not None
        and suggestion.name == "Kenji"
        and suggestion.region_last_facilitated == date(2026, 11, 2)
    )


def test_nobody_able_to_facilitate_means_no_suggestion() -> None:
    assert rotation([review("r1", 0, [person("Ana", "UTC", "UTC", led=True)])]).suggestion is None


def test_a_region_quiet_review_after_review_is_named_as_a_risk_in_neutral_words() -> None:
    history = [
        review(
            f"r{i}",
            7 * i,
            [person("Ana", "Europe/Lisbon", "Europe", talk=300), person("Kenji", "Asia/Tokyo", "Asia", talk=20)],
        )
        for i in range(3)
    ]
    result = voices(history)
    asia = next(v for v in result.regions if v.region == "Asia")
    assert (asia.seats, asia.talk_seconds, asia.quiet_reviews, asia.spoken_reviews) == (3, 60.0, 3, 3)
    assert len(result.risks) == 1 and result.risks[0].startswith(
        "Asia: a small share of the round-robin talk in 3 of 3"
    )
    assert not any(word in result.risks[0].lower() for word in ("fail", "blame", "fault", "should have"))


def test_early_and_late_slots_are_counted_by_region() -> None:
    # 22:00 UTC: 07:00 in Tokyo (outside hours, not early), 22:00 in London (late).
    late = review("late", 0, [person("Ben", "Europe/London", "Europe"), person("Kenji", "Asia/Tokyo", "Asia")])
    late = late._replace(meeting_at=datetime(2026, 11, 2, 22, 0, tzinfo=UTC))
    counts = {v.region: v.unsocial_slots for v in voices([late]).regions}
    assert counts == {"Europe": 1, "Asia": 0}


def test_the_pulse_keeps_counts_only_and_shows_nothing_under_three_answers() -> None:
    pulse = Pulse().counted(safe=4, useful=5).counted(safe=2, useful=5)
    assert pulse.model_dump() == {"safe": (0, 1, 0, 1, 0), "useful": (0, 0, 0, 0, 2), "answer_ids": ()}
    assert pulse.answers == 2 and average(pulse.safe) is None
    pulse = pulse.counted(safe=3, useful=4)
    assert average(pulse.safe) == 3.0 and average(pulse.useful) == pytest.approx(14 / 3)
    with pytest.raises(ValueError, match="1 to 5"):
        pulse.counted(safe=0, useful=6)


def test_the_pulse_trend_hides_a_review_with_too_few_answers() -> None:
    few = review("few", 0, [], PulseSummary((0, 0, 0, 1, 1), (0, 0, 0, 0, 2)))
    enough = review("enough", 7, [], PulseSummary((0, 0, 1, 1, 1), (0, 0, 0, 1, 2)))
    points = voices([few, enough]).pulse
    assert [(p.session, p.answers, p.safe) for p in points] == [("few", 2, None), ("enough", 3, 4.0)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path


def _six_people(folder: Path) -> Path:
    path = new_file(folder)
    session = load_session(path)
    review_ = Review(session)
    for name, tz in [
        ("Kenji Watanabe", "Asia/Tokyo"),
        ("Priya Raman", "Asia/Kolkata"),
        ("Mei Lin", "Australia/Sydney"),
        ("Dana Whitfield", "America/Los_Angeles"),
    ]:
        review_.add_participant(name, tz=tz)
    path.unlink()
    return new_file(folder, review_.session)


def test_slot_shows_every_persons_local_time_and_pick_sets_the_meeting(folder: Path, capsys, monkeypatch) -> None:
    path = _six_people(folder)
    monkeypatch.setattr(slot_cmd, "utc_now", lambda: datetime(2026, 12, 2, 1, 0, tzinfo=UTC))
    assert main(["slot", "checkout-outage", "--dir", str(folder), "--count", "3"]) == 0
    out = capsys.readouterr().out
    assert out.count("Kenji Watanabe (Asia/Tokyo)") == 3 and "1. " in out and "3. " in out
    assert f"({LAYOUT.total_minutes} min)" in out and "--pick N" in out
    first = out.split("1. ", 1)[1].split(" UTC", 1)[0]
    assert main(["slot", "checkout-outage", "--dir", str(folder), "--count", "3", "--pick", "1"]) == 0
    meeting = load_session(path).meeting_at
    assert meeting is not None and f"{meeting:%a %d %b %H:%M}" == first


def test_slot_past_the_end_of_the_list_says_so_and_changes_nothing(folder: Path, capsys) -> None:
    path = new_file(folder)
    assert main(["slot", "checkout-outage", "--dir", str(folder), "--pick", "9", "--count", "2"]) == 2
    assert "only 2 proposals" in capsys.readouterr().err
    assert load_session(path).meeting_at is None


def test_rotation_and_report_read_the_folder(folder: Path, capsys) -> None:
    new_file(folder)
    assert main(["rotation", "--dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "| Ana Lima | America |" in out and "Nobody is marked as able to facilitate" in out
    assert main(["report", "--dir", str(folder)]) == 0
    report = capsys.readouterr().out
    assert "## Whose voice is heard, by region" in report and "## Who facilitates next" in report
