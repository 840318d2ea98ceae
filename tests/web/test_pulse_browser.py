"""The anonymous pulse in Chromium: it appears on a participant's open page when the agenda reaches
the debrief, is answered with the keyboard alone on a phone (390x844), fits a laptop (1280x800),
then says thanks, also after a reload, and goes away when the agenda leaves the debrief."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from facilitator.model.enums import TimeboxKind
from facilitator.web.pulse import THANKS
from tests.web.conftest import LivePage
from tests.web.web_browser import LAPTOP, PHONE, chromium, need_axe, opened, screenshot, serious_violations, until

if TYPE_CHECKING:  # playwright is imported only where a browser test runs
    from playwright.async_api import ViewportSize


def debrief_index(live_page: LivePage) -> int:
    timeboxes = live_page.review.session.layout.timeboxes
    return next(i for i, box in enumerate(timeboxes) if box.kind is TimeboxKind.DEBRIEF)


def to_debrief(live_page: LivePage) -> None:
    live_page.review.jump_timebox(debrief_index(live_page), live_page.clock())
    live_page.show()


async def test_on_a_phone_the_pulse_opens_at_the_debrief_and_is_answered_by_keyboard(
    live_page: LivePage, tmp_path: Path
) -> None:
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), PHONE, device_scale_factor=2)
        assert await page.is_hidden("#pulse")
        to_debrief(live_page)
        await until(page, "!document.getElementById('pulse').hidden")
        assert "two anonymous questions" in await page.text_content("#announce")
        assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        for choice in await page.locator(".scale-choice").all():
            box = await choice.bounding_box()
            assert box is not None and box["height"] >= 44 and box["width"] >= 44  # a thumb's target
        await screenshot(page, tmp_path / "pulse-phone.png", "live-page-pulse.png")

        await page.focus("input[name=safe][value='1']")
        for _ in range(3):
            await page.keyboard.press("ArrowRight")  # a radio group: arrows choose, 1 → 4
        await page.keyboard.press("Tab")  # on to the second question
        await page.keyboard.press("ArrowLeft")  # from nothing chosen: wraps to 5
        assert await page.evaluate("document.activeElement.name + document.activeElement.value") == "useful5"
        await page.keyboard.press("Tab")
        assert await page.evaluate("document.activeElement.textContent") == "Send my answer"
        await page.keyboard.press("Enter")

        await until(page, "!document.getElementById('pulse-thanks').hidden")
        assert (await page.text_content("#pulse-thanks")) == THANKS
        assert await page.is_hidden("#pulse-form")
        assert await page.evaluate("document.activeElement.id") == "pulse-thanks"
        assert [(a.safe, a.useful) for a in live_page.server.inbox.read().pulse] == [(4, 5)]
        assert live_page.server.inbox.read().contributions == ()
        mine = (await page.text_content("#mine")) or ""
        assert "Nothing yet" in mine  # the answer is not listed among what Ravi sent
        await screenshot(page, tmp_path / "pulse-thanks.png")

        await page.reload()
        await page.wait_for_selector("#conn:text('live')")
        assert await page.is_visible("#pulse-thanks") and await page.is_hidden("#pulse-form")

        live_page.review.previous_timebox(live_page.clock())
        live_page.show()
        await until(page, "document.getElementById('pulse').hidden")


async def test_on_a_laptop_the_pulse_form_fits_and_a_tap_on_a_number_chooses_it(live_page: LivePage) -> None:
    to_debrief(live_page)
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Jo Park"), LAPTOP)
        assert await page.is_visible("#pulse-form")
        assert await page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
        await page.click(".scale-choice:has(input[name=safe][value='2'])")
        await page.click(".scale-choice:has(input[name=useful][value='3'])")
        await page.click("#pulse-form button[type=submit]")
        await page.wait_for_selector(f"#toast:text('{THANKS}')")
        assert [(a.safe, a.useful) for a in live_page.server.inbox.read().pulse] == [(2, 3)]


async def test_a_half_answered_pulse_is_not_sent(live_page: LivePage) -> None:
    to_debrief(live_page)
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Jo Park"), PHONE)
        await page.click(".scale-choice:has(input[name=safe][value='5'])")
        await page.click("#pulse-form button[type=submit]")
        assert await page.evaluate("document.querySelector('input[name=useful]').validity.valueMissing")
        assert await page.is_visible("#pulse-form")
        assert live_page.server.inbox.read().pulse == ()


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390x844", "1280x800"])
async def test_axe_core_finds_no_serious_violation_in_the_pulse(live_page: LivePage, viewport: ViewportSize) -> None:
    need_axe()
    to_debrief(live_page)
    async with chromium() as browser:
        page = await opened(browser, live_page.url("Ravi Menon"), viewport, bypass_csp=True)
        assert await page.is_visible("#pulse-form")
        assert await serious_violations(page, "#pulse") == []
