"""The import dialog: preview first (in a worker), then confirm; problems listed with line numbers."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from facilitator.tui.dialogs.import_dialog import ImportDialog
from tests.tui.screen_text import notices, screen_text, wait_for_text, wait_until
from tests.tui.tui_sessions import build_session

FIXTURES = Path(__file__).parents[1] / "fixtures" / "incidents"


async def open_dialog(pilot) -> None:
    """The timeline pane, then i: the import dialog, once it is up."""
    await pilot.press("2", "i")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ImportDialog), "the import dialog")


async def test_preview_then_import_a_csv(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#path", Input).value = str(FIXTURES / "cloudflare-2019-07-02" / "timeline.csv")
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "10 events read as csv")
        assert "10 events read as csv" in text and "2019-07-02 13:31" in text
        assert app.active_review.session.timeline == (), "nothing changes before confirming"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(app.active_review.session.timeline) == 10
        assert any("Imported 10 events" in n for n in notices(app))
        await pilot.press("ctrl+z")
        assert app.active_review.session.timeline == (), "one undo takes the whole import back"


async def test_pasted_lines_with_a_bad_time_are_listed_and_kept_to_place(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one(
            "#paste", TextArea
        ).text = "14:23 UTC - Alert fired\n24:10 UTC - impossible time\n14:30 UTC - Rolled back\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "1 problem")
        assert "2 events" in text and "pasted text:2:" in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        session = app.active_review.session
        assert [e.text for e in session.timeline] == ["Alert fired", "Rolled back"]
        assert len(session.unplaced) == 1 and "24:10" in session.unplaced[0].text
        assert "1 unplaced lines" in screen_text(app)


async def test_undated_rows_take_the_date_the_other_rows_give(make_app) -> None:
    undated = build_session(with_events=0).changed(
        started_at=None, detected_at=None, mitigated_at=None, resolved_at=None
    )
    app = make_app(undated)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one(
            "#paste", TextArea
        ).text = "time,text\n13:20 UTC,Alert fired\n2019-07-02 13:31 UTC,Rolled back\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "2 events")
        assert "2 events" in text and "problem" not in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [e.at.isoformat() for e in app.active_review.session.timeline] == [
            "2019-07-02T13:20:00+00:00",
            "2019-07-02T13:31:00+00:00",
        ]


FORMATS = Path(__file__).parents[1] / "importers" / "formats"
ZOOM_PASTE = (
    "no time on this line\n"
    "23:41:07 From Ana Ops to Everyone:\n\tcheckout error rate is climbing\n"
    "23:43:02 From Bo Dev to Ana Ops(Direct Message):\n\tsorry\n"
    "00:30:40 From Ana Ops to Everyone:\n\tResolved: [bold]not markup[/bold]\n"
)


def flowing(text: str) -> str:
    """The dialog's text as one flowing line: its frame dropped, wrapped lines joined."""
    return " ".join(line.strip().strip("│╭╮╰╯─").strip() for line in text.splitlines())


async def preview(pilot, waiting_for: str) -> str:
    """Preview (Ctrl+R), then the dialog's text as one flowing line once `waiting_for` shows."""
    await pilot.press("ctrl+r")
    await pilot.app.workers.wait_for_complete()
    return flowing(await wait_for_text(pilot, waiting_for))


async def test_a_pasted_chat_with_times_only_takes_the_incident_date_and_its_speakers(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        assert app.screen.query_one("#day", Input).value == "2026-03-22", "the incident's start date by default"
        app.screen.query_one("#paste", TextArea).text = ZOOM_PASTE
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "events read as text")
        assert "3 events read as text" in text
        assert "1 private chat message (sent to one person) is kept, marked '(private message to …)'" in flowing(text)
        assert "pasted text:1: no time at the start of the line" in text
        assert "03-23 00:30 Ana Ops" in text, "the line after midnight is on the next day"
        assert "[bold]not markup[/bold]" in text
        await pilot.press("ctrl+s")
        await pilot.pause()
        timeline = app.active_review.session.timeline
        assert [(e.actor, e.at.day) for e in timeline] == [("Ana Ops", 22), ("Bo Dev", 22), ("Ana Ops", 23)]
        assert timeline[1].text == "(private message to Ana Ops) sorry"


async def test_another_date_can_be_typed_and_a_bad_one_is_named(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = "09:00 - deploy"
        app.screen.query_one("#day", Input).value = "22/03/2026"
        await pilot.press("ctrl+r")
        assert "Date: '22/03/2026' is not a date (use YYYY-MM-DD)" in await wait_for_text(pilot, "not a date")
        app.screen.query_one("#day", Input).value = "2026-03-01"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        assert "2026-03-01 09:00" in await wait_for_text(pilot, "1 event read")


async def test_a_workspace_export_shows_the_channel_field_and_imports_with_it(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        channel = app.screen.query_one("#channel", Input)
        assert not channel.display
        app.screen.query_one("#path", Input).value = str(FORMATS / "slack_grid")
        await pilot.pause()
        assert channel.display, "a folder may hold several channels"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "pick one")
        assert "pick one in the Channel field" in flowing(text)
        assert app.screen.focused is channel
        await pilot.press(*"inc-2041", "ctrl+r")
        await app.workers.wait_for_complete()
        assert "9 events read as slack" in await wait_for_text(pilot, "9 events")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(app.active_review.session.timeline) == 9


async def test_cancel_keeps_what_was_typed_for_the_next_opening(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = ZOOM_PASTE
        app.screen.query_one("#tz", Input).value = "Europe/Berlin"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert app.screen.query_one("#paste", TextArea).text == ZOOM_PASTE
        assert app.screen.query_one("#tz", Input).value == "Europe/Berlin"
        assert app.active_review.session.timeline == ()


async def test_ctrl_s_imports_only_after_a_preview_of_what_is_typed_now(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = "14:23 UTC - Alert fired"
        await pilot.press("ctrl+s")
        assert any("Preview first" in n for n in notices(app))
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await wait_for_text(pilot, "1 event read")
        app.screen.query_one("#paste", TextArea).text = "14:23 UTC - Alert fired\n14:30 UTC - changed after the preview"
        await pilot.pause()
        await pilot.press("ctrl+s")
        assert app.active_review.session.timeline == (), "a stale preview is not imported"


async def test_every_problem_is_listed_or_counted(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(200, 50)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = "14:23 UTC - ok\n" + "".join(
            f"bad line {n}\n" for n in range(54)
        )
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await wait_for_text(pilot, "54 problems")
        preview = app.screen.query_one("#preview")
        preview.scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "…and 4 more" in text and "pasted text:51:" in text


async def test_a_pagerduty_page_with_more_after_it_says_which_offset_to_fetch(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(200, 50)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#path", Input).value = str(FORMATS / "pagerduty_page1.json")
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        text = flowing(await wait_for_text(pilot, "events read"))
        assert "3 events read as pagerduty" in text
        assert "fetch the next page with offset=3&limit=3" in text


async def test_a_placed_line_loses_the_time_head_that_could_not_be_read(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = "14:23 UTC - Alert fired\n25:00 PST - Rollback started\n"
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await wait_for_text(pilot, "1 problem")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"14:40", "enter")
        await pilot.pause()
        session = app.active_review.session
        assert [e.text for e in session.timeline] == ["Alert fired", "Rollback started"]
        assert session.unplaced == ()


async def test_a_recording_chat_asks_for_its_start_and_imports_with_it(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        start = app.screen.query_one("#start", Input)
        assert not start.display
        app.screen.query_one("#path", Input).value = str(FORMATS / "zoom_recording_chat.txt")
        text = await preview(pilot, "Start field")
        assert "give the Start field (YYYY-MM-DD HH:MM[:SS]), when it began (in the Zone field)" in text
        assert start.display and app.screen.focused is start
        await pilot.press(*"2026-03-22", "space", *"23:39")
        assert start.value == "2026-03-22 23:39"
        assert "4 events read as transcript" in await preview(pilot, "4 events")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.active_review.session.timeline[0].actor == "Ana Ops"


async def test_a_transcript_offers_one_event_per_cue(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        per_cue = app.screen.query_one("#per-cue")
        assert not per_cue.display
        app.screen.query_one("#path", Input).value = str(FORMATS / "zoom_transcript.vtt")
        app.screen.query_one("#start", Input).value = "2026-03-22 23:39"
        text = await preview(pilot, "4 events")
        assert "5 cues read as 4 turns" in text and "(the Per cue box gives one event per cue)" in text
        assert per_cue.display, "a transcript shows the box"
        per_cue.value = True
        assert "5 cues read as 5 events, one per cue" in await preview(pilot, "5 events")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(app.active_review.session.timeline) == 5


async def test_dates_that_could_swap_ask_for_the_day_first_box(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        day_first = app.screen.query_one("#day-first")
        assert not day_first.display
        app.screen.query_one("#path", Input).value = str(FORMATS / "excel_semicolon_ambiguous.csv")
        text = await preview(pilot, "to tell which")
        assert "give the Date field with the date of this line (2026-04-03 or 2026-03-04), or the Day first box" in text
        assert day_first.display and app.screen.focused is day_first
        await pilot.press("space")
        text = await preview(pilot, "3 events")
        assert "dates read day first (--dayfirst)" not in text and "dates read day first (the Day first box)" in text


async def test_the_format_list_offers_every_reader(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(pilot)
        offered = [value for _, value in app.screen.query_one("#format")._options]
        assert {"chat", "transcript", "opsgenie", "statuspage", "alertmanager", "logfmt"} <= set(offered)
        app.screen.query_one("#format").value = "statuspage"
        await pilot.pause()
        assert app.screen.query_one("#incident").display, "a listing of several incidents needs one picked"


async def test_the_buttons_preview_import_and_cancel(make_app) -> None:
    app = make_app(build_session(with_events=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_dialog(pilot)
        app.screen.query_one("#paste", TextArea).text = "14:23 UTC - Alert fired\n14:30 UTC - Rolled back\n"
        await pilot.click("#do-preview")
        await app.workers.wait_for_complete()
        await wait_for_text(pilot, "2 events")
        await pilot.pause()
        await pilot.click("#do-import")
        await pilot.pause()
        assert [e.text for e in app.active_review.session.timeline] == ["Alert fired", "Rolled back"]
        await pilot.press("i")
        await pilot.pause()
        await pilot.click("#do-cancel")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReviewScreen"
