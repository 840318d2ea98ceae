"""`M` in the Pre-prep pane proposes fair meeting times, each person's own clock shown, and Enter
sets one; the participant form takes working hours, days off, region and "can facilitate"."""

from __future__ import annotations

from pathlib import Path

from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.pick import PickDialog
from tests.tui.screen_text import wait_for_text


async def test_m_proposes_fair_times_and_enter_sets_the_meeting(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("8")
        await pilot.press("M")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "Fair meeting times")
        assert isinstance(app.screen, PickDialog)
        people = app.review.session.participants
        assert people and all(f"{p.name}: " in text for p in people[:2])
        assert " UTC · " in text and "off-hours in all" in text
        first = app.screen.items[0][1].split(" UTC", 1)[0]
        await pilot.press("enter")
        await pilot.pause()
        meeting = app.review.session.meeting_at
        assert meeting is not None and f"{meeting:%a %d %b %H:%M}" == first
        await pilot.press("ctrl+z")
        assert app.review.session.meeting_at is None


async def test_type_a_time_is_the_last_choice(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("8", "M")
        await app.workers.wait_for_complete()
        await wait_for_text(pilot, "Fair meeting times")
        await pilot.press("end", "enter")
        await wait_for_text(pilot, "forms are due 24 hours before")
        await pilot.press(*"2026-12-09 14:00", "enter")
        await pilot.pause()
        meeting = app.review.session.meeting_at
        assert meeting is not None and f"{meeting:%Y-%m-%d %H:%M}" == "2026-12-09 14:00"


async def test_the_participant_form_takes_a_working_week(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "a")
        await wait_for_text(pilot, "Add participant")
        await pilot.press(*"Aroha Ngata", "tab", "tab", "end", *["backspace"] * 3, *"Pacific/Auckland")
        await pilot.press("tab", "tab", "tab")  # speaks for, facilitator, then working hours
        await pilot.press("end", *["backspace"] * 11, *"22:00-06:00", "tab")
        await pilot.press("end", *["backspace"] * 7, *"Fri Sat", "tab", *"Oceania", "enter")
        await pilot.pause()
        person = app.review.session.participants[-1]
        assert (person.name, person.tz, person.working_hours, person.days_off, person.home_region) == (
            "Aroha Ngata",
            "Pacific/Auckland",
            "22:00-06:00",
            (4, 5),
            "Oceania",
        )


async def test_a_day_off_that_is_no_weekday_keeps_the_form_open_saying_so(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        before = len(app.review.session.participants)
        await pilot.press("1", "a")
        await wait_for_text(pilot, "Add participant")
        await pilot.press(*"Aroha Ngata", *["tab"] * 6, "end", *["backspace"] * 7, *"Funday", "enter")
        text = await wait_for_text(pilot, "is not a weekday")
        assert "'Funday' is not a weekday" in text
        assert len(app.review.session.participants) == before
