"""What the app remembers between launches for this user (the theme, the export folder, the live page's address), in `settings.json`
in the config folder. A missing or unreadable file means the defaults; writes are atomic."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.model.text import clean_text
from facilitator.store.paths import config_dir
from facilitator.store.safe_read import NotReadable, read_regular_file
from facilitator.store.storage import write_atomic

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 100_000


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def read_settings(path: Path) -> tuple[dict[str, str], str | None]:
    """The saved settings (name -> value), and why the file could not be used if it could not
    (None when it was read, or there is none yet: the defaults are no problem)."""
    try:
        data = json.loads(read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except FileNotFoundError:
        return {}, None
    except (NotReadable, OSError, UnicodeDecodeError, ValueError) as error:
        return {}, f"{path}: not read ({error}); default settings in use"
    except RecursionError:
        return {}, f"{path}: not read (nested too deeply); default settings in use"
    if not isinstance(data, dict):
        return {}, f"{path}: not read (not a JSON object of settings); default settings in use"
    return {clean_text(str(k)): clean_text(v) for k, v in data.items() if isinstance(v, str)}, None


def load_settings(path: Path) -> dict[str, str]:
    """The saved settings (name -> value); {} when there are none or the file is not usable."""
    return read_settings(path)[0]


def save_settings(path: Path, values: dict[str, str]) -> None:
    """Set these settings in one write, keeping the others; creates the config folder. Raises SaveError."""
    settings = load_settings(path)
    settings.update(values)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(settings, indent=2, sort_keys=True) + "\n", backup=False)
