"""Finding one channel's day files (and users.json) in a Slack export, zipped or not.

A workspace export holds `channels.json`, `users.json` and one folder per channel with
a `YYYY-MM-DD.json` per day; an Enterprise Grid export has `org_users.json` too (or
instead). Also accepted: a channel folder, a single day file, or a flat JSON list of
messages with `users.json`, `org_users.json` or `slack_users.json` beside it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from facilitator.importers.reading import InputError, decode, read_text

_DAY_FILE = re.compile(r"\d{4}-\d{2}-\d{2}\.json")
USERS_FILES = ("users.json", "org_users.json", "slack_users.json")
CHANNEL_FILES = ("channels.json", "groups.json", "mpims.json", "dms.json")


@dataclass
class SlackFiles:
    """The JSON texts to read: (name for messages, text) per day, in date order; the user lists;
    and the channel lists (for the names of `<#C123|>` links)."""

    days: list[tuple[str, str]]
    users: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()


def is_zip(path: Path) -> bool:
    return path.is_file() and zipfile.is_zipfile(path)


def _pick_channels(channels: list[str], wanted: tuple[str, ...]) -> list[str]:
    """Every channel named in `wanted` (each must be there), else the only one there is."""
    if wanted:
        for asked in wanted:
            if asked.lstrip("#") not in channels:
                listed = ", ".join(sorted(channels)) or "none"
                raise InputError(f"no channel {asked!r} in the export (channels: {listed})")
        return list(dict.fromkeys(name.lstrip("#") for name in wanted))
    if len(channels) == 1:
        return channels
    if not channels:
        raise InputError("no channel folders with day files (YYYY-MM-DD.json) in this Slack export")
    raise InputError(
        f"the export holds {len(channels)} channels ({', '.join(sorted(channels))}); pick one with --channel NAME"
    )


def _from_tree(files: dict[str, Callable[[], bytes]], source: str, wanted: tuple[str, ...]) -> SlackFiles:
    """`files` maps paths inside an export (posix, relative to its top) to their readers."""
    days_by_channel: dict[str, list[str]] = {}
    for name in files:
        parts = PurePosixPath(name).parts
        if len(parts) == 2 and _DAY_FILE.fullmatch(parts[1]):
            days_by_channel.setdefault(parts[0], []).append(name)
    chosen = _pick_channels(list(days_by_channel), wanted)
    days = [(f"{source}/{name}", decode(files[name]())) for channel in chosen for name in days_by_channel[channel]]
    return SlackFiles(
        sorted(days),
        tuple(decode(files[name]()) for name in USERS_FILES if name in files),
        tuple(decode(files[name]()) for name in CHANNEL_FILES if name in files),
    )


def _zip_tree(archive: zipfile.ZipFile) -> dict[str, Callable[[], bytes]]:
    names = [info.filename for info in archive.infolist() if not info.is_dir()]
    tops = [n.rsplit("/", 1)[0] + "/" if "/" in n else "" for n in names if n.rsplit("/", 1)[-1] == "channels.json"]
    root = min(tops, key=len) if tops else ""
    return {n[len(root) :]: _reader(archive, n) for n in names if n.startswith(root) and n.endswith(".json")}


def _reader(archive: zipfile.ZipFile, name: str) -> Callable[[], bytes]:
    return lambda: archive.read(name)


def _folder_tree(path: Path) -> dict[str, Callable[[], bytes]]:
    found = [*path.glob("*.json"), *path.glob("*/*.json")]
    return {p.relative_to(path).as_posix(): p.read_bytes for p in found}


def _lists_in(names: tuple[str, ...], *folders: Path) -> tuple[str, ...]:
    """The lists called `names` (users.json, org_users.json, ...) in the first of `folders` that has any."""
    for folder in folders:
        found = tuple(read_text(folder / name) for name in names if (folder / name).is_file())
        if found:
            return found
    return ()


def _beside(days: list[tuple[str, str]], *folders: Path) -> SlackFiles:
    return SlackFiles(days, _lists_in(USERS_FILES, *folders), _lists_in(CHANNEL_FILES, *folders))


def slack_files(path: Path, channels: tuple[str, ...] = ()) -> SlackFiles:
    """The day files of the chosen channels in the export at `path`. Raises InputError."""
    source = str(path)
    try:
        if is_zip(path):
            with zipfile.ZipFile(path) as archive:
                return _from_tree(_zip_tree(archive), source, channels)
        if path.is_dir():
            day_files = sorted(p for p in path.glob("*.json") if _DAY_FILE.fullmatch(p.name))
            if day_files:
                return _beside([(str(p), read_text(p)) for p in day_files], path, path.parent)
            return _from_tree(_folder_tree(path), source, channels)
        return _beside([(source, read_text(path))], path.parent, path.parent.parent)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as error:
        raise InputError(f"cannot read the Slack export ({error})") from None
