"""User text on screen: always literal, never markup, never terminal control sequences."""

from __future__ import annotations

from rich.text import Text

from facilitator.model.text import strip_control


def literal(text: str, style: str = "") -> Text:
    """A Rich Text showing `text` exactly as typed: `[bold]` stays `[bold]`, ESC never reaches
    the terminal, and a line separator (U+2028, U+0085) shows as a space."""
    return Text(one_line(text) if "\n" not in text else strip_control(text), style=style, no_wrap=False)


def one_line(text: str) -> str:
    """`text` folded onto one line for a row of a list."""
    cleaned = strip_control(text)
    return " ".join(cleaned.split()) if any(c in cleaned for c in "\n\r\t\u2028\u2029\x85") else cleaned


def clock_text(seconds: float) -> str:
    """`12:05`, `1:02:03`, or `-0:45` once past zero."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
