"""The import dialog: preview first (in a worker), then confirm; problems listed with line numbers."""

from __future__ import annotations

from pathlib import Path

from screen_text import screen_text, wait_for_text
from tui_sessions import build_session

from facilitator.store.session_file import write_new_session
from facilitator.tui.app import FacilitatorApp

FIXTURES = Path(__file__).parents[1] / "fixtures" / "incidents"


def make_app(tmp_path: Path, clock) -> FacilitatorApp:
    session = tmp_path / "s.json"
    write_new_session(session, build_session(with_events=0))
    app = FacilitatorApp(session_path=session, now=clock)
    return app


async def test_preview_then_import_a_csv(tmp_path: Path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("2", "i")
        await pilot.pause()
        app.screen.query_one("#path").value = str(FIXTURES / "cloudflare-2019-07-02" / "timeline.csv")
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "10 events read as csv")
        assert "10 events read as csv" in text and "2019-07-02 13:31" in text
        assert app.review.session.timeline == (), "nothing changes before confirming"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(app.review.session.timeline) == 10
        assert any("Imported 10 events" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        assert app.review.session.timeline == (), "one undo takes the whole import back"


async def test_pasted_lines_with_a_bad_time_are_listed_and_kept_to_place(tmp_path: Path, clock) -> None:
    app = make_app(tmp_path, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "i")
        await pilot.pause()
        app.screen.query_one(
            "#paste"
        ).text = "14:23 UTC - Alert fired\n24:10 UTC - impossible time\n14:30 UTC - Rolled back\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "problems")
        assert "2 events" in text and "pasted text:2:" in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        session = app.review.session
        assert [e.text for e in session.timeline] == ["Alert fired", "Rolled back"]
        assert len(session.unplaced) == 1 and "24:10" in session.unplaced[0].text
        assert "1 unplaced lines" in screen_text(app)


async def test_undated_rows_take_the_date_the_other_rows_give(tmp_path: Path, clock) -> None:
    session = tmp_path / "s.json"
    undated = build_session(with_events=0).changed(
        started_at=None, detected_at=None, mitigated_at=None, resolved_at=None
    )
    write_new_session(session, undated)
    app = FacilitatorApp(session_path=session, now=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "i")
        await pilot.pause()
        app.screen.query_one("#paste").text = "time,text\n13:20 UTC,Alert fired\n2019-07-02 13:31 UTC,Rolled back\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "2 events")
        assert "2 events" in text and "problem" not in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [e.at.isoformat() for e in app.review.session.timeline] == [
            "2019-07-02T13:20:00+00:00",
            "2019-07-02T13:31:00+00:00",
        ]
