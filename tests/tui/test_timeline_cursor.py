"""Walking the timeline: the ▼ on the time strip and the event detail follow the cursor."""

from __future__ import annotations

from pathlib import Path

from facilitator.review import Review
from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp
from tests.tui.screen_text import screen_lines
from tests.tui.tui_sessions import FakeClock, build_session


def strip_cursor_column(app: FacilitatorApp) -> int:
    return next(line.index("▼") for line in screen_lines(app) if "▼" in line)


async def test_the_strip_cursor_and_the_detail_follow_the_cursor(tmp_path: Path, clock: FakeClock) -> None:
    review = Review(build_session())
    last = review.session.timeline[-1]
    review.add_note(last.id, "The pool size was halved by the push")
    review.add_note(last.id, "Nobody was paged for the slow queries")
    path = tmp_path / "checkout.json"
    write_new_session(path, review.session)
    app = FacilitatorApp(session_path=path, now=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        first = strip_cursor_column(app)
        await pilot.press("down")  # 3 minutes on, in an incident of 2 hours 20
        await pilot.pause()
        second = strip_cursor_column(app)
        assert second > first
        await pilot.press(*["down"] * 6)  # the last event, two hours on: near the right end
        await pilot.pause()
        assert strip_cursor_column(app) > second + 60
        shown = "\n".join(screen_lines(app))
        assert "✎ The pool size was halved by the push" in shown  # the detail grew to its two notes
        assert "✎ Nobody was paged for the slow queries" in shown
        await pilot.press("up")
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "Event number 7 happened" in shown and "✎ The pool size" not in shown


def row_of(app: FacilitatorApp, text: str) -> str:
    """The timeline row showing event `text` (its actor is on the same line; the detail's is not)."""
    return next(line for line in screen_lines(app) if text in line and "on-call" in line)


async def test_an_edit_redraws_its_row_and_the_walk_mark_follows_the_cursor(
    session_file: Path, clock: FakeClock
) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "down", "d")
        await pilot.pause()
        assert row_of(app, "Event number 2 happened").lstrip().startswith("◆")
        assert "◆" not in row_of(app, "Event number 3 happened")
        await pilot.press("d")
        await pilot.pause()
        assert "◆" not in row_of(app, "Event number 2 happened")
        await pilot.press("w", "down")
        await pilot.pause()
        assert row_of(app, "Event number 3 happened").lstrip().startswith("▶")
        assert "▶" not in row_of(app, "Event number 2 happened")
