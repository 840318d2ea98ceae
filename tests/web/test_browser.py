"""The live page in a real browser, with the app driving it (Pilot) in the same test."""

from __future__ import annotations

import time

import pytest

from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.model.enums import FindingKind
from facilitator.model.text import clean_text
from facilitator.store.inbox import Inbox, inbox_path
from facilitator.tui.app import FacilitatorApp
from tests.web.web_browser import chromium, need_chromium, screenshot
from tests.web.web_sessions import HOSTILE, FakeClock, review_with_people, write_session

pytestmark = pytest.mark.usefixtures("browser_available", "live_port")


@pytest.fixture
def browser_available() -> None:
    need_chromium()


async def wait_until(pilot, condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the app did not show it in time"
        await pilot.pause(0.05)


async def share(pilot, app):
    """Press S and return the running server, back on the review screen."""
    await pilot.press("S")
    await wait_until(pilot, lambda: type(app.screen).__name__ == "ShareScreen")
    server = app.screen.server
    await pilot.press("escape")
    return server


async def test_the_page_follows_the_walk_and_what_is_sent_reaches_the_session_once_accepted(tmp_path) -> None:
    path = write_session(tmp_path)
    app = FacilitatorApp(path, now=FakeClock())
    async with app.run_test(size=(120, 36)) as pilot, chromium() as browser:
        server = await share(pilot, app)
        links = {link.name: link.url for link in server.links_list()}
        page = await browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        await page.goto(links["Ravi Menon"])
        await page.wait_for_selector("#conn:text('live')")

        await pilot.press("2", "w", "down", "down")
        event = app.review.session.timeline[2]
        began = time.monotonic()
        await page.wait_for_selector(f"#event-{event.id}.current", timeout=1000)
        assert time.monotonic() - began <= 1.0
        assert await page.text_content(".event-now-text") == "Event number 3 happened"
        assert await page.get_attribute(f"#event-{event.id}", "aria-current") == "true"

        await page.click("#hand-button")
        await page.wait_for_selector("#sent:text('Hand raised')")
        await page.fill("#parking-text", HOSTILE)
        await page.click("text=Park it")
        await page.wait_for_selector("#sent:text('Sent')")
        await wait_until(pilot, lambda: app.screen.query_one("#hands").display)
        assert "Ravi Menon" in str(app.screen.query_one("#hands").render())
        await page.wait_for_selector("#hand-state:text('Your hand is up')")

        await pilot.press("I")
        await wait_until(pilot, lambda: len(getattr(app.screen, "items", [])) == 2)
        assert [c.kind for c in app.screen.items] == [ContributionKind.HAND, ContributionKind.PARKING]
        await pilot.press("a", "a")
        await wait_until(pilot, lambda: bool(app.review.session.parking))
        assert app.active_review.session.parking[-1].text == f"{clean_text(HOSTILE)} (from Ravi Menon)"

        shown = page.locator(".parking li").last
        await shown.wait_for()
        assert await shown.text_content() == f"{clean_text(HOSTILE)} (from Ravi Menon)"
        assert dialogs == []
        assert await page.locator("a[href^='javascript']").count() == 0
        await pilot.press("escape")


async def test_a_pre_prep_form_filled_in_the_browser_becomes_the_persons_answers(tmp_path) -> None:
    review = review_with_people()
    decision = review.session.timeline[1]
    review.toggle_decision(decision.id)
    path = write_session(tmp_path, review.session)
    app = FacilitatorApp(path, now=FakeClock())
    async with app.run_test(size=(120, 36)) as pilot, chromium() as browser:
        server = await share(pilot, app)
        jo = next(link for link in server.links_list() if link.name == "Jo Park")
        page = await browser.new_page()
        await page.goto(jo.url)
        await page.fill("#prep-role", "payments dev, paged second")
        await page.fill("#prep-went-well", "Rollback took one command\nThe alert fired in 3 minutes")
        await page.fill(f"[name='knew:{decision.id}']", "Only the p99 latency graph")
        await page.click("text=Send my pre-prep form")
        await page.wait_for_selector("#sent:text('Pre-prep form sent')")
        await pilot.press("I")
        await wait_until(pilot, lambda: len(getattr(app.screen, "items", [])) == 1)
        await pilot.press("a")
        answers = app.active_review.session.prep_of(jo.holder)
        assert answers is not None
        assert answers.role == "payments dev, paged second"
        assert answers.went_well == ("Rollback took one command", "The alert fired in 3 minutes")
        assert answers.about(decision.id).knew == "Only the p99 latency graph"


async def test_a_bad_token_gets_403_and_the_watch_link_cannot_post(tmp_path) -> None:
    path = write_session(tmp_path)
    app = FacilitatorApp(path, now=FakeClock())
    async with app.run_test(size=(120, 36)) as pilot, chromium() as browser:
        server = await share(pilot, app)
        links = {link.name: link.url for link in server.links_list()}
        page = await browser.new_page()
        answer = await page.goto(f"{server.base_url}/p/not-the-token")
        assert answer is not None and answer.status == 403
        assert "does not work" in await page.text_content("h1")

        await page.goto(links["watch only"])
        await page.wait_for_selector("#conn:text('live')")
        assert await page.locator("form").count() == 0
        status = await page.evaluate(
            """async (url) => (await fetch(url + "/send", {method: "POST", body: new URLSearchParams({kind: "hand"}),
                                  headers: {Accept: "application/json"}})).status""",
            links["watch only"],
        )
        assert status == 403
        assert server.inbox.read().contributions == ()


async def test_screenshot_of_the_live_page(tmp_path) -> None:
    """The README's picture: a walk at a decision point, a round robin, a raised hand."""
    from facilitator.web.live_server import LiveServer

    review = review_with_people(events=8)
    timeline = review.session.timeline
    review.toggle_decision(timeline[4].id)
    review.add_note(timeline[3].id, "Ravi Menon: the dashboard showed p99 only")
    review.toggle_clock(FakeClock()())
    review.park("Alert thresholds for the pool size (from Jo Park)")
    review.add_action("Cap the pool size in the config schema", FakeClock()().date(), owner="Jo Park")
    review.add_finding(
        FindingKind.CONTRIBUTOR, "The pool size had no upper bound in the schema", event_ids=(timeline[1].id,)
    )
    review.add_finding(FindingKind.MITIGATOR, "The config push could be rolled back in one step")
    review.start_round(FakeClock()(), "What surprised you?", include_facilitator=True)
    path = write_session(tmp_path, review.session)
    ravi = next(p for p in review.session.participants if p.name == "Ravi Menon")
    Inbox(inbox_path(path)).add(
        Contribution(at=FakeClock()(), participant_id=ravi.id, name=ravi.name, kind=ContributionKind.HAND)
    )
    server = LiveServer(path, review.session, FakeClock())
    server.start()
    try:
        server.update(walk_event_id=timeline[4].id)
        link = next(link for link in server.links_list() if link.name == "Ravi Menon")
        async with chromium() as browser:
            page = await browser.new_page(viewport={"width": 1280, "height": 860})
            await page.goto(link.url)
            await page.wait_for_selector("#conn:text('live')")
            await page.wait_for_selector(".events li.current")
            assert await page.is_visible("text=You are next.")
            assert await page.is_visible("#hand-state:text('Your hand is up (number 1')")
            await screenshot(page, tmp_path / "live-page.png", "live-page.png")
    finally:
        server.stop()
