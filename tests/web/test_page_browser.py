"""The participants' page in Chromium, at a phone's 390x844 and a laptop's 1280x800: one tap to send
from anywhere, never moving while someone types, focus kept through updates, the clock right after
a sleep, read-only after close, a refused link saying why, and no serious axe-core violation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from facilitator.model.contribution import ContributionKind
from facilitator.model.prep import DecisionAnswer, PrepAnswers
from tests.web.conftest import LivePage
from tests.web.web_browser import LAPTOP, PHONE, chromium, need_axe, opened, screenshot, serious_violations, until

if TYPE_CHECKING:  # playwright is imported only where a browser test runs
    from playwright.async_api import ViewportSize


async def in_view(page, selector: str) -> bool:
    return await page.evaluate(
        """(selector) => { const r = document.querySelector(selector).getBoundingClientRect();
             const bar = document.getElementById('sendbar').getBoundingClientRect().height;
             return r.top >= 0 && r.bottom <= window.innerHeight - bar; }""",
        selector,
    )


async def test_on_a_phone_the_bar_sends_a_note_on_the_event_on_screen_when_typing_began(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), PHONE)
        await page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
        box = await page.locator("#sendbar").bounding_box()
        assert box is not None and box["y"] + box["height"] <= PHONE["height"] and box["y"] >= PHONE["height"] - 80
        first = live_page.review.session.timeline[4]
        await page.click("#bar-note")
        assert await page.evaluate("document.activeElement.id") == "sheet-text"
        await page.keyboard.type("The graph lagged")
        where = await page.locator("#sheet-text").bounding_box()
        moved_to = live_page.walk(5)
        await until(page, f"document.getElementById('grid').dataset.current === '{moved_to}'")
        assert "the discussion has moved on" in await page.text_content("#sheet-on")
        assert await page.locator("#sheet-text").bounding_box() == where
        await page.keyboard.type(" by a minute")
        await page.click("#sheet-send")
        await page.wait_for_selector("#toast:text('Sent')")
        (note,) = live_page.server.inbox.read().contributions
        assert (note.kind, note.event_id, note.text) == (
            ContributionKind.NOTE,
            first.id,
            "The graph lagged by a minute",
        )
        assert await page.is_hidden("#sheet")

        await page.click("#bar-park")
        await page.keyboard.type("Who owns the pool defaults?")
        await page.keyboard.press("Enter")  # a textarea: Enter is a new line, the button sends
        await page.click("#sheet-send")
        await until(page, "document.getElementById('toast').textContent.startsWith('Sent')")
        await page.click("#bar-hand")
        await page.wait_for_selector("#toast:text('Hand raised')")
        kinds = [c.kind for c in live_page.server.inbox.read().contributions]
        assert kinds == [ContributionKind.NOTE, ContributionKind.PARKING, ContributionKind.HAND]
        await page.wait_for_selector("#bar-hand:text('Lower hand')")
        await page.wait_for_selector("#mine li:has-text('Parking-lot topic')")
        assert "waiting for the facilitator" in await page.text_content("#mine")


async def test_on_a_phone_the_page_never_scrolls_while_a_form_has_focus(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Jo Park"), PHONE)
        await page.click("#note-text")
        await page.keyboard.type("Half a thought")
        before = await page.locator("#note-text").bounding_box()
        for index in (5, 6, 7):
            event_id = live_page.walk(index)
            await until(page, f"document.getElementById('grid').dataset.current === '{event_id}'")
            assert await page.locator("#note-text").bounding_box() == before  # where the reader's eyes are
        assert before is not None and 0 < before["y"] < PHONE["height"]
        assert await page.evaluate("document.activeElement.id") == "note-text"
        assert await page.input_value("#note-text") == "Half a thought"
        assert await page.is_visible("#back-to-current")
        await page.click("#back-to-current")
        assert await in_view(page, "#events li.current")
        assert await page.is_hidden("#back-to-current")


async def test_an_update_never_drops_keyboard_focus_and_the_turn_is_announced(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), LAPTOP)
        point = live_page.review.session.timeline[4]
        await page.focus(f"#answer-point-{point.id}")
        jo = next(p for p in live_page.review.session.participants if p.name == "Jo Park")
        live_page.review.record_prep(
            PrepAnswers(
                participant_id=jo.id,
                received_at=live_page.clock(),
                decisions=(DecisionAnswer(event_id=point.id, knew="p99 only"),),
            )
        )
        live_page.show()
        await page.wait_for_selector(f"#point-{point.id}:has-text('Answered by Jo Park')")
        assert await page.evaluate("document.activeElement.id") == f"answer-point-{point.id}"

        await page.focus("#hand-button")
        await page.keyboard.press("Enter")
        await page.wait_for_selector("#hand-button:text('Lower my hand')")
        assert await page.evaluate("document.activeElement.id") == "hand-button"

        live_page.review.next_speaker(live_page.clock())
        live_page.show()
        await page.wait_for_selector("#announce-turn:text('It is your turn.')")
        assert await page.is_visible("text=It is your turn.")


async def test_on_a_laptop_the_highlighted_event_stays_in_view_after_load_change_and_reconnect(
    live_page: LivePage,
) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), LAPTOP)
        assert await in_view(page, "#events li.current")
        far = live_page.walk(420)  # in the third chunk of the timeline, not loaded yet
        await page.wait_for_selector(f"#event-{far}.current")
        await until(
            page,
            "(() => { const r = document.querySelector('#events li.current').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight - 60; })()",
        )
        moved = live_page.walk_while_pages_are_away(300)
        await page.wait_for_selector(f"#event-{moved}.current", timeout=15_000)
        await until(
            page,
            "(() => { const r = document.querySelector('#events li.current').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight - 60; })()",
        )
        assert await page.locator("#events li.current").count() == 1


async def test_on_a_laptop_the_board_and_actions_get_the_width_and_times_show_both_zones(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), LAPTOP)
        lines = await page.evaluate(
            """() => [...document.querySelectorAll('.actions td, .actions th')].map(
                   (cell) => Math.round(cell.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight)))"""
        )
        assert max(lines) == 1, lines  # "Marcus Oyelaran" and "2026-04-21" each on one line
        width = await page.evaluate("document.querySelector('section.actions').getBoundingClientRect().width")
        assert width > 1000
        first = page.locator("li[data-event-id]").first
        assert "UTC" in await first.locator("time").text_content()
        assert "GMT+5:30" in await first.locator(".local").text_content()  # Ravi's own zone, Asia/Kolkata


async def test_the_countdown_is_right_after_the_page_slept(live_page: LivePage) -> None:
    async with chromium() as browser:
        context = await browser.new_context(viewport=LAPTOP)
        page = await context.new_page()
        now = datetime.now(UTC)
        await page.clock.install(time=now)
        await page.clock.pause_at(now + timedelta(seconds=1))  # the page's timers and clock stand still: it sleeps
        await page.goto(live_page.url("Ravi Menon"))
        await page.wait_for_selector("#conn:text('live')")
        await page.wait_for_selector("#box-left:text('5:00')")
        live_page.clock.current += timedelta(seconds=60)  # a minute passes; the sleeping page saw none of it
        assert await page.text_content("#box-left") == "5:00"
        await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        await page.wait_for_selector("#box-left:text('4:00')")
        assert await page.text_content("#meeting-left") == "59:00"


async def test_after_close_the_link_shows_the_outcome_read_only(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Jo Park"), PHONE)
        live_page.review.set_details(summary="Checkout slowed for 12 minutes.")
        live_page.review.close_review(live_page.clock())
        live_page.show()
        await page.wait_for_selector("text=The review is closed")
        assert await page.is_visible("text=Checkout slowed for 12 minutes.")
        assert await page.is_visible("td:text('Marcus Oyelaran')")
        assert await page.is_visible("text=The pool size had no upper bound in the schema")
        assert await page.locator("form").count() == 0
        assert await page.locator("#box-left, #sendbar").count() == 0


async def test_a_revoked_links_open_page_stops_at_once_and_says_why(live_page: LivePage) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Jo Park"), PHONE)
        jo = next(link.holder for link in live_page.server.links_list() if link.name == "Jo Park")
        old = live_page.url("Jo Park")
        live_page.server.revoke(jo)
        await page.wait_for_selector("#gone:text('This link was replaced by a new one')")
        assert await page.text_content("#conn") != "reconnecting…"
        assert await page.is_hidden("#sendbar")
        fresh = await page.context.new_page()
        answer = await fresh.goto(old)
        assert answer is not None and answer.status == 403
        assert "replaced" in await fresh.text_content("main")


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390x844", "1280x800"])
async def test_axe_core_finds_no_serious_violation(live_page: LivePage, viewport: ViewportSize) -> None:
    need_axe()
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), viewport, bypass_csp=True)
        assert await serious_violations(page) == []


async def test_screenshot_of_the_phone_page(live_page: LivePage, tmp_path: Path) -> None:
    """docs/live-page-phone.png: a decision point under discussion, Ravi next in the round, the bar."""
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), PHONE, device_scale_factor=2)
        await page.click("#bar-hand")
        await page.wait_for_selector("#bar-hand:text('Lower hand')")
        await page.evaluate("document.getElementById('toast').textContent = ''")
        await screenshot(page, tmp_path / "live-page-phone.png", "live-page-phone.png")
