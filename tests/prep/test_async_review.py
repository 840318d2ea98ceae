"""The shipped asynchronous layout: steps due on days, and what the step due today still misses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from facilitator.checks.async_steps import due_step, review_day
from facilitator.importers.prep_form import answers_from_form, read_form
from facilitator.model.clock import AgendaClock
from facilitator.model.enums import TimeboxKind
from facilitator.store.layouts import find_layout
from tests.prep.prep_support import RECEIVED, example, filled_text

DAY1 = datetime(2019, 7, 3, 9, 0, tzinfo=UTC)


def async_session(started: datetime | None = DAY1):
    layout = find_layout("async")
    clock = AgendaClock.for_layout(layout)
    if started is not None:
        clock = clock.start(started)
    session = example().changed(layout=layout, clock=clock)
    return session


def test_the_async_layout_runs_over_five_days() -> None:
    layout = find_layout("async")
    assert layout.runs_over_days
    assert [(box.day, box.kind) for box in layout.timeboxes] == [
        (1, TimeboxKind.TIMELINE),
        (2, TimeboxKind.PREP),
        (3, TimeboxKind.ANALYSIS),
        (4, TimeboxKind.DEBRIEF),
        (5, TimeboxKind.ACTIONS),
    ]
    assert not find_layout("standard").runs_over_days


def test_nothing_is_due_before_the_review_starts() -> None:
    assert review_day(async_session(None), DAY1) is None
    assert due_step(async_session(None), DAY1) is None


def test_day_two_is_the_forms_and_lists_who_has_not_sent_one() -> None:
    session = async_session()
    due = due_step(session, DAY1 + timedelta(days=1, hours=10))
    assert (due.day, due.box.title) == (2, "Day 2: pre-prep forms due")
    assert due.misses == (
        "forms not in: Tomás Herrera, Priya Raman, Jonas Lindqvist, Dana Whitlock",
    )  # not the facilitator


def test_day_three_counts_the_decision_points_nobody_answered() -> None:
    session = async_session()
    assert due_step(session, DAY1 + timedelta(days=2)).misses == ("2 of 2 decision points nobody answered",)
    answers, _ = answers_from_form(read_form(filled_text(), "jonas.md"), session, RECEIVED)
    assert due_step(session.changed(prep=(answers,)), DAY1 + timedelta(days=2)).misses == ()


def test_later_days_keep_the_last_step() -> None:
    due = due_step(async_session(), DAY1 + timedelta(days=12))
    assert (due.day, due.box.kind) == (13, TimeboxKind.ACTIONS)


def test_the_layouts_listing_gives_the_async_review_in_days(capsys) -> None:
    from facilitator.cli import main

    assert main(["layouts"]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("async\t")]
    assert line.split("\t")[1] == "5 days"
