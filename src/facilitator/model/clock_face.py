"""The agenda clock's figures as people read them (no imports: the app's first frame uses it)."""

from __future__ import annotations


def clock_text(seconds: float) -> str:
    """`12:05`, `1:02:03`, or `-0:45` once past zero."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
