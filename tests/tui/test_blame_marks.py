"""Blaming phrasing in saved text: listed in the Debrief (Enter jumps to it) and marked wherever shown."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from rich.text import Text
from textual.widgets import DataTable

from facilitator.review import Review
from facilitator.tui.panes.actions import action_row
from facilitator.tui.panes.board import finding_prompt
from facilitator.tui.panes.timeline import detail_text
from facilitator.tui.screens.review import ReviewScreen
from facilitator.tui.widgets.blame_hint import MARK_STYLE, marked_line
from facilitator.tui.widgets.timeline_view import TimelineRows, TimelineView, row_text
from tests.tui.pane_sessions import ACTION_TITLE, EVENT_TEXT, open_pane, outcomes_with_blame, widget_text
from tests.tui.screen_text import notices, on_top


def marked_spans(text: Text) -> list[str]:
    return [text.plain[span.start : span.end] for span in text.spans if span.style == MARK_STYLE]


def test_saved_text_is_marked_in_timeline_rows_and_detail_the_board_and_actions() -> None:
    session = outcomes_with_blame()
    event = session.timeline[3]
    assert marked_spans(row_text(TimelineRows(events=session.timeline, zone=ZoneInfo("UTC")), 3)) == ["Ravi forgot"]
    assert marked_spans(detail_text(session, event, "UTC", walking=False)) == ["Ravi forgot"]
    review = Review(session)
    finding = review.add_finding(
        session.findings[0].kind, "The on-call engineer ignored the alert", session.findings[0].category
    )
    prompt = finding_prompt(review.session, finding)
    assert isinstance(prompt, Text) and marked_spans(prompt) == ["The on-call engineer ignored"]
    title_cell = action_row(session, session.actions[-1])[1]
    assert marked_spans(title_cell) == ["he was careless"] and title_cell.no_wrap
    assert marked_spans(marked_line("[bold]Priya forgot[/bold] the flag")) == ["Priya forgot"]  # literal, never markup


async def test_the_debrief_lists_flagged_phrases_and_enter_jumps_to_each(make_app) -> None:
    app = make_app(outcomes_with_blame())
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "debrief")
        assert "Blameless check: 2 phrases flagged (b lists them; Enter jumps to one)" in widget_text(
            app, app.screen.query_one("#debrief-readback")
        )
        listed = widget_text(app, app.screen.query_one("#debrief-flags"))
        assert f"Timeline · event: {EVENT_TEXT}" in listed
        assert f"Actions · action: {ACTION_TITLE}" in listed
        await pilot.press("b", "enter")
        await pilot.pause()
        assert on_top(app, ReviewScreen).current_pane == "timeline"
        view = app.screen.query_one(TimelineView)
        assert view.has_focus and view.current is not None and view.current.text == EVENT_TEXT
        assert EVENT_TEXT in widget_text(app, app.screen.query_one("#detail"))

        await open_pane(pilot, "debrief")
        await pilot.press("b", "down", "enter")
        await pilot.pause()
        assert on_top(app, ReviewScreen).current_pane == "actions"
        table = app.screen.query_one("#actions-table", DataTable)
        assert table.has_focus and table.cursor_row == len(app.active_review.session.actions) - 1


async def test_with_nothing_flagged_the_list_is_hidden_and_b_says_so(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "debrief")
        assert not app.screen.query_one("#debrief-flags").display
        await pilot.press("b")
        await pilot.pause()
        assert "No blaming phrasing found." in notices(app)
