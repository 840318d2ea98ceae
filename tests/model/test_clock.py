"""The agenda clock as a pure state machine: every instant is handed in, nothing sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.model.clock import AgendaClock, BoxTime, ClockState
from facilitator.model.enums import TimeboxKind
from facilitator.model.layout import Layout, Timebox

T0 = datetime(2026, 3, 22, 15, 0, tzinfo=UTC)
LAYOUT = Layout(
    name="three",
    timeboxes=(
        Timebox(kind=TimeboxKind.FRAMING, title="Framing", minutes=5),
        Timebox(kind=TimeboxKind.TIMELINE, title="Timeline", minutes=20),
        Timebox(kind=TimeboxKind.DEBRIEF, title="Debrief", minutes=10),
    ),
)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def clock() -> AgendaClock:
    return AgendaClock.for_layout(LAYOUT)


def test_a_fresh_clock_has_one_box_per_timebox_and_has_not_started(clock: AgendaClock) -> None:
    assert [box.planned_seconds for box in clock.boxes] == [300, 1200, 600]
    assert clock.state(T0) is ClockState.NOT_STARTED
    assert clock.remaining(at(30)) == 300
    assert clock.meeting_started_at is None


def test_start_counts_down_the_current_box(clock: AgendaClock) -> None:
    running = clock.start(T0)
    assert running.running and running.meeting_started_at == T0
    assert running.remaining(at(1)) == 240
    assert running.elapsed(at(1)) == 60
    assert running.state(at(1)) is ClockState.RUNNING
    assert running.start(at(1)) is running  # starting twice changes nothing


def test_pause_freezes_the_time_and_resume_continues(clock: AgendaClock) -> None:
    paused = clock.start(T0).pause(at(1))
    assert not paused.running
    assert paused.state(at(10)) is ClockState.PAUSED
    assert paused.remaining(at(10)) == 240
    resumed = paused.start(at(10))
    assert resumed.remaining(at(11)) == 180
    assert resumed.meeting_started_at == T0
    assert resumed.toggle(at(12)).remaining(at(30)) == 120


def test_two_minutes_left_is_a_warning_then_negative_remaining_is_an_overrun(clock: AgendaClock) -> None:
    running = clock.start(T0)
    assert running.state(at(2.9)) is ClockState.RUNNING
    assert running.state(at(3)) is ClockState.WARNING
    assert running.state(at(5)) is ClockState.WARNING
    assert running.remaining(at(6)) == -60
    assert running.state(at(6)) is ClockState.OVERRUN
    assert running.pause(at(6)).state(at(7)) is ClockState.OVERRUN


def test_extend_adds_minutes_to_the_current_box_only(clock: AgendaClock) -> None:
    extended = clock.start(T0).extend(5)
    assert extended.remaining(at(6)) == 240
    assert extended.state(at(6)) is ClockState.RUNNING
    assert extended.boxes[1].budget_seconds == 1200
    with pytest.raises(ValueError, match="positive number of minutes"):
        clock.extend(0)


def test_next_and_previous_move_between_boxes_keeping_each_boxs_time(clock: AgendaClock) -> None:
    second = clock.start(T0).next(at(4))
    assert second.current == 1 and second.running
    assert second.elapsed(at(10), index=0) == 240
    assert second.remaining(at(10)) == 1200 - 360
    first_again = second.previous(at(10))
    assert first_again.current == 0
    assert first_again.remaining(at(10)) == 60  # the 4 minutes spent before still count
    assert first_again.boxes[1].elapsed_seconds == 360
    assert first_again.previous(at(10)).current == 0


def test_moving_while_paused_stays_paused(clock: AgendaClock) -> None:
    moved = clock.next(T0)
    assert moved.current == 1 and not moved.running
    assert moved.state(at(5)) is ClockState.NOT_STARTED


def test_jump_goes_to_any_box_and_refuses_one_that_does_not_exist(clock: AgendaClock) -> None:
    jumped = clock.start(T0).jump(2, at(1))
    assert jumped.current == 2 and jumped.running
    assert jumped.boxes[2].visited
    assert jumped.remaining(at(3)) == 480
    with pytest.raises(ValueError, match="no timebox 4: the agenda has 3"):
        clock.jump(3, T0)
    with pytest.raises(ValueError, match="no timebox"):
        clock.jump(-1, T0)


def test_meeting_remaining_counts_every_budget_less_every_second_spent(clock: AgendaClock) -> None:
    assert clock.meeting_remaining(T0) == 35 * 60
    running = clock.start(T0).next(at(7)).extend(5)
    assert running.meeting_remaining(at(10)) == (35 + 5 - 10) * 60


def test_finishing_after_the_last_box(clock: AgendaClock) -> None:
    last = clock.start(T0).jump(2, at(5))
    done = last.next(at(15))
    assert done.finished and not done.running
    assert done.state(at(20)) is ClockState.FINISHED
    assert done.elapsed(at(20), index=2) == 600
    assert done.meeting_remaining(at(20)) == 35 * 60 - 15 * 60
    reopened = done.previous(at(20))
    assert not reopened.finished and reopened.current == 1


def test_recover_counts_the_time_closed_as_paused(clock: AgendaClock) -> None:
    running = clock.start(T0)
    recovered, closed = running.recover(last_alive=at(2), now=at(32))
    assert closed == timedelta(minutes=30)
    assert recovered.running
    assert recovered.elapsed(at(32)) == 120
    assert recovered.remaining(at(33)) == 120


def test_recover_leaves_a_paused_clock_alone(clock: AgendaClock) -> None:
    paused = clock.start(T0).pause(at(1))
    assert paused.recover(at(2), at(60)) == (paused, timedelta(0))


def test_recover_never_reports_negative_closed_time(clock: AgendaClock) -> None:
    recovered, closed = clock.start(T0).recover(last_alive=at(5), now=at(4))
    assert closed == timedelta(0)
    assert recovered.running


# -- issue 18: the clock tells the truth about the meeting ------------------------------


def test_going_back_from_a_box_with_time_left_does_not_mark_it_done() -> None:
    clock = AgendaClock(boxes=(BoxTime(planned_seconds=300), BoxTime(planned_seconds=600))).start(T0)
    clock = clock.next(T0 + timedelta(minutes=4)).previous(T0 + timedelta(minutes=6))
    now = T0 + timedelta(minutes=6)
    assert clock.current == 0 and not clock.done(1, now), "box 2 had 8 minutes left"
    clock = clock.next(now)
    assert clock.done(0, now)


def test_the_projected_end_moves_with_an_extension_and_back_when_later_boxes_pay() -> None:
    layout = Layout(
        name="two",
        timeboxes=(
            Timebox(kind=TimeboxKind.FRAMING, title="a", minutes=10),
            Timebox(kind=TimeboxKind.TIMELINE, title="b", minutes=20),
        ),
    )
    clock = AgendaClock.for_layout(layout).start(T0)
    assert clock.booked_end(layout, T0) == T0 + timedelta(minutes=30)
    now = T0 + timedelta(minutes=2)
    assert clock.projected_end(now) == T0 + timedelta(minutes=30)
    extended = clock.extend(5)
    assert extended.projected_end(now) == T0 + timedelta(minutes=35)
    paid = extended.shorten_later(5)
    assert paid.projected_end(now) == T0 + timedelta(minutes=30)
    assert paid.boxes[1].budget_seconds == 900 and paid.booked_end(layout, now) == T0 + timedelta(minutes=30)


def test_later_boxes_keep_a_minute_each() -> None:
    clock = AgendaClock(boxes=(BoxTime(planned_seconds=600), BoxTime(planned_seconds=120)))
    assert clock.shorten_later(5).boxes[1].budget_seconds == 60
    with pytest.raises(ValueError, match="no minutes to spare"):
        clock.shorten_later(5).shorten_later(5)


def test_finishing_stops_the_clock() -> None:
    clock = AgendaClock(boxes=(BoxTime(planned_seconds=600), BoxTime(planned_seconds=600))).start(T0)
    done = clock.finish(T0 + timedelta(minutes=3))
    assert not done.running and done.state(T0 + timedelta(hours=1)) is ClockState.FINISHED
    assert done.elapsed(T0 + timedelta(hours=1), 0) == 180
