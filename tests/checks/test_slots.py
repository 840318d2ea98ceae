"""Fair meeting slots: each person's own clock (DST changes, day boundaries, night shifts), and the
burden of early and late slots shared across reviews."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.checks.slots import Burden, burdens, propose_slots
from facilitator.model.enums import SessionStatus, Severity
from facilitator.model.participant import Participant
from facilitator.model.summary import PersonSummary, SessionSummary
from facilitator.model.working_hours import meeting_cost, parse_days_off, parse_hours

HOUR = timedelta(hours=1)


def test_a_meeting_inside_working_hours_costs_nothing() -> None:
    cost = meeting_cost(datetime(2026, 12, 2, 9, 0, tzinfo=UTC), HOUR, "Europe/London")
    assert (cost.outside_minutes, cost.unsocial_minutes, cost.penalty) == (0, 0, 0)
    assert cost.label == "Wed 09:00"


def test_the_local_clock_follows_the_dst_change() -> None:
    # Berlin moves to summer time on Sunday 29 March 2026: 08:00 UTC is 09:00 before and 10:00 after.
    before = meeting_cost(datetime(2026, 3, 27, 7, 30, tzinfo=UTC), HOUR, "Europe/Berlin", days_off=())
    after = meeting_cost(datetime(2026, 3, 30, 7, 30, tzinfo=UTC), HOUR, "Europe/Berlin", days_off=())
    assert before.local_start.hour == 8 and before.outside_minutes == 30
    assert after.local_start.hour == 9 and after.outside_minutes == 0


def test_a_meeting_across_local_midnight_is_night_and_lands_on_the_next_day() -> None:
    cost = meeting_cost(datetime(2026, 12, 2, 14, 30, tzinfo=UTC), HOUR, "Pacific/Auckland")
    assert cost.local_start.date() == date(2026, 12, 3)  # 03:30 on Thursday in Auckland (NZDT, +13)
    assert cost.worst == "night" and cost.unsocial_minutes == 60
    assert cost.label == "Thu 03:30 (night, 60 min outside hours)"


def test_a_day_off_counts_even_in_working_hours() -> None:
    saturday = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    assert meeting_cost(saturday, HOUR, "UTC", days_off=(5, 6)).worst == "day off"
    assert meeting_cost(saturday, HOUR, "UTC", days_off=()).outside_minutes == 0


def test_a_night_shift_runs_past_midnight_and_belongs_to_its_first_day() -> None:
    # 22:00-06:00, Friday off: 02:00 on Saturday is still Friday's shift, so it is off.
    cost = meeting_cost(datetime(2026, 12, 5, 2, 0, tzinfo=UTC), HOUR, "UTC", "22:00-06:00", (4,))
    assert cost.worst == "day off"
    assert meeting_cost(datetime(2026, 12, 3, 2, 0, tzinfo=UTC), HOUR, "UTC", "22:00-06:00", (4,)).outside_minutes == 0


@pytest.mark.parametrize("text", ["9-5", "25:00-26:00", "09:00-09:00", "nine to five"])
def test_bad_working_hours_are_refused_saying_how_to_write_them(text: str) -> None:
    with pytest.raises(ValueError, match="working hours"):
        parse_hours(text)


def test_days_off_read_as_people_write_them() -> None:
    assert parse_days_off("Sat Sun") == (5, 6)
    assert parse_days_off("fri, saturday") == (4, 5)
    assert parse_days_off("none") == ()
    with pytest.raises(ValueError, match="'Funday' is not a weekday"):
        parse_days_off("Funday")


def _people() -> list[Participant]:
    return [
        Participant(name="Ana Lima", tz="America/Sao_Paulo"),
        Participant(name="Kenji Watanabe", tz="Asia/Tokyo"),
        Participant(name="Dana Whitfield", tz="America/Los_Angeles"),
        Participant(name="Priya Raman", tz="Asia/Kolkata"),
        Participant(name="Ben Okafor", tz="Europe/London"),
        Participant(name="Mei Lin", tz="Australia/Sydney"),
    ]


NOW = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


def test_the_best_slots_come_first_each_showing_every_persons_local_time() -> None:
    slots = propose_slots(_people(), NOW, count=3)
    assert len(slots) == 3
    assert [s.score for s in slots] == sorted(s.score for s in slots)
    assert all(s.start >= NOW + timedelta(hours=2) for s in slots)
    assert [p.person.name for p in slots[0].people] == [p.name for p in _people()]
    # Distinct times of day: real alternatives, not the same hour on three days.
    assert len({s.start.time() for s in slots}) == 3


def test_two_people_in_one_zone_get_a_slot_in_their_working_hours() -> None:
    people = [Participant(name="A", tz="Europe/Paris"), Participant(name="B", tz="Europe/Paris")]
    best = propose_slots(people, NOW, count=1)[0]
    assert best.score == 0 and best.outside_minutes == 0


def _review(slug: str, meeting: datetime, people: list[Participant]) -> SessionSummary:
    return SessionSummary(
        slug=slug,
        title=slug,
        severity=Severity.SEV2,
        status=SessionStatus.CLOSED,
        created_at=meeting,
        incident_day=meeting.date(),
        to_detect=None,
        to_resolve=None,
        actions=(),
        findings=(),
        meeting_at=meeting,
        meeting_minutes=60,
        people=tuple(
            PersonSummary(p.name, p.tz, p.home_region, p.working_hours, p.days_off, False, False, 0.0, 0, 0, False, 0)
            for p in people
        ),
    )


def test_earlier_reviews_leave_a_burden_on_whoever_met_at_an_unsocial_hour() -> None:
    people = [Participant(name="Kenji Watanabe", tz="Asia/Tokyo"), Participant(name="Mei Lin", tz="Australia/Sydney")]
    # 21:00 UTC is 06:00 in Tokyo (Kenji took the early slot) and 08:00 in Sydney (before hours, not early).
    history = burdens([_review("last-time", datetime(2026, 11, 24, 21, 0, tzinfo=UTC), people)])
    assert history["kenji watanabe"] == Burden(reviews=1, outside_minutes=60, unsocial_reviews=1, last_unsocial=True)
    assert history["mei lin"] == Burden(reviews=1, outside_minutes=60, unsocial_reviews=0, last_unsocial=False)


def test_a_person_who_had_the_late_slot_last_time_does_not_get_it_again() -> None:
    trio = [
        Participant(name="Dana Whitfield", tz="America/Los_Angeles"),
        Participant(name="Ben Okafor", tz="Europe/London"),
        Participant(name="Kenji Watanabe", tz="Asia/Tokyo"),
    ]
    fresh = propose_slots(trio, NOW, count=1)[0]
    assert fresh.unsocial_people == ("Ben Okafor",), "with no history the cheapest slot is late for London"
    last_time = _review("last-time", fresh.start - timedelta(days=7), trio)
    shared = propose_slots(trio, NOW, burdens([last_time], before=NOW), count=1)[0]
    assert "Ben Okafor" not in shared.unsocial_people
    assert shared.unsocial_people, "someone else takes the inconvenient hour this time"


def test_only_reviews_before_now_count_and_newest_first() -> None:
    tokyo = Participant(name="Kenji Watanabe", tz="Asia/Tokyo")
    early = _review("early", datetime(2026, 11, 10, 21, 0, tzinfo=UTC), [tokyo])
    midday = _review("midday", datetime(2026, 11, 20, 3, 0, tzinfo=UTC), [tokyo])
    future = _review("planned", datetime(2026, 12, 20, 21, 0, tzinfo=UTC), [tokyo])
    found = burdens([early, midday, future], before=NOW)["kenji watanabe"]
    assert found.reviews == 2 and found.unsocial_reviews == 1 and not found.last_unsocial
