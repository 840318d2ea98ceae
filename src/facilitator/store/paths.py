"""Where session files live, and how a SESSION argument names one."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from facilitator.model.slug import MAX_SLUG, slugify

APP_NAME = "facilitator"
SUFFIX = ".json"


def inbox_path(session_path: Path) -> Path:
    """The inbox beside a session file: what its live page was sent (store/inbox.py)."""
    return session_path.with_name(inbox_name(session_path.name))


def inbox_name(session_name: str) -> str:
    """The name of the inbox beside the session file named `session_name`."""
    return session_name + ".inbox"


def sessions_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--dir`, else $FACILITATOR_HOME, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("FACILITATOR_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "sessions"


def config_dir() -> Path:
    """$FACILITATOR_CONFIG, else the platform's user config folder (keymap, layouts, settings)."""
    env = os.environ.get("FACILITATOR_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def user_layouts_dir() -> Path:
    return config_dir() / "layouts"


def cache_dir() -> Path:
    """$FACILITATOR_CACHE, else the platform's user cache folder."""
    env = os.environ.get("FACILITATOR_CACHE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def catalogue_path(folder: Path) -> Path:
    """The catalogue of the sessions in `folder` (store.catalogue): one file per folder."""
    where = str(folder.expanduser().resolve())
    digest = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache_dir() / "catalogues" / f"{slugify(folder.name)}-{digest}.json"


def session_path(folder: Path, slug: str) -> Path:
    """The file of session `slug` in `folder`; the slug is re-checked so no path escapes."""
    safe = slugify(slug)
    return folder / f"{safe}{SUFFIX}"


def resolve_session(ref: str, folder: Path) -> Path:
    """A SESSION argument: a path to a session file, or a slug in the sessions folder."""
    candidate = Path(ref).expanduser()
    if candidate.suffix == SUFFIX and (candidate.exists() or os.sep in ref):
        return candidate
    if candidate.is_file():
        return candidate
    return session_path(folder, ref)


def session_file_entries(folder: Path) -> list[tuple[os.DirEntry[str], os.DirEntry[str] | None]]:
    """The session files in `folder` as directory entries, by name (hidden and temporary
    files left out), each with its inbox's entry if it has one (`inbox_path`), from one listing
    of the folder; `entry.stat()` is cheaper than a stat by path."""
    if not folder.is_dir():
        return []
    with os.scandir(folder) as found:
        listed = {e.name: e for e in found if not e.name.startswith(".")}
    names = sorted(name for name in listed if name.endswith(SUFFIX))
    return [(listed[name], listed.get(inbox_name(name))) for name in names]


def unique_slug(folder: Path, title: str) -> str:
    """A slug for `title` that no file in `folder` uses yet: `title`, `title-2`, `title-3`, ...

    The number goes on the end of a base cut short enough that the slug stays within
    MAX_SLUG, so a long title still gets a slug of its own.
    """
    base = slugify(title)
    slug, n = base, 2
    while session_path(folder, slug).exists():
        suffix = f"-{n}"
        slug = base[: MAX_SLUG - len(suffix)].rstrip("-") + suffix
        n += 1
    return slug
