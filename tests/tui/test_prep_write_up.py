"""Blame in what participants send: marked in the Pre-prep pane, the inbox and the walk, and the
facilitator's reword / leave out / keep, each one key, one undoable step, reaching the export."""

from __future__ import annotations

import time

from facilitator.export.markdown import to_markdown
from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.inbox import InboxScreen
from tests.tui.pane_sessions import make_app, paste, widget_text
from tests.tui.prep_pane_session import BLAMING, blaming_session, prep_session
from tests.tui.screen_text import screen_lines
from tests.tui.tui_sessions import START, FakeClock

REWORDED = "The load test is a manual step that is easy to skip"


async def on_jo(pilot) -> None:
    await pilot.press("8")
    await pilot.pause()
    pane = pilot.app.screen.query_one("#prep")
    pane.query_one("#prep-people").highlighted = [p.name for p in pilot.app.review.session.participants].index(
        "Jo Park"
    )
    await pilot.pause()
    answers = pane.query_one("#prep-answers")
    answers.focus()
    answers.highlighted = next(
        i for i in range(answers.option_count) if "load test" in str(answers.get_option_at_index(i).prompt)
    )
    await pilot.pause()


def answers_text(app) -> str:
    return widget_text(app, app.screen.query_one("#prep-answers"))


async def test_a_blaming_answer_is_marked_held_back_and_out_of_the_export(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30)) as pilot:
        await on_jo(pilot)
        assert f"⚠ held back could be better {BLAMING}" in answers_text(app)
        assert "· could be better The pool change had no canary" in answers_text(app)
        export = to_markdown(app.review.session)
        assert BLAMING not in export and "The pool change had no canary (Jo Park)" in export


async def test_r_rewords_the_answer_for_the_export_and_ctrl_z_takes_it_back(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await on_jo(pilot)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k")
        await paste(pilot, REWORDED)
        await pilot.press("enter")
        await pilot.pause()
        assert f"✎ reworded could be better {REWORDED}" in answers_text(app)
        assert f"{REWORDED} (Jo Park; reworded by the facilitator)" in to_markdown(app.review.session)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert f"⚠ held back could be better {BLAMING}" in answers_text(app)


async def test_o_leaves_the_answer_out_and_again_puts_it_back(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await on_jo(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert f"⊘ left out could be better {BLAMING}" in answers_text(app)
        assert "held back" not in to_markdown(app.review.session).split("## Before the meeting")[1].split("## ")[0]
        await pilot.press("o")
        await pilot.pause()
        assert f"⚠ held back could be better {BLAMING}" in answers_text(app)


async def test_capital_k_keeps_it_as_written_with_its_author_and_ctrl_z_holds_it_back_again(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await on_jo(pilot)
        await pilot.press("K")
        await pilot.pause()
        assert f"! kept as written could be better {BLAMING}" in answers_text(app)
        export = to_markdown(app.review.session)
        assert f"{BLAMING} (Jo Park)" in export
        assert "Where: Before the meeting › What could be better (item 3)." in export
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert BLAMING not in to_markdown(app.review.session)


async def test_the_keys_are_in_help_and_the_palette_with_their_ids(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30)) as pilot:
        await on_jo(pilot)
        pane = app.screen.query_one("#prep")
        ids = {binding.id for binding in pane.BINDINGS}
        assert {"prep.reword", "prep.leave_out", "prep.keep"} <= ids
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Keep as")
        await pilot.pause()
        assert any("Keep as written" in line for line in screen_lines(app))


async def test_the_walk_marks_a_blaming_decision_answer(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), blaming_session())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("greater_than_sign")
        await pilot.pause()
        detail = widget_text(app, app.screen.query_one("#detail"))
        assert "❝ Jo Park ⚠ held back knew: ravi kind of ignored the p99 graph" in detail


def inbox_with_blame(tmp_path) -> FacilitatorApp:
    session = prep_session()
    path = tmp_path / "checkout.json"
    write_new_session(path, session)
    jo = next(p for p in session.participants if p.name == "Jo Park")
    sent = [
        Contribution(
            id="c1",
            at=START,
            participant_id=jo.id,
            name=jo.name,
            kind=ContributionKind.NOTE,
            text="ravi ignored the pager again",
            event_id=session.timeline[2].id,
        ),
        Contribution(
            id="c2",
            at=START,
            participant_id=jo.id,
            name=jo.name,
            kind=ContributionKind.PREP,
            answers={"could_be_better": "the on-call should have rolled back sooner"},
        ),
        Contribution(
            id="c3",
            at=START,
            participant_id=jo.id,
            name=jo.name,
            kind=ContributionKind.PARKING,
            text="Who owns the pool size defaults?",
        ),
    ]
    Inbox(inbox_path(path)).append_all(sent)
    return FacilitatorApp(session_path=path, now=FakeClock(), keymap_file=tmp_path / "no-keymap.toml")


async def test_the_inbox_marks_what_reads_as_blame_as_it_arrives(tmp_path) -> None:
    app = inbox_with_blame(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        deadline = time.monotonic() + 5
        while not app.active_review.waiting.pending:
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        lines = "\n".join(screen_lines(app))
        assert "⚠ 2 read as blame" in lines
        assert lines.count("⚠ reads as blame") == 2
        await pilot.press("down", "a")  # accept the form: its flagged answer is held back
        await pilot.pause()
        assert "the on-call should have rolled back sooner" not in to_markdown(app.active_review.session)
