"""The page's templates: Jinja2 with autoescape on, so every piece of user text is shown as typed."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from facilitator.model.clock_face import clock_text

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")

_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, and so on: an escape sequence shows as typed
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"  # a bidi override would reorder what people read


def shown(text: Any) -> str:
    """`text` with control characters made visible; escaping is left to autoescape."""
    return _INVISIBLE.sub(_visible, str(text))


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shown"] = shown
    env.filters["clock"] = clock_text
    return env


def render(template: str, **values: Any) -> str:
    return environment().get_template(template).render(**values)
