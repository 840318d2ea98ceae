"""Debian's Chromium driven by Playwright (never Playwright's own browser download)."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
DOCS = Path(__file__).parents[2] / "docs"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need_chromium() -> None:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    pytest.importorskip("playwright", reason="the playwright package is not installed (pip install -e '.[test]')")


@asynccontextmanager
async def chromium(*extra: str) -> AsyncIterator:
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
