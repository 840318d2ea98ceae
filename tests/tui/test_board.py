"""The board pane by keyboard: columns, add/edit/delete, links, five whys, hostile text."""

from __future__ import annotations

from facilitator.model.enums import FindingKind
from facilitator.tui.panes.board import BoardPane
from tests.tui.pane_sessions import HOSTILE, HOSTILE_SHOWN, make_app, open_pane, paste, toasts_text, widget_text
from tests.tui.screen_text import screen_text


def board(app) -> BoardPane:
    return app.screen.query_one(BoardPane)


async def test_board_shows_three_columns_with_links_and_the_why_chain(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "board")
        shown = screen_text(app)
        assert "Contributors (1)" in shown and "Mitigators (1)" in shown and "Risks (1)" in shown
        contributors = widget_text(app, board(app).column(FindingKind.CONTRIBUTOR))
        assert contributors == (
            "process Pool size change skipped the load test ⚑ 14:20 14:26 "
            "why? The load test is optional for config pushes "
            "→ why? Config pushes were thought to be low risk "
            "⇒ Risk checks depend on the kind of change, not its effect"
        )
        assert "Latency alert fired within three minutes ⚑ 14:23" in widget_text(
            app, board(app).column(FindingKind.MITIGATOR)
        )
        assert " 1. why? The load test is optional for config pushes" in shown  # numbered in the detail box

        await pilot.press("right")
        await pilot.pause()
        assert app.focused is board(app).column(FindingKind.MITIGATOR)
        assert "mitigator · technical" in screen_text(app)


async def test_add_edit_link_and_delete_a_finding_by_keyboard(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_pane(pilot, "board")
        await pilot.press("right", "right", "a")  # add in the Risks column: kind preset to risk
        await paste(pilot, "Ravi forgot to run the load test")
        assert "blaming?" in screen_text(app)  # hinted while typing, never blocking
        await pilot.press("ctrl+u")
        await paste(pilot, "Pool defaults live in three repos")
        await pilot.press("enter")
        await pilot.pause()
        risks = [f for f in app.review.session.findings if f.kind is FindingKind.RISK]
        assert [f.text for f in risks] == ["Nobody owns the pool size defaults", "Pool defaults live in three repos"]
        assert "Risks (2)" in screen_text(app)
        assert app.focused is board(app).column(FindingKind.RISK)

        await pilot.press("l")  # link the new risk to the first timeline event
        await pilot.pause()
        await pilot.press("space", "enter")
        await pilot.pause()
        assert app.review.session.finding(risks[1].id).event_ids == (app.review.session.timeline[0].id,)
        assert "⚑ 14:20" in widget_text(app, board(app).column(FindingKind.RISK))
        await pilot.press("l", "space", "enter")  # unticked: unlinked
        await pilot.pause()
        assert app.review.session.finding(risks[1].id).event_ids == ()

        await pilot.press("e", "end")
        await paste(pilot, " and drift")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.finding(risks[1].id).text == "Pool defaults live in three repos and drift"

        await pilot.press("x")
        await pilot.pause()
        assert risks[1].id not in [f.id for f in app.review.session.findings]
        assert "Ctrl+Z to undo" in toasts_text(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert risks[1].id in [f.id for f in app.review.session.findings]


async def test_five_whys_are_asked_edited_and_end_in_a_systemic_factor(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "board")
        cause = app.review.session.findings[0]
        await pilot.press("y")
        await paste(pilot, "Nobody measured pool changes before")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.finding(cause.id).whys[-1] == "Nobody measured pool changes before"
        column = board(app).column(FindingKind.CONTRIBUTOR)
        assert "→ why? Nobody measured pool changes before ⇒" in widget_text(app, column)

        await pilot.press("Y")  # edit a why: pick the second, clear it to remove it
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+u", "enter")
        await pilot.pause()
        assert app.review.session.finding(cause.id).whys == (
            "The load test is optional for config pushes",
            "Nobody measured pool changes before",
        )

        await pilot.press("f", "ctrl+u")
        await paste(pilot, "Checks follow the change type")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.finding(cause.id).systemic_factor == "Checks follow the change type"
        assert "⇒ Checks follow the change type" in widget_text(app, column)

        await pilot.press("right", "y")  # a why under a mitigator is refused: no form opens
        await pilot.pause()
        assert len(app.screen_stack) == 2


async def test_hostile_text_shows_literally_on_the_board(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_pane(pilot, "board")
        await pilot.press("a")
        await paste(pilot, " ".join(HOSTILE))
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.findings[-1].text == " ".join(HOSTILE_SHOWN)  # stored clean: the model keeps no ESC
        await pilot.press("y")
        await paste(pilot, HOSTILE[1])
        await pilot.press("enter")
        await pilot.pause()
        shown = widget_text(app, board(app).column(FindingKind.CONTRIBUTOR))
        assert "technical " + " ".join(HOSTILE_SHOWN) + " why? [@click=app.quit]q[/]" in shown
        assert "\x1b" not in screen_text(app)
        assert app.is_running


async def test_at_80_columns_one_column_shows_at_a_time_with_its_whole_chain(tmp_path, clock) -> None:
    from tests.tui.pane_sessions import make_app, open_pane
    from tests.tui.screen_text import screen_text

    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "board")
        shown = screen_text(app)
        assert "Contributors (1)  ←/→ Mitigators (1) · Risks (1)" in shown
        assert "⇒ Risk checks depend on the kind of change, not its effect" in shown
        await pilot.press("right")
        await pilot.pause()
        shown = screen_text(app)
        assert "Latency alert fired within three minutes" in shown
        assert "Pool size change skipped the load test" not in shown


async def test_link_several_events_at_once_jumping_by_typing_a_time(tmp_path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_pane(pilot, "board")
        await pilot.press("right", "right")  # the risk, linked to nothing yet
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("1", "4", ":", "2", "9")  # jumps to the 14:29 event
        await pilot.pause()
        assert "jump to 14:29" in screen_text(app)
        await pilot.press("space", "1", "6", ":", "4", "space")  # and the one at 16:40
        await pilot.pause()
        assert "2 ticked" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        risk = next(f for f in app.review.session.findings if f.kind is FindingKind.RISK)
        times = [e.at.strftime("%H:%M") for e in app.review.session.timeline if e.id in risk.event_ids]
        assert times == ["14:29", "16:40"]
        await pilot.press("ctrl+z")  # one step undoes both links
        await pilot.pause()
        risk = next(f for f in app.review.session.findings if f.kind is FindingKind.RISK)
        assert risk.event_ids == ()
