"""Sharing the live page in the app: no token on the screen, the settings form, a taken port, what waits."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.store.links import links_path, load_links, messages_path
from facilitator.store.live_settings import load_live_settings
from facilitator.store.user_settings import SETTINGS_FILE
from facilitator.tui.bindings import binding_help
from facilitator.tui.dialogs.form import FormDialog
from facilitator.tui.dialogs.pick import PickDialog
from facilitator.tui.screens.presentation import PresentationScreen
from facilitator.tui.screens.share import ShareScreen
from tests.tui.live_sessions import inbox_app
from tests.tui.screen_text import screen_text, wait_for_text


async def settle(pilot, condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not shown in time"
        await pilot.pause(0.05)


def tokens(app) -> list[str]:
    return list(load_links(links_path(app.active_review.file.path)).tokens.values())


async def share(pilot) -> ShareScreen:
    await settle(pilot, lambda: pilot.app.session_loaded.is_set())
    await pilot.press("S")
    await settle(pilot, lambda: isinstance(pilot.app.screen, ShareScreen))
    await pilot.pause()
    return pilot.app.screen


@pytest.mark.usefixtures("live_port")
async def test_the_share_dialog_never_paints_a_token_and_copies_one_link_at_a_time(tmp_path: Path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        dialog = await share(pilot)
        shown = screen_text(app)
        secrets = tokens(app)
        assert len(secrets) == 4 and not any(token in shown for token in secrets)
        assert not any(token[4:12] in shown for token in secrets)
        for link in dialog.links:
            assert link.name in shown and link.masked in shown

        await pilot.press("down", "c")  # Ravi Menon's link, to the clipboard only
        ravi = dialog.links[1]
        assert app.clipboard == ravi.url
        await pilot.press("m")
        assert ravi.url in app.clipboard and app.clipboard.startswith("Hi Ravi Menon, here is your personal link")
        await pilot.press("w")
        written = messages_path(app.active_review.file.path)
        text = await wait_for_text(pilot, "Wrote 4 messages", tries=200)
        notices = "".join(line.split("▌", 1)[1].strip() for line in text.splitlines() if "▌" in line)
        assert str(written) in notices and "git ignores it" in notices  # the notice's wrapped lines joined
        assert written.stat().st_mode & 0o777 == 0o600
        assert all(token in written.read_text() for token in secrets)
        assert not any(token in screen_text(app) for token in secrets)

        await pilot.press("r")  # revoke Ravi's link: the dialog shows the new one, masked
        await settle(pilot, lambda: dialog.links[1].url != ravi.url)
        assert not any(token in screen_text(app) for token in tokens(app))


@pytest.mark.usefixtures("live_port")
async def test_presentation_mode_never_shows_a_link(tmp_path: Path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await share(pilot)
        await pilot.press("escape", "f5")
        await settle(pilot, lambda: isinstance(app.screen, PresentationScreen))
        await pilot.press("S")  # the share key does nothing on the shared screen
        await pilot.pause()
        shown = screen_text(app)
        assert isinstance(app.screen, PresentationScreen)
        assert "/p/" not in shown and "/w/" not in shown
        assert not any(token[:4] in shown for token in tokens(app))


async def test_the_settings_form_checks_and_remembers_them_for_the_app_and_serve(
    tmp_path: Path, own_config_folder: Path
) -> None:
    cert = tmp_path / "cert.pem"
    cert.write_text("x")
    app = inbox_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, lambda: app.session_loaded.is_set())
        listed = {item.description.split(":")[0]: item.keys for item in binding_help(app, app.screen)}
        assert listed["Live page settings"] == "O"  # in help and the command palette
        await pilot.press("O")
        assert isinstance(app.screen, FormDialog)
        form = app.screen
        values = {"host": "0.0.0.0", "port": "99999", "public_url": "https://review.example.com/"}
        for key, value in values.items():
            form.query_one(f"#f-{key}").value = value
        await pilot.press("ctrl+s")
        assert "port: '99999' is not a port number (1-65535)" in await wait_for_text(
            pilot, "not a port number", tries=200
        )
        assert app.screen is form
        form.query_one("#f-port").value = "9443"
        form.query_one("#f-cert").value = str(cert)
        form.query_one("#f-key").value = str(cert)
        form.query_one("#f-trust_proxy").value = True
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not isinstance(app.screen, FormDialog))
        await settle(pilot, lambda: "live.port" in (own_config_folder / SETTINGS_FILE).read_text())
    saved, problem = load_live_settings(own_config_folder / SETTINGS_FILE)
    assert problem == ""
    assert (saved.host, saved.port, saved.public_url, saved.trust_proxy) == (
        "0.0.0.0",
        9443,
        "https://review.example.com",
        True,
    )
    assert saved.cert == saved.key == str(cert.resolve())
    assert json.loads((own_config_folder / SETTINGS_FILE).read_text())["live.trust_proxy"] == "yes"


async def test_a_taken_port_is_said_with_a_choice_and_never_swapped_silently(tmp_path: Path, live_port: int) -> None:
    app = inbox_app(tmp_path)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", live_port))
        holder.listen()
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await settle(pilot, lambda: app.screen.query_one("#hands").display)
            app.clear_notifications()
            await pilot.press("S")
            await settle(pilot, lambda: isinstance(app.screen, PickDialog))
            text = await wait_for_text(pilot, "Cancel: do not start", tries=200)
            assert f"The live page did not start: port {live_port} on 127.0.0.1 is" in text
            assert "Cancel: do not start the page" in text
            choices = dict(app.screen.items)
            assert "Cancel: do not start the page" in choices.values()
            await pilot.press("escape")
            assert "The live page was not started." in await wait_for_text(pilot, "not started", tries=200)
            review_screen = app.screen
            assert review_screen.live_server is None

            await pilot.press("S")
            await settle(pilot, lambda: isinstance(app.screen, PickDialog))
            other = next(label for key, label in app.screen.items if key == "other")
            await pilot.press("enter")  # the first choice: another free port, this time only
            await settle(pilot, lambda: isinstance(app.screen, ShareScreen))
            port = review_screen.live_server.port
            assert port != live_port and f"port {port} this time" in other
            assert f"Live page on http://127.0.0.1:{port}" in screen_text(app)
            assert app.live_settings.port == live_port


async def test_what_waits_shows_beside_the_hands_and_on_its_event_as_it_arrives(tmp_path: Path) -> None:
    app = inbox_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, lambda: app.screen.query_one("#hands").display)
        assert "✉ 2 waiting  ✋ 2 Ravi Menon, Jo Park  (I: inbox)" in screen_text(app)
        await pilot.press("2")
        session = app.active_review.session
        event = session.timeline[2]
        row = next(line for line in screen_text(app).splitlines() if event.text[:20] in line)
        assert "✉1" in row

        person = session.participants[1]
        note = Contribution(
            at=event.at,
            participant_id=person.id,
            name=person.name,
            kind=ContributionKind.QUESTION,
            text="Why then?",
            event_id=event.id,
        )
        Inbox(inbox_path(app.active_review.file.path)).add(note)
        await settle(pilot, lambda: len(app.active_review.waiting.others) == 3)
        text = await wait_for_text(pilot, "✉ 3 waiting", tries=200)
        assert "✉ 3 waiting" in text
        row = next(line for line in text.splitlines() if event.text[:20] in line)
        assert "✉2" in row
