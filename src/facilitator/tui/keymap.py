"""User key remapping: `keymap.toml` in the config folder maps binding ids to keys.

Names and keys are cleaned as all text coming in is (no control codes, model/text.py).

# ~/.config/facilitator/keymap.toml
[keys]
"clock.toggle" = "f6"
"park" = "ctrl+k"
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from textual.binding import Binding

from facilitator.model.text import clean_text
from facilitator.store.paths import config_dir
from facilitator.store.safe_read import NotReadable, parse_toml, read_regular_file

KEYMAP_FILE = "keymap.toml"
MAX_KEYMAP_BYTES = 1_000_000


def keymap_path() -> Path:
    return config_dir() / KEYMAP_FILE


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """(binding id -> keys, problem). A missing file is no problem; a bad one is reported."""
    if not path.exists():
        return {}, None
    try:
        data = parse_toml(read_regular_file(path, MAX_KEYMAP_BYTES).decode("utf-8-sig"))
    except NotReadable as error:
        return {}, f"{path}: {error}; default keys in use"
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"{path}: {error}; default keys in use"
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        return {}, f"{path}: [keys] must map binding ids to key names; default keys in use"
    return {clean_text(str(k)): clean_text(v) for k, v in keys.items()}, None


def keymap_clashes(keymap: Mapping[str, str], groups: Iterable[Sequence[Binding]]) -> list[str]:
    """Keys the keymap binds twice where both are live at once (a screen with its app and one
    pane): `"1" is both clock.toggle and pane.framing`. Each group is such a set of bindings."""
    clashes: list[str] = []
    for bindings in groups:
        by_key: dict[str, list[str]] = {}
        for binding in bindings:
            if not binding.id:
                continue
            keys = keymap.get(binding.id, binding.key)
            for key in (k.strip() for k in keys.split(",")):
                by_key.setdefault(key, []).append(binding.id)
        for key, ids in by_key.items():
            if len(ids) > 1 and any(i in keymap for i in ids):
                clash = f'"{key}" is bound to both {" and ".join(sorted(set(ids)))}'
                if clash not in clashes and len(set(ids)) > 1:
                    clashes.append(clash)
    return clashes
