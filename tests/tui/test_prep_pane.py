"""The pre-prep pane: who sent a form, each answer one key from a session item, forms written
and read in workers, the walk showing what people knew at a decision point."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdownify import markdownify

from facilitator.export.markdown import to_markdown
from facilitator.model.enums import FindingKind
from facilitator.store.session_file import load_session
from tests.prep.prep_support import EXAMPLE, filled_text
from tests.tui.pane_sessions import make_app, paste, toasts_text, widget_text
from tests.tui.prep_pane_session import HOSTILE_ANSWER, prep_session
from tests.tui.screen_text import screen_text
from tests.tui.tui_sessions import FakeClock


async def open_prep(pilot) -> None:
    await pilot.press("8")
    await pilot.pause()


async def import_form(pilot, form: Path) -> None:
    """Open the Pre-prep pane, press i, give the form's path and wait for the import to finish."""
    await open_prep(pilot)
    await pilot.press("i")
    await pilot.pause()
    await paste(pilot, str(form))
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def select_person(pilot, name: str) -> None:
    pane = pilot.app.screen.query_one("#prep")
    people = pane.query_one("#prep-people")
    people.highlighted = [p.name for p in pilot.app.review.session.participants].index(name)
    await pilot.pause()


async def select_answer(pilot, words: str) -> None:
    answers = pilot.app.screen.query_one("#prep-answers")
    answers.focus()
    for index in range(answers.option_count):
        if words in str(answers.get_option_at_index(index).prompt):
            answers.highlighted = index
            await pilot.pause()
            return
    raise AssertionError(f"no answer with {words!r}")


async def test_the_pane_shows_who_sent_a_form_their_time_and_the_deadline(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_prep(pilot)
        people = widget_text(app, app.screen.query_one("#prep-people"))
        assert "○ Ana Lima 12:00 -03 due in 6h 00m · Sun 18:00 -03" in people
        assert "✓ Ravi Menon 20:30 IST sent 22 Mar 13:00 UTC" in people
        assert "1 of 3 forms in" in screen_text(app)


async def test_hostile_answers_show_literally(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(200, 50)) as pilot:
        await open_prep(pilot)
        await select_person(pilot, "Ravi Menon")
        assert HOSTILE_ANSWER in widget_text(app, app.screen.query_one("#prep-answers"))
        await select_answer(pilot, "unbalanced")
        await pilot.press("c")
        await pilot.pause()
        assert app.review.session.findings[-1].text == HOSTILE_ANSWER
        assert app.is_running


async def test_each_key_turns_an_answer_into_an_item_and_ctrl_z_takes_it_back(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_prep(pilot)
        await select_person(pilot, "Ravi Menon")
        await select_answer(pilot, "Pool size changes skip")
        await pilot.press("c")
        await pilot.pause()
        finding = app.review.session.findings[-1]
        assert (finding.kind, finding.text) == (FindingKind.CONTRIBUTOR, "Pool size changes skip the load test")
        assert "✓ could be better" in widget_text(app, app.screen.query_one("#prep-answers"))
        await select_answer(pilot, "Who owns")
        await pilot.press("q")
        await pilot.pause()
        assert app.review.session.walk_questions == ("Ravi Menon: Who owns the pool defaults?",)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.review.session.walk_questions == ()
        await select_answer(pilot, "latency alert")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # the third use: risk
        await pilot.pause()
        assert app.review.session.findings[-1].kind is FindingKind.RISK


async def test_accepting_a_proposal_makes_an_action_with_one_owner(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_prep(pilot)
        await select_person(pilot, "Ravi Menon")
        assert "proposes +0/-0 Alert on pool saturation" in widget_text(app, app.screen.query_one("#prep-answers"))
        assert "+1 -0 Make load tests required" in widget_text(app, app.screen.query_one("#prep-votes"))
        await select_answer(pilot, "Alert on pool")
        await pilot.press("a")
        await pilot.pause()
        await paste(pilot, "Jo Park")
        await pilot.press("enter")
        await pilot.pause()
        action = app.review.session.actions[-1]
        assert (action.title, action.owner) == ("Alert on pool saturation", "Jo Park")


async def test_the_walk_shows_what_people_knew_at_a_decision_point(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("greater_than_sign")
        await pilot.pause()
        detail = widget_text(app, app.screen.query_one("#detail"))
        assert "❝ Ravi Menon knew: Only the p99 graph" in detail
        assert "looked right because: It was the last change" in detail


async def test_the_meeting_time_is_set_from_the_pane(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_prep(pilot)
        await pilot.press("M")
        await app.workers.wait_for_complete()  # the fair times are worked out first; the last choice types one
        await pilot.pause()
        await pilot.press("end", "enter")
        await pilot.pause()
        field = app.screen.query_one("Input")
        field.value = ""
        await paste(pilot, "2026-03-25 09:00 Europe/Berlin")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.meeting_at.isoformat() == "2026-03-25T08:00:00+00:00"
        assert "meeting Wed 25 Mar 08:00 UTC" in screen_text(app)


async def test_forms_are_written_from_framing_in_a_worker(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    folder = tmp_path / "forms"
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("W")
        await pilot.pause()
        app.screen.query_one("Input").value = str(folder)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Wrote 3 forms" in toasts_text(app)
    assert sorted(p.name for p in folder.iterdir()) == [
        "checkout-prep-ana-lima.md",
        "checkout-prep-jo-park.md",
        "checkout-prep-ravi-menon.md",
    ]


async def test_forms_written_under_24_hours_before_the_meeting_say_they_are_overdue(tmp_path) -> None:
    clock = FakeClock()
    clock.advance(hours=10)  # the meeting is 20 hours away: the forms were due 4 hours ago
    app = make_app(tmp_path, clock, prep_session())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_prep(pilot)
        await pilot.press("W")
        await pilot.pause()
        app.screen.query_one("Input").value = str(tmp_path / "forms")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = toasts_text(app)
        assert "The meeting is in 20h 00m, so these forms are overdue as they are written" in shown
        assert "Wrote 3 forms" in shown


async def test_a_form_that_went_through_html_is_imported_shown_and_exported(tmp_path) -> None:
    """Written by prep, filled by hand, rendered to HTML and converted back, then imported in the app."""
    html = MarkdownIt("commonmark").render(filled_text())
    form = tmp_path / "jonas.md"
    form.write_text(markdownify(html), encoding="utf-8")
    app = make_app(tmp_path, FakeClock(), load_session(EXAMPLE))
    async with app.run_test(size=(200, 50), notifications=True) as pilot:
        await import_form(pilot, form)
        assert "Stored the answers of Jonas Lindqvist" in toasts_text(app)
        await select_person(pilot, "Jonas Lindqvist")
        answers = widget_text(app, app.screen.query_one("#prep-answers"))
        assert "went well The first page arrived three minutes after the deploy" in answers
        assert "decision 14:00 CPU flame graphs showed the WAF regex engine on every core." in answers
        exported = to_markdown(app.review.session)
    assert "- **Jonas Lindqvist** knew: CPU flame graphs showed the WAF regex engine on every core." in exported


async def test_a_bad_form_is_refused_in_the_app_with_its_line(tmp_path) -> None:
    form = tmp_path / "bad.md"
    form.write_text(filled_text().replace("Jonas Lindqvist", "Nobody Here"), encoding="utf-8")
    app = make_app(tmp_path, FakeClock(), load_session(EXAMPLE))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await import_form(pilot, form)
        assert "bad.md:1: 'Nobody Here' is not a participant of 'cloudflare-2019-07-02'" in toasts_text(app)
        assert app.review.session.prep == ()


async def test_the_agenda_strip_says_which_days_step_is_due_and_what_it_misses(tmp_path) -> None:
    from tests.tui.prep_pane_session import async_session

    clock = FakeClock()
    clock.advance(days=1, hours=2)
    app = make_app(tmp_path, clock, async_session())
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        strip = widget_text(app, app.screen.query_one("AgendaStrip"))
        assert "Day 2 due: Day 2: pre-prep forms due · missing: forms not in: Jo Park" in strip
        clock.advance(days=1)
        app.screen.tick()  # what the one-second timer does
        await pilot.pause()
        strip = widget_text(app, app.screen.query_one("AgendaStrip"))
        assert "Day 3 due: Day 3: written discussion of decision points · nothing missing" in strip


def test_the_timeline_import_dialog_points_a_form_to_the_pre_prep_pane() -> None:
    from facilitator.importers import parse_text
    from facilitator.tui.dialogs.import_dialog import preview_text

    (shown,) = preview_text(parse_text(filled_text(), source_name="jonas.md")).renderables
    assert shown.plain == "A filled pre-prep form, not a timeline: read it from the Pre-prep pane (8, then i)."


async def test_the_palette_lists_the_pre_prep_keys_before_the_pane_is_shown(tmp_path) -> None:
    app = make_app(tmp_path, FakeClock(), prep_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for wanted in ("Write forms", "Import form", "Meeting time", "→ Contributor", "→ Walk question", "Pre-prep"):
            assert any(title.startswith(wanted) for title in titles), wanted
        assert any(title.startswith("Write pre-prep forms") for title in titles)
