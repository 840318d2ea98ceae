"""Every test keeps the session catalogues it makes in a cache folder of its own, and its user
settings (the theme chosen) in a config folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FACILITATOR_CACHE", str(folder))
    return folder


@pytest.fixture(autouse=True)
def own_config_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("config")
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
