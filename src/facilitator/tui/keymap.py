"""User key remapping: `keymap.toml` in the config folder maps binding ids to keys.

Names and keys are cleaned as all text coming in is (no control codes, model/text.py).

# ~/.config/facilitator/keymap.toml
[keys]
"clock.toggle" = "f5"
"park" = "ctrl+k"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from facilitator.model.text import clean_text
from facilitator.store.safe_read import NotReadable, read_regular_file

KEYMAP_FILE = "keymap.toml"
MAX_KEYMAP_BYTES = 1_000_000


def keymap_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("facilitator", appauthor=False)) / KEYMAP_FILE


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """(binding id -> keys, problem). A missing file is no problem; a bad one is reported."""
    if not path.exists():
        return {}, None
    try:
        data = tomllib.loads(read_regular_file(path, MAX_KEYMAP_BYTES).decode("utf-8-sig"))
    except NotReadable as error:
        return {}, f"{path}: {error}; default keys in use"
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: {error}; default keys in use"
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        return {}, f"{path}: [keys] must map binding ids to key names; default keys in use"
    return {clean_text(str(k)): clean_text(v) for k, v in keys.items()}, None
