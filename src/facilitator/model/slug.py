"""Safe slugs for session files: never a path, never a reserved device name."""

from __future__ import annotations

import re
import unicodedata

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_SLUG = 60


def slugify(title: str) -> str:
    """A lower-case, dash-separated file stem made from `title`.

    Only ASCII letters, digits and single dashes survive, so `../../etc/passwd` becomes
    `etc-passwd`; an empty result becomes `session`; a reserved Windows device name
    (`CON`, `NUL`, ...) gets a suffix.
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-")
    if not slug:
        return "session"
    if slug in _RESERVED:
        return f"{slug}-session"
    return slug
