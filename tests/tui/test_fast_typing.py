"""Keys typed in one burst (a fast typist, a paste, a text expander) keep their order: every key
after a form's key belongs to that form, Tab included, and a key after its Enter opens the next."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from facilitator.model.event import TimelineEvent
from facilitator.tui.dialogs.form import FormDialog
from facilitator.tui.screens.review import ReviewScreen
from tests.tui.pane_sessions import make_app, paste
from tests.tui.tui_sessions import INCIDENT, FakeClock, build_session

TOPICS = [f"R{round_}-T{topic}: who owns the pool?" for round_ in range(1, 4) for topic in range(1, 5)]


async def test_parked_topics_typed_in_one_burst_are_saved_whole_and_in_order(
    tmp_path: Path, clock: FakeClock, type_burst, wait_for
) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        before = len(app.review.session.parking)
        await type_burst(pilot, "".join(f"p{topic}\r" for topic in TOPICS))
        await wait_for(pilot, lambda: len(app.review.session.parking) == before + len(TOPICS))
        assert [item.text for item in app.review.session.parking[before:]] == TOPICS
        assert isinstance(app.screen, ReviewScreen)


async def test_a_tab_in_a_burst_moves_to_the_next_field(tmp_path: Path, clock: FakeClock, type_burst, wait_for) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_burst(pilot, "aKenji Watanabe\tstorage on-call\t\b\b\bAsia/Tokyo\r")
        await wait_for(pilot, lambda: len(app.review.session.participants) == 4)
        kenji = app.review.session.participants[-1]
        assert (kenji.name, kenji.role, kenji.tz) == ("Kenji Watanabe", "storage on-call", "Asia/Tokyo")
        assert not isinstance(app.screen, FormDialog)


async def test_a_burst_on_a_20000_event_timeline_keeps_every_key(
    tmp_path: Path, clock: FakeClock, type_burst, wait_for
) -> None:
    events = tuple(
        TimelineEvent(at=INCIDENT + timedelta(seconds=second), text=f"Line {second}", actor="bot")
        for second in range(20_000)
    )
    app = make_app(tmp_path, clock, build_session(with_events=0).changed(timeline=events))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await type_burst(pilot, "".join(f"p{topic}\r" for topic in TOPICS[:6]))
        await wait_for(pilot, lambda: len(app.review.session.parking) == 6)
        assert [item.text for item in app.review.session.parking] == TOPICS[:6]


async def test_a_tab_in_pasted_text_fills_the_next_field(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await paste(pilot, "Kenji Watanabe\tstorage on-call")
        assert app.screen.values()["name"] == "Kenji Watanabe"
        assert app.screen.values()["role"] == "storage on-call"
        assert app.focused.id == "f-role"


async def test_text_and_enter_in_one_burst_into_an_open_form_save_every_letter(
    tmp_path: Path, clock: FakeClock, type_burst, wait_for
) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("7", "w")
        await pilot.pause()
        await pilot.press("enter")  # empty: the form stays open and says so
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        before = len(app.review.session.debrief.went_well)
        await type_burst(pilot, "The terminate switch worked the moment we reached it\r")
        await wait_for(pilot, lambda: len(app.review.session.debrief.went_well) == before + 1)
        assert app.review.session.debrief.went_well[-1] == "The terminate switch worked the moment we reached it"
        assert not isinstance(app.screen, FormDialog)
