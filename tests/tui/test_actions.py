"""The actions pane by keyboard: the table, one owner, due dates as people say them, nudges."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

from facilitator.model.enums import ActionStatus, Priority
from facilitator.review import Review
from facilitator.tui.panes.actions import ActionsPane
from tests.tui.pane_sessions import (
    HOSTILE,
    HOSTILE_SHOWN,
    TODAY,
    make_app,
    open_pane,
    outcome_session,
    paste,
    toasts_text,
    widget_text,
)
from tests.tui.screen_text import screen_text


def pane(app) -> ActionsPane:
    return app.screen.query_one(ActionsPane)


def row_cells(app, index: int) -> list[str]:
    cells = pane(app).table.get_row_at(index)
    assert all(isinstance(cell, Text) for cell in cells)  # never a str a DataTable would read as markup
    return [cell.plain for cell in cells]


async def test_table_marks_what_each_open_action_lacks(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "actions")
        nudges = widget_text(app, app.screen.query_one("#nudges"))
        assert nudges == (
            "⚠ 1 without owner · 1 without due date · 1 without definition of done · ✧ owner not in the room: Sam Guest"
        )
        first, second, third = row_cells(app, 0), row_cells(app, 1), row_cells(app, 2)
        assert first[:5] == [" ", "Make load tests required for pool changes", "Ravi Menon", "P1", "2026-04-03"]
        assert first[-1] == "Pool size change skipped the load test"
        assert second[:6] == [
            "⚠",
            "Name an owner for pool defaults",
            "owner?",
            "P2",
            "due date?",
            "definition of done?",
        ]
        assert third[2] == "Sam Guest ✧"  # allowed, but marked: not a participant
        shown = screen_text(app)
        assert "owner?" in shown and "Sam Guest ✧" in shown


async def test_more_than_five_urgent_actions_is_the_action_item_trap(tmp_path, clock) -> None:
    review = Review(outcome_session())
    for number in range(4):
        review.add_action(
            f"Urgent thing {number}",
            TODAY,
            owner="Jo Park",
            priority=Priority.P0,
            due=date(2026, 4, 1),
            done_definition="done",
        )
    app = make_app(tmp_path, clock, review.session)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        assert "6 open P0/P1: action item trap: move the rest to a backlog" in widget_text(
            app, app.screen.query_one("#nudges")
        )


async def test_add_an_action_with_one_owner_and_a_spoken_due_date(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        await pilot.press("a")
        await paste(pilot, "Alert on pool saturation")
        await pilot.press("tab")
        await paste(pilot, "Ravi Menon, Jo Park")
        await pilot.press("tab", "space")  # Space opens the priority list (Enter would save)
        await pilot.pause()
        await pilot.press("up", "up", "enter")  # P2 -> P0
        await pilot.press("tab")
        await paste(pilot, "3d")
        await pilot.press("tab")
        await paste(pilot, "Pages at 90% pool use")
        await pilot.press("enter")
        await pilot.pause()
        assert "exactly one owner" in screen_text(app)  # the model's refusal, shown in the form
        assert len(app.review.session.actions) == 3

        await pilot.press("shift+tab", "shift+tab", "shift+tab", "ctrl+u")
        await paste(pilot, "Jo Park")
        await pilot.press("enter")
        await pilot.pause()
        added = app.review.session.actions[-1]
        assert (added.title, added.owner, added.priority) == ("Alert on pool saturation", "Jo Park", Priority.P0)
        assert added.due == TODAY + timedelta(days=3)
        assert added.done_definition == "Pages at 90% pool use"
        assert pane(app).table.cursor_row == 3
        assert row_cells(app, 3)[1:5] == ["Alert on pool saturation", "Jo Park", "P0", "open"]
        assert "due 2026-03-25" in widget_text(app, app.screen.query_one("#action-detail"))


async def test_status_cycles_and_delete_is_undoable(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_pane(pilot, "actions")
        first = app.review.session.actions[0].id
        await pilot.press("c")
        await pilot.pause()
        assert app.review.session.action(first).status is ActionStatus.IN_PROGRESS
        await pilot.press("c")
        await pilot.pause()
        assert app.review.session.action(first).status is ActionStatus.DONE
        assert app.review.session.action(first).done_at == TODAY.isoformat()
        assert row_cells(app, 0)[4] == "done"  # at 80 columns: title, owner, priority, status

        await pilot.press("x")
        await pilot.pause()
        assert first not in [a.id for a in app.review.session.actions]
        assert "Ctrl+Z to undo" in toasts_text(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.review.session.actions[0].id == first


async def test_hostile_text_shows_literally_in_the_table(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "actions")
        await pilot.press("a")
        await paste(pilot, " ".join(HOSTILE))
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.actions[-1].title == " ".join(HOSTILE_SHOWN)  # stored clean: the model keeps no ESC
        assert row_cells(app, 3)[1] == " ".join(HOSTILE_SHOWN)
        detail = widget_text(app, app.screen.query_one("#action-detail"))
        assert detail.startswith(" ".join(HOSTILE_SHOWN) + " owner not set")
        assert "\x1b" not in screen_text(app)
        assert app.is_running


async def test_at_80_columns_the_box_below_shows_every_field(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "actions")
        assert [c.label.plain for c in pane(app).table.columns.values()] == ["", "Title", "Owner", "Pri", "Status"]
        detail = widget_text(app, app.screen.query_one("#action-detail"))
        for part in (
            "Make load tests required for pool changes",
            "owner Ravi Menon",
            "P1",
            "due 2026-04-03",
            "status open",
            "effort —",
            "done when: CI blocks a pool change without a load test",
            "finding: Pool size change skipped the load test",
        ):
            assert part in detail, part
        await pilot.press("c")
        await pilot.pause()
        assert "status in progress" in widget_text(app, app.screen.query_one("#action-detail"))


def test_one_complete_action_is_counted_in_the_singular() -> None:
    from facilitator.review import Review
    from facilitator.tui.panes.actions import nudges_text
    from tests.tui.tui_sessions import build_session

    review = Review(build_session())
    review.add_action("Add a pool alert", TODAY, owner="Jo Park", due=TODAY, done_definition="It pages")
    assert nudges_text(review.session).plain.startswith("1 action · every open one")


async def test_on_a_wide_screen_the_owner_column_grows_with_the_others(tmp_path, clock) -> None:
    review = Review(outcome_session())
    review.add_action("Document the pool defaults", TODAY, owner="Jonas Lindqvist-Okonkwo")
    app = make_app(tmp_path, clock, review.session)
    async with app.run_test(size=(200, 50)) as pilot:
        await open_pane(pilot, "actions")
        widths = {str(column.label): column.width for column in pane(app).table.columns.values()}
        assert widths["Owner"] > 14 and widths["Title"] >= 38 and widths["Done when"] > 18
        assert "Jonas Lindqvist-Okonkwo" in screen_text(app)
        await pilot.press("s")  # the script hides: the table takes the room
        await pilot.pause()
        wider = {str(column.label): column.width for column in pane(app).table.columns.values()}
        assert all(wider[label] > widths[label] for label in ("Title", "Owner", "Done when", "Finding"))
