"""The app around the panes: picker, read-only second window, broken files, keymap, palette, help."""

from __future__ import annotations

from pathlib import Path

from facilitator.store.session_file import load_session, open_session, write_new_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.agenda import AgendaStrip
from tests.tui.screen_text import screen_text, wait_for_text
from tests.tui.tui_sessions import build_session


async def test_picker_lists_sessions_and_opens_one(tmp_path: Path, clock) -> None:
    write_new_session(tmp_path / "checkout.json", build_session())
    app = FacilitatorApp(sessions_folder=tmp_path, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Checkout latency after a config push" in await wait_for_text(pilot, "Checkout latency")
        await pilot.press("enter")
        await app.session_loaded.wait()
        await pilot.pause()
        assert app.review is not None and app.review.session.slug == "checkout"
        assert "Framing" in app.screen.query_one(AgendaStrip).render().plain


async def test_picker_creates_a_new_session(tmp_path: Path, clock) -> None:
    app = FacilitatorApp(sessions_folder=tmp_path, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "No sessions yet" in await wait_for_text(pilot, "No sessions yet")
        await pilot.press("n")
        app.screen.query_one("#f-title").value = "DNS outage"
        await pilot.press("enter")
        await app.session_loaded.wait()
        await pilot.pause()
        assert app.review.session.title == "DNS outage"
    assert (tmp_path / "dns-outage.json").exists()


async def test_a_second_window_on_the_same_session_is_read_only(session_file: Path, clock) -> None:
    first = open_session(session_file)
    try:
        app = FacilitatorApp(session_path=session_file, now=clock)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause()
            assert "READ-ONLY" in screen_text(app)
            before = session_file.read_bytes()
            await pilot.press("2", "d", "x")
            await pilot.pause()
            assert len(app.review.session.timeline) == 8
            assert any("read-only" in n.message for n in app._notifications)
        assert session_file.read_bytes() == before
    finally:
        first.close()


async def test_a_broken_file_is_explained_and_left_untouched(tmp_path: Path, clock) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"session": {"1": {"title": ', encoding="utf-8")
    app = FacilitatorApp(session_path=path, now=clock)
    async with app.run_test(size=(200, 40)) as pilot:  # wide enough that the long tmp path is not wrapped
        text = await wait_for_text(pilot, "could not be opened")
        assert "could not be opened" in text and "broken.json" in text and "not valid JSON" in text
    assert path.read_text(encoding="utf-8") == '{"session": {"1": {"title": '


async def test_user_keymap_remaps_a_binding_by_id(session_file: Path, tmp_path: Path, clock) -> None:
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"clock.toggle" = "f5"\n', encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock, keymap_file=keymap)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        assert app.review.session.clock.running
        await pilot.press("space")
        assert app.review.session.clock.running, "space no longer toggles once remapped"


async def test_a_bad_keymap_is_reported_and_defaults_stay(session_file: Path, tmp_path: Path, clock) -> None:
    keymap = tmp_path / "keymap.toml"
    keymap.write_text("[keys\n", encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock, keymap_file=keymap)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert any("default keys in use" in n.message for n in app._notifications)
        await pilot.press("space")
        assert app.review.session.clock.running


async def test_every_described_binding_is_in_the_palette_and_the_help(session_file: Path, clock) -> None:
    from facilitator.tui.bindings import binding_help

    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for wanted in ("Clock", "Next box", "Park", "Walk", "Correct", "Decision", "Import", "Export", "Undo"):
            assert any(title.startswith(wanted) for title in titles), wanted
        helps = list(binding_help(app, app.screen))
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        for item in helps[:12]:
            assert item.description in text


async def test_palette_command_runs_the_action(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        command = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Clock"))
        await command.callback()
        assert app.review.session.clock.running


async def test_ctrl_c_and_signals_save_before_exit(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        app.screen.query_one("#f-text").value = "Saved on Ctrl+C"
        await pilot.press("enter")
        await pilot.press("ctrl+c")
    assert [p.text for p in load_session(session_file).parking] == ["Saved on Ctrl+C"]

    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        app._exit_on_signal()  # what SIGTERM and SIGHUP run
        await pilot.pause()
    assert load_session(session_file).clock.running
    assert not session_file.with_name(session_file.name + ".lock").exists()


async def test_theme_cycles_to_high_contrast(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        assert app.theme == "facilitator-high-contrast"


async def test_report_across_reviews_from_the_picker(tmp_path: Path, clock) -> None:
    write_new_session(tmp_path / "checkout.json", build_session())
    (tmp_path / "junk.json").write_text("not json", encoding="utf-8")
    app = FacilitatorApp(sessions_folder=tmp_path, now=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "junk.json: skipped" in text
        assert "Report across the reviews" in text


async def test_export_from_the_app_writes_markdown(session_file: Path, tmp_path: Path, clock) -> None:
    target = tmp_path / "out.md"
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#f-path").value = str(target)
        app.screen.query_one("#f-path").focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(f"to {target}" in n.message for n in app._notifications)
    assert target.read_text(encoding="utf-8").startswith("# Postmortem: Checkout latency after a config push")


async def test_palette_reaches_a_pane_not_shown_yet(session_file: Path, clock) -> None:
    from facilitator.tui.dialogs.form import FormDialog

    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.screen.current_pane == "framing"
        command = next(c for c in app.get_system_commands(app.screen) if c.help == "Actions" and "(a)" in c.title)
        await command.callback()
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press("escape")
        assert app.screen.current_pane == "actions"


async def test_a_folder_name_with_markup_shows_literally_in_the_report(tmp_path: Path, clock) -> None:
    folder = tmp_path / "[bold]x [@click=app.quit]q"
    folder.mkdir()
    write_new_session(folder / "checkout.json", build_session())
    app = FacilitatorApp(sessions_folder=folder, now=clock)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.press("R")
        await app.workers.wait_for_complete()
        text = await wait_for_text(pilot, "Report across")
        assert "[bold]x [@click=app.quit]q" in text
        assert app.is_running


async def test_the_backup_of_a_broken_file_can_be_restored(session_file: Path, clock) -> None:
    from facilitator.review import Review
    from facilitator.store.session_file import open_session as open_for_writing

    file = open_for_writing(session_file)  # one good save, so a .bak exists
    review = Review(file.session, file)
    review.park("a change, so that saving keeps the first version as the backup")
    review.save_now(clock())
    review.close()
    broken = '{"session": {"1": {"title": '
    session_file.write_text(broken, encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(200, 40), notifications=True) as pilot:
        assert "r restores the backup" in await wait_for_text(pilot, "r restores the backup")
        await pilot.press("r")
        await app.session_loaded.wait()
        await pilot.pause()
        assert app.review is not None
        assert app.review.session.title == "Checkout latency after a config push"
    kept = list(session_file.parent.glob("checkout.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == broken
    assert load_session(session_file).title == "Checkout latency after a config push"


async def test_the_layout_can_change_before_the_meeting_but_not_after(session_file: Path, clock) -> None:
    from facilitator.tui.widgets.agenda import AgendaStrip

    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("L")
        await pilot.pause()
        layouts = app.screen.query_one("OptionList")
        layouts.highlighted = [layouts.get_option_at_index(i).id for i in range(layouts.option_count)].index("sev1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.layout.name == "sev1"
        assert "1:30:00 left" in app.screen.query_one(AgendaStrip).render().plain
        await pilot.press("space", "L")
        await pilot.pause()
        app.screen.query_one("OptionList").highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.review.session.layout.name == "sev1"
        assert any("the layout can no longer change" in n.message for n in app._notifications)


async def test_a_keymap_that_binds_one_key_twice_is_reported(session_file: Path, tmp_path: Path, clock) -> None:
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"clock.toggle" = "1"\n', encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock, keymap_file=keymap)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert any('"1" is bound to both clock.toggle and pane.framing' in n.message for n in app._notifications)


async def test_ctrl_s_says_that_it_saved(session_file: Path, clock) -> None:
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("is up to date" in n.message for n in app._notifications)
        await pilot.press("p")
        await pilot.press(*"Pool defaults", "enter")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(n.message == f"Saved {session_file.name}." for n in app._notifications)


async def test_export_starts_beside_the_session_and_remembers_the_folder(
    session_file: Path, tmp_path: Path, clock
) -> None:
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    app = FacilitatorApp(session_path=session_file, now=clock)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen.query_one("#f-path").value == str(session_file.parent)
        app.screen.query_one("#f-path").value = str(elsewhere)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (elsewhere / "checkout.md").exists() or any(elsewhere.iterdir())
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen.query_one("#f-path").value == str(elsewhere)
    next_launch = FacilitatorApp(session_path=session_file, now=clock)
    async with next_launch.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert next_launch.screen.query_one("#f-path").value == str(elsewhere)


DEEP_JSON = "[" * 20_000 + "]" * 20_000
DEEP_TOML = "[keys]\nx = " + "[" * 20_000 + "]" * 20_000 + "\n"


async def test_deeply_nested_settings_and_keymap_are_one_line_each_and_the_app_starts(
    session_file: Path, tmp_path: Path, clock
) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(DEEP_JSON, encoding="utf-8")
    keymap = tmp_path / "keymap.toml"
    keymap.write_text(DEEP_TOML, encoding="utf-8")
    app = FacilitatorApp(session_path=session_file, now=clock, keymap_file=keymap, settings_file=settings)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert f"{settings}: not read (nested too deeply); default settings in use" in said
        assert f"{keymap}: nested too deeply to be read; default keys in use" in said
        await pilot.press("space")
        assert app.review.session.clock.running
