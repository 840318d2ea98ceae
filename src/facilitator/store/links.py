"""Personal links to a session's live page: one unguessable token per participant, one to watch.

The tokens live in `<session>.links` beside the session file (mode 0600, written atomically),
so links keep working when the app or the server restarts. Revoking a link gives that
person a new token; the old one stops working at once. Tokens are compared in constant time.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.store.safe_read import NotReadable, read_regular_file

DEFAULT_PORT = 8765
"""Where the live page listens unless told otherwise (the app takes another free port if it is busy)."""
TOKEN_BYTES = 24
WATCH = "watch"
"""The key of the watch-only link."""
MAX_LINKS_BYTES = 1_000_000


def links_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".links")


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


def load_links(path: Path) -> LinkSet:
    """The links in `path`; an empty set if there is no file yet. A broken file, or anything
    but a regular file (a symbolic link is never followed), raises ValueError."""
    try:
        data = json.loads(read_regular_file(path, MAX_LINKS_BYTES, follow_links=False).decode("utf-8"))
    except FileNotFoundError:
        return LinkSet()
    except (OSError, NotReadable, ValueError, RecursionError) as error:
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
    """Write atomically, readable by this user only."""
    text = json.dumps({"secret": links.secret, "tokens": links.tokens}, indent=1, sort_keys=True) + "\n"
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
