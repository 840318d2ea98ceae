"""Every test keeps the session catalogues it makes in a cache folder of its own, and its user
settings (the theme chosen) in a config folder of its own; the command line run in-process
leaves no cache folder behind for the blameless check's compiled patterns. Tests that drive the
app get its pilot once the session is open."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from facilitator.checks import compiled_patterns


@pytest.fixture(scope="session")
def user_folders_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per test process that holds every test's own cache and config folders.

    `tmp_path_factory.mktemp` lists its whole base folder to number each new folder, so two of
    them for each of thousands of tests made the suite's set-up grow with the square of its size.
    """
    return tmp_path_factory.mktemp("user-folders")


@pytest.fixture(autouse=True)
def own_cache_folder(user_folders_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cache-", dir=user_folders_root))
    monkeypatch.setenv("FACILITATOR_CACHE", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_kept_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """`main()` run in-process points the compiled-pattern cache at this test's cache folder;
    the next test must not find it there (nor the process save into it on exit)."""
    monkeypatch.setattr(compiled_patterns._STORE, "folder", None)


@pytest.fixture(autouse=True)
def own_config_folder(user_folders_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="config-", dir=user_folders_root))
    monkeypatch.setenv("FACILITATOR_CONFIG", str(folder))
    return folder


@pytest.fixture
def live_port(own_config_folder: Path) -> int:
    """A free port saved as the live page's port: a test that presses S never takes 8765."""
    import socket

    from facilitator.store.live_settings import LiveSettings, save_live_settings
    from facilitator.store.user_settings import SETTINGS_FILE

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    save_live_settings(own_config_folder / SETTINGS_FILE, LiveSettings(port=port))
    return port


@pytest.fixture
def pilot_once_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """`FacilitatorApp.run_test()` hands over its pilot once the session it was given is open on
    screen (or refused with a problem screen), as a person starts typing once they see it: the app
    reads the session in a worker, after its first frame."""
    from textual.app import App
    from textual.pilot import Pilot

    from facilitator.tui.app import FacilitatorApp

    @asynccontextmanager
    async def run_test(app: FacilitatorApp, *args: Any, **kwargs: Any) -> AsyncIterator[Pilot[int]]:
        async with App.run_test(app, *args, **kwargs) as pilot:
            if app.session_path is not None:
                await app.session_loaded.wait()
                await pilot.pause()
            yield pilot

    monkeypatch.setattr(FacilitatorApp, "run_test", run_test)
