"""Debian's Chromium driven by Playwright (never Playwright's own browser download)."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # playwright is imported only where a browser test runs
    from playwright.async_api import Browser, ViewportSize

CHROMIUM = Path("/usr/bin/chromium")
DOCS = Path(__file__).parents[2] / "docs"
AXE = Path(__file__).parents[2] / "tools" / "axe_check" / "node_modules" / "axe-core" / "axe.min.js"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


PHONE: ViewportSize = {"width": 390, "height": 844}
LAPTOP: ViewportSize = {"width": 1280, "height": 800}


def need_chromium() -> None:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")


@asynccontextmanager
async def chromium(*extra: str) -> AsyncIterator[Browser]:
    """The browser, launched with ARGS and any `extra` flags."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")), args=[*ARGS, *extra]
        )
        try:
            yield browser
        finally:
            await browser.close()


async def screenshot(page: Any, shot: Path, docs_name: str | None = None) -> None:
    """A PNG of `page` in `shot`, checked to hold a picture; with UPDATE_SCREENSHOTS set, also
    docs/`docs_name`, the screenshot the guide shows."""
    await page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if docs_name is not None and os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copyfile(shot, DOCS / docs_name)


def need_axe() -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci --prefix tools/axe_check; .ci/run does it)")


async def serious_violations(page: Any, where: str = "document") -> list[str]:
    """axe-core's serious and critical violations in `where` (a selector, or the whole document)
    of `page`, opened with `bypass_csp=True` so the script can be added."""
    await page.add_script_tag(path=str(AXE))
    found: list[str] = await page.evaluate(
        """async (where) => (await axe.run(where === 'document' ? document : where, {resultTypes: ['violations']}))
             .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
             .map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].target})`)""",
        where,
    )
    return found


async def opened(browser: Browser, url: str, viewport: ViewportSize, **context: Any) -> Any:
    """A new page at `url`, once it follows the review."""
    page = await (await browser.new_context(viewport=viewport, **context)).new_page()
    await page.goto(url)
    await page.wait_for_selector("#conn:text('live')")
    return page


async def until(page: Any, expression: str, seconds: float = 10) -> None:
    """Wait until `expression` (evaluated in the page) is true; the page's CSP forbids wait_for_function."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await page.evaluate(expression):
        assert asyncio.get_running_loop().time() < deadline, f"never true: {expression}"
        await asyncio.sleep(0.05)
