"""The footer shows the keys of what is in front, and is rebuilt only when those keys change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from facilitator.tui.widgets.footer import KeysFooter
from tests.tui.screen_text import screen_lines


def footer_keys(app) -> list[FooterKey]:
    return list(app.screen.query_one(KeysFooter).query(FooterKey))


async def test_a_pane_switch_shows_the_keys_of_the_pane_in_front(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        timeline_keys = footer_keys(app)
        assert "Walk" in screen_lines(app)[-1]
        await pilot.press("4")
        await pilot.pause()
        assert footer_keys(app) != timeline_keys
        assert "Walk" not in screen_lines(app)[-1]


async def test_a_closed_dialog_gives_the_footer_back_unchanged(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        before, line = footer_keys(app), screen_lines(app)[-1]
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert screen_lines(app)[-1] == line
        assert footer_keys(app) == before, "the footer was rebuilt though its keys are the same"
