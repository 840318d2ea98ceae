"""80x24 is a real size: nothing runs into its neighbour, a form's first label shows, an opened
list stays inside its dialog, the walk shows enough rows, the board shows a chain of whys whole,
the cursor stays in view after a resize, and where you are is kept as soon as it changes."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label
from textual.widgets._select import SelectOverlay

from facilitator.model.factory import new_session
from facilitator.review import Review
from facilitator.store.layouts import find_layout
from facilitator.tui.dialogs.form import FormDialog
from tests.tui.pane_sessions import make_app, open_pane, widget_text
from tests.tui.screen_text import screen_lines, screen_text
from tests.tui.tui_sessions import FakeClock, build_session


async def test_framing_figures_keep_clear_of_the_ground_rules(tmp_path: Path, clock: FakeClock) -> None:
    session = new_session(
        "Payments API brownout after a TLS certificate rotation", "tls", find_layout("standard"), clock()
    )
    app = make_app(tmp_path, clock, session)
    async with app.run_test(size=(80, 24)):
        details = app.screen.query_one("#framing-details")
        side = app.screen.query_one("#framing-side").region.x
        lines = screen_lines(app)[details.region.y : details.region.bottom]
        assert any(line.startswith("Took ") for line in lines)
        assert all(line[side - 1] == " " for line in lines), "\n".join(lines)


async def test_a_forms_first_label_shows_as_it_opens(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (["1", "a"], ["1", "t"], ["2", "a"], ["4", "a"]):
            await pilot.press(*keys)
            await pilot.pause()
            form = app.screen
            assert isinstance(form, FormDialog)
            first = form.query(Label).first()
            assert first.region.height == 1 and first.region.y >= form.query_one("VerticalScroll").region.y
            assert str(first.render()).split()[0] in screen_text(app)
            await pilot.press("escape")
            await pilot.pause()


async def test_an_opened_list_stays_inside_its_dialog(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "e")
        await pilot.pause()
        await pilot.press("tab", "tab", "space")  # onto Kind, and open it
        await pilot.pause()
        await pilot.pause()
        opened = app.screen.query_one(SelectOverlay)
        card = app.screen.query_one("FormDialog > Vertical")
        assert app.focused is opened
        assert card.region.y < opened.region.y and opened.region.bottom < card.region.bottom, (
            opened.region,
            card.region,
        )
        assert "resolution" in widget_text(app, opened)


async def test_walk_mode_at_80x24_shows_more_than_four_events(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock, build_session(with_events=20))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "w")
        await pilot.pause()
        events = app.screen.query_one("#events")
        assert events.region.height >= 7
        assert sum("Event number" in line for line in screen_lines(app)) >= 7
        digits = app.screen.query_one("#walk-time")
        assert digits.region.height == 3 and digits.region.right < app.screen.query_one("#detail").region.x


async def test_the_board_shows_the_whole_chain_of_whys_without_scrolling(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "board")
        box = app.screen.query_one("#board-detail-box")
        shown = widget_text(app, box)
        assert "1. why? The load test is optional for config pushes" in shown
        assert "2. why? Config pushes were thought to be low risk" in shown
        assert "⇒ Risk checks depend on the kind of change, not its effect" in shown
        assert box.scroll_y == 0


async def test_after_a_resize_the_cursor_row_stays_in_view(tmp_path: Path, clock: FakeClock) -> None:
    app = make_app(tmp_path, clock, build_session(with_events=40))
    async with app.run_test(size=(80, 50)) as pilot:
        await pilot.press("2", "end", "up", "up")
        await pilot.pause()
        assert any("Event number 38 happened" in line for line in screen_lines(app))
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        events = app.screen.query_one("#events")
        rows = screen_lines(app)[events.region.y : events.region.bottom]
        assert any("Event number 38 happened" in row for row in rows), "\n".join(rows)
        await pilot.press("home", "down")
        await pilot.resize_terminal(80, 50)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        rows = screen_lines(app)[events.region.y : events.region.bottom]
        assert any("Event number 2 happened" in row for row in rows)


async def test_after_a_resize_the_highlighted_topic_stays_in_view(tmp_path: Path, clock: FakeClock) -> None:
    review = Review(build_session())
    for number in range(1, 31):
        review.park(f"Parked topic {number}")
    app = make_app(tmp_path, clock, review.session)
    async with app.run_test(size=(80, 50)) as pilot:
        await open_pane(pilot, "parking")
        await pilot.press("end", "up")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert "Parked topic 29" in widget_text(app, app.screen.query_one("#parked"))
