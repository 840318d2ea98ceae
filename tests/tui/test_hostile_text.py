"""Typed and imported text appears literally on screen: it never styles, links or acts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator.review import Review
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import INCIDENT, build_session

HOSTILE = [
    "[bold]x[/bold]",
    "[@click=app.quit]q[/]",
    "[link=file:///etc/passwd]x[/link]",
    "unbalanced [/ closing",
    "\x1b[31mred\x1b[0m and \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
    "bell\x07 back\x08space",
    "rtl \u202eevil\u202c zero\u200bwidth",
    "line\u2028sep\x85next",
    "family 👩\u200d👩\u200d👧 emoji",
]


@pytest.fixture
def hostile_file(tmp_path):
    review = Review(build_session(with_events=0, title="[bold]Title[/bold] [@click=app.quit]x[/]"))
    for i, text in enumerate(HOSTILE):
        review.add_event(INCIDENT + timedelta(minutes=i), text, actor="[red]actor[/red]")
    review.add_participant("[i]Mallory[/i] [link=http://x]y[/link]", "role [/]", "UTC")
    path = tmp_path / "hostile.json"
    write_new_session(path, review.session)
    return path


async def test_hostile_text_shows_literally_on_every_main_pane(hostile_file, clock) -> None:
    app = FacilitatorApp(session_path=hostile_file, now=clock)
    async with app.run_test(size=(200, 50), notifications=True) as pilot:
        await pilot.pause()
        framing = screen_text(app)
        assert "[bold]Title[/bold] [@click=app.quit]x[/]" in framing
        assert "[i]Mallory[/i] [link=http://x]y[/link]" in framing
        await pilot.press("2")
        await pilot.pause()
        timeline = screen_text(app)
        for text in (
            "[bold]x[/bold]",
            "[@click=app.quit]q[/]",
            "[link=file:///etc/passwd]x[/link]",
            "unbalanced [/ closing",
            "[red]actor[/red]",
        ):
            assert text in timeline, text
        assert "\x1b" not in timeline and "\x07" not in timeline
        assert "red and link" in timeline  # the escape codes are gone, the words stay
        for _ in range(len(HOSTILE)):  # walk over every hostile event; the click markup never acts
            await pilot.press("down", "enter")
            await pilot.press("escape")
        assert app.is_running
        await pilot.press("ctrl+q")


async def test_hostile_text_typed_into_a_form_is_stored_exactly(hostile_file, clock) -> None:
    app = FacilitatorApp(session_path=hostile_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        app.screen.query_one("#f-at").value = "14:59"
        app.screen.query_one("#f-text").value = "[@click=app.quit]quit[/] [bold]not bold"
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        texts = [e.text for e in app.review.session.timeline]
        assert "[@click=app.quit]quit[/] [bold]not bold" in texts
        assert "[@click=app.quit]quit[/] [bold]not bold" in screen_text(app)
        await pilot.press("ctrl+q")


@pytest.fixture
def reversed_title_file(tmp_path):
    session = build_session(with_events=1)
    first, *rest = session.layout.timeboxes
    layout = session.layout.changed(timeboxes=(first.changed(title="Intro \u202eevil"), *rest))
    path = tmp_path / "bidi.json"
    write_new_session(path, session.changed(layout=layout))
    return path


async def test_a_right_to_left_override_in_a_timebox_title_is_drawn_neutralised_in_the_script(
    reversed_title_file, clock
) -> None:
    app = FacilitatorApp(session_path=reversed_title_file, now=clock)
    async with app.run_test(size=(200, 50)) as pilot:  # wide: the script panel beside the panes
        await pilot.pause()
        text = screen_text(app)
        assert "Read aloud · Intro <U+202E>evil" in text
        assert "\u202e" not in text
    async with FacilitatorApp(session_path=reversed_title_file, now=clock).run_test(size=(80, 24)) as pilot:
        await pilot.press("s")  # narrow: the script over the panes, titled with the timebox
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "Script · Intro <U+202E>evil" in text and "Read aloud · Intro <U+202E>" in text
        assert "\u202e" not in text


async def test_every_notice_is_drawn_neutralised_whoever_sends_it(reversed_title_file, clock) -> None:
    app = FacilitatorApp(session_path=reversed_title_file, now=clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        app.screen.notify("Parked \u202eevil\x1b[2J", title="From \u202eJo", markup=False)
        await pilot.pause()
        (notice,) = [n for n in app._notifications if "Parked" in n.message]
        assert (notice.message, notice.title) == ("Parked <U+202E>evil", "From <U+202E>Jo")
