"""The round robin through the review: fair order, passes, absences, proxies, talk time."""

from __future__ import annotations

import pytest

from facilitator.model.enums import TurnOutcome
from facilitator.model.factory import new_session
from facilitator.model.talk_time import talk_by_zone
from facilitator.review import Review
from facilitator.review.refused import Refused
from tests.review.review_samples import LAYOUT, T0, at


def names(review: Review, ids) -> list[str]:
    return [review.session.participant(i).name for i in ids]


def test_a_round_goes_through_everyone_but_the_facilitator_with_the_timebox_prompt(review: Review) -> None:
    review.jump_timebox(1, at(0))
    round_ = review.start_round(at(10))
    assert round_.prompt == "What surprised you?"
    assert names(review, round_.order) == ["Ben Okafor", "Chen Wei"]  # Ana Lima runs the round
    assert names(review, [round_.speaker, round_.up_next]) == ["Ben Okafor", "Chen Wei"]


def test_the_facilitator_joins_the_round_when_asked_or_when_alone(review: Review) -> None:
    round_ = review.start_round(at(10), include_facilitator=True)
    assert names(review, round_.order) == ["Ana Lima", "Ben Okafor", "Chen Wei"]
    alone = Review(new_session("Solo", "solo", LAYOUT, T0))
    alone.add_participant("Ana Lima", tz="UTC", facilitator=True)
    assert names(alone, alone.start_round(T0).order) == ["Ana Lima"]


def test_a_round_before_anyone_joined_is_refused() -> None:
    empty = Review(new_session("Empty", "empty", LAYOUT, T0))
    with pytest.raises(Refused, match="add participants"):
        empty.start_round(T0)
    with pytest.raises(Refused, match="no round has started"):
        empty.next_speaker(T0)


def test_turns_record_outcome_time_proxy_and_notes(review: Review) -> None:
    review.start_round(at(10), "What surprised you?", include_facilitator=True)
    review.round_note("The alert fired before the deploy finished")
    review.next_speaker(at(12))  # Ana spoke 2 minutes
    review.pass_speaker(at(12.5))  # Ben passes
    review.mark_absent(at(13), proxy="Ana Lima")  # Chen is absent; Ana speaks for APAC storage
    current = review.session.round_robin.current
    assert not current.done and current.voiced_by == "Ana Lima", "the proxy gets a turn for Chen's zone"
    assert names(review, [current.speaker]) == ["Chen Wei"]
    assert review.session.round_robin.voiced_seconds(at(14)) == {current.speaker: 60.0}  # counts up
    review.next_speaker(at(15))  # Ana spoke 2 minutes for Chen's zone
    current = review.session.round_robin.current
    assert current.done and current.speaker is None
    assert [(t.outcome, t.seconds, t.proxy) for t in current.turns] == [
        (TurnOutcome.SPOKE, 120.0, ""),
        (TurnOutcome.PASSED, 30.0, ""),
        (TurnOutcome.ABSENT, 30.0, "Ana Lima"),
        (TurnOutcome.SPOKE, 120.0, "Ana Lima"),
    ]
    assert names(review, [current.notes[0].participant_id]) == ["Ana Lima"]
    rr = review.session.round_robin
    assert names(review, rr.spoke()) == ["Ana Lima"], "a proxy turn is not the absent person speaking"
    assert names(review, rr.passed()) == ["Ben Okafor"]
    ana, _, chen = (p.id for p in review.session.participants)
    assert rr.talk_seconds() == {ana: 120.0} and rr.voiced_seconds() == {chen: 120.0}


def test_an_absent_zone_with_no_proxy_is_not_heard(review: Review) -> None:
    from facilitator.model.talk_time import talk_by_zone

    review.start_round(at(0), include_facilitator=True)
    review.next_speaker(at(2))
    review.mark_absent(at(3))  # Ben is absent and nobody speaks for him
    review.mark_absent(at(4), proxy="Ana Lima")  # Chen's zone is voiced by Ana
    review.next_speaker(at(5))
    zones = {z.zone: z for z in talk_by_zone(review.session)}
    ben, chen = review.session.participants[1], review.session.participants[2]
    assert zones[chen.tz].voiced_by == ("Ana Lima",) and zones[chen.tz].seconds == 60.0
    if ben.tz != chen.tz:
        assert zones[ben.tz].seconds == 0.0 and not zones[ben.tz].voiced_by


def test_talk_time_adds_up_over_rounds(review: Review) -> None:
    ana, ben, chen = (p.id for p in review.session.participants)
    review.start_round(at(0), include_facilitator=True)
    review.next_speaker(at(1))
    review.next_speaker(at(4))
    review.next_speaker(at(4.5))
    review.start_round(at(10), "What helped?", order=(ben, ana))
    review.next_speaker(at(12))
    review.next_speaker(at(13))
    assert review.session.round_robin.talk_seconds() == {ana: 120.0, ben: 300.0, chen: 30.0}
    assert len(review.session.round_robin.rounds) == 2


def test_shuffle_keeps_the_speaker_and_reorders_who_waits(review: Review) -> None:
    review.add_participant("Dee Singh", tz="Asia/Kolkata")
    review.add_participant("Eli Cohen", tz="Asia/Jerusalem")
    review.start_round(at(0), include_facilitator=True)
    before = review.session.round_robin.current
    review.shuffle_round(seed=7)
    after = review.session.round_robin.current
    assert after.speaker == before.speaker
    assert sorted(after.waiting) == sorted(before.waiting)
    orders = set()
    for seed in range(10):
        review.shuffle_round(seed=seed)
        orders.add(review.session.round_robin.current.waiting)
    assert len(orders) > 1


def test_the_speaker_limit_must_be_positive(review: Review) -> None:
    review.set_speaker_limit(120)
    review.set_speaker_limit(None)
    assert review.session.round_robin.speaker_limit_seconds is None
    with pytest.raises(ValueError):
        review.set_speaker_limit(0)


def test_an_empty_round_note_is_refused(review: Review) -> None:
    review.start_round(at(0), include_facilitator=True)
    with pytest.raises(Refused, match="a note needs some text"):
        review.round_note("   ")


def test_talk_time_is_summed_per_time_zone_most_first(review: Review) -> None:
    review.add_participant("Dana Cruz", tz=review.session.participants[0].tz)
    review.start_round(at(10), include_facilitator=True)
    review.next_speaker(at(12))  # Ana: 2 minutes
    review.next_speaker(at(13))  # Ben: 1 minute
    review.next_speaker(at(13.5))  # Chen: half a minute
    review.next_speaker(at(16))  # Dana, Ana's zone: 2.5 minutes
    zones = [(z.zone, z.people, z.seconds) for z in talk_by_zone(review.session)]
    by_person = {p.name: p.tz for p in review.session.participants}
    assert zones[0] == (by_person["Ana Lima"], 2, 270.0)
    assert sorted(zones[1:], key=lambda z: -z[2]) == zones[1:]
    assert sum(z[1] for z in zones) == 4
