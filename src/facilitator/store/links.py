"""Personal links to a session's live page: one unguessable token per participant, one to watch.

The tokens (and the secret the forms' tokens are made from) live in a private folder beside the
session, `.facilitator-links/<session>.links`: the folder is 0700 and holds a `.gitignore` of
`*`, so `git add -A` in a sessions folder kept in git never picks a secret up; each file is 0600,
restored on every read and write (a copy made with the default umask loses it), written
atomically, and never read through a symbolic link. Links keep working when the app or the server
restarts; a links file left beside the session by an older version is moved in on first use.
Revoking a link gives that person a new token; the old one stops working at once. Tokens are
compared in constant time.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.model.participant import Participant
from facilitator.store.storage import write_atomic

PRIVATE_FOLDER = ".facilitator-links"
"""Beside the session files: the links and the messages that carry them, for this user only."""
IGNORE_ALL = "# Written by facilitator: personal links are secrets, never committed.\n*\n"
MAX_LINKS_BYTES = 1_000_000
TOKEN_BYTES = 24
SHOWN_TOKEN = 4
"""How much of a token a masked link shows: enough to tell an old link from its replacement."""
WATCH = "watch"
"""The key of the watch-only link."""


def private_folder(session_path: Path) -> Path:
    return session_path.parent / PRIVATE_FOLDER


def links_path(session_path: Path) -> Path:
    return private_folder(session_path) / (session_path.name + ".links")


def messages_path(session_path: Path) -> Path:
    """The ready-to-paste messages, one per person, written when the facilitator asks."""
    return private_folder(session_path) / (session_path.name + ".links.txt")


def prepare_private_folder(session_path: Path) -> Path:
    """The private folder, made (0700, with its `.gitignore`) or checked; the old links file moved in.

    OSError if the folder is a symbolic link or not a folder: secrets are never written through one.
    """
    folder = private_folder(session_path)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode):
            raise OSError(f"{folder} is not a folder (a symbolic link or a file): move it away") from None
    os.chmod(folder, 0o700)
    ignore = folder / ".gitignore"
    if not ignore.is_file() or ignore.is_symlink():
        write_atomic(ignore, IGNORE_ALL, backup=False, mode=0o644)
    old = session_path.with_name(session_path.name + ".links")
    new = links_path(session_path)
    if old.is_file() and not old.is_symlink():
        if new.exists():
            old.unlink()  # the moved copy is the one in use; this one would only leak
        else:
            os.replace(old, new)
    return folder


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


@dataclass
class LinkSet:
    """Tokens by holder: a participant id, or WATCH; `secret` keys the forms' CSRF tokens."""

    tokens: dict[str, str] = field(default_factory=dict)
    secret: str = field(default_factory=new_token)

    def holder(self, token: str) -> str | None:
        """Who `token` belongs to, comparing every token in constant time; None if nobody."""
        found = None
        for who, known in self.tokens.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                found = who
        return found

    def ensure(self, holders: list[str]) -> bool:
        """Give a token to each of `holders` (and the watch link) that has none; True if any was added."""
        added = False
        for who in [WATCH, *holders]:
            if who not in self.tokens:
                self.tokens[who] = new_token()
                added = True
        return added

    def revoke(self, who: str) -> str:
        """A new token for `who`; the old link stops working."""
        if who not in self.tokens:
            raise KeyError(f"no link for {who!r}")
        self.tokens[who] = new_token()
        return self.tokens[who]

    def csrf(self, token: str) -> str:
        """The form token that goes with link `token`."""
        return hmac.new(self.secret.encode(), token.encode(), "sha256").hexdigest()


def read_private(path: Path) -> bytes:
    """A secret file's bytes, its mode put back to 0600 first; never through a symbolic link.

    FileNotFoundError when there is none; OSError (naming the file) for anything else.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_LINKS_BYTES:
            raise OSError(f"{path} is not a links file (not a regular file, or too large)")
        if info.st_mode & 0o077:
            os.fchmod(fd, 0o600)
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(MAX_LINKS_BYTES + 1)
    finally:
        os.close(fd)


def load_links(path: Path) -> LinkSet:
    """The links in `path`; an empty set if there is no file yet. A broken file raises ValueError."""
    try:
        data = json.loads(read_private(path).decode("utf-8"))
    except FileNotFoundError:
        return LinkSet()
    except RecursionError:
        raise ValueError(f"{path}: cannot read the links file (nested too deeply)") from None
    except (OSError, ValueError) as error:
        if getattr(error, "errno", None) == getattr(os, "ELOOP", -1) or path.is_symlink():
            error = OSError("it is a symbolic link; secrets are never read through one")
        raise ValueError(f"{path}: cannot read the links file ({error})") from None
    tokens = data.get("tokens") if isinstance(data, dict) else None
    secret = data.get("secret") if isinstance(data, dict) else None
    if (
        not isinstance(tokens, dict)
        or not isinstance(secret, str)
        or not all(isinstance(v, str) and len(v) >= 16 for v in tokens.values())
    ):
        raise ValueError(f"{path}: not a links file (delete it to issue new links)")
    return LinkSet(tokens={str(k): v for k, v in tokens.items()}, secret=secret)


def save_links(path: Path, links: LinkSet) -> None:
    """Write atomically, readable by this user only. Raises OSError (a SaveError)."""
    text = json.dumps({"secret": links.secret, "tokens": links.tokens}, indent=1, sort_keys=True) + "\n"
    write_private(path, text)


def write_private(path: Path, text: str) -> None:
    """Replace `path` atomically with `text`, mode 0600 (the folder must be prepared)."""
    write_atomic(path, text, backup=False, mode=0o600, kept="Nothing was changed.")


@dataclass(frozen=True)
class Link:
    """One person's link (or the watch link) in full: only ever copied or written privately."""

    name: str
    url: str
    holder: str

    @property
    def masked(self) -> str:
        """The link with its token hidden, safe on a shared screen."""
        head, _, token = self.url.rpartition("/")
        return f"{head}/{token[:SHOWN_TOKEN]}{'•' * 8}"


def person_links(base_url: str, participants: tuple[Participant, ...], links: LinkSet) -> list[Link]:
    """One personal link per participant, then the watch-only link."""
    rows = [Link(p.name, f"{base_url}/p/{links.tokens[p.id]}", p.id) for p in participants if p.id in links.tokens]
    return [*rows, Link("watch only", f"{base_url}/w/{links.tokens[WATCH]}", WATCH)]


def invitation(link: Link, title: str) -> str:
    """A ready-to-paste private message carrying one link."""
    if link.holder == WATCH:
        return (
            f"Here is the watch-only link to the review “{title}”: {link.url}\n"
            "It follows the review live and cannot send anything."
        )
    return (
        f"Hi {link.name}, here is your personal link to the review “{title}”: {link.url}\n"
        "Open it to follow the review live and to send notes, questions, topics and your pre-prep "
        "answers to the facilitator. It sends as you: please keep it to yourself."
    )


def write_messages(session_path: Path, links: list[Link], title: str) -> Path:
    """Every link as a private message, one per person, in a 0600 file; its path. Raises OSError."""
    prepare_private_folder(session_path)
    path = messages_path(session_path)
    parts = [
        "Personal links to the live page: send each person only their own message, in private.\n"
        "Each link sends as its holder. This file is readable by you only and git ignores it.\n"
    ]
    parts += [f"----- to {link.name} -----\n{invitation(link, title)}\n" for link in links]
    write_private(path, "\n".join(parts))
    return path


def revoke_link(session_path: Path, holder: str, everyone: list[str]) -> LinkSet:
    """Give `holder` a new token in the links file (and a first one to any of `everyone`, the
    participants' ids, who has none); the old link stops working: a running page reads the file
    again at once. Raises ValueError for a broken file, OSError if it is not written."""
    prepare_private_folder(session_path)
    path = links_path(session_path)
    links = load_links(path)
    links.ensure(everyone)
    links.revoke(holder)
    save_links(path, links)
    return links
