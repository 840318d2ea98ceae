"""Slack's message markup turned into plain text: mentions named, links labelled, `&lt;` unescaped."""

from __future__ import annotations

import re
from collections.abc import Mapping

_ANGLED = re.compile(r"<([^<>\n]*)>")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def _angled(body: str, names: Mapping[str, str]) -> str:
    target, _, label = body.partition("|")
    if target.startswith("@"):
        return "@" + (label or names.get(target[1:], target[1:]))
    if target.startswith("#"):
        return "#" + (label or names.get(target[1:], target[1:]))
    if target.startswith("!"):
        special = target[1:].split("^", 1)[0]
        return label or f"@{special}"
    return label or target


def plain_text(text: str, names: Mapping[str, str]) -> str:
    """`<@U123>` -> `@Name`, `<url|label>` -> `label`, `<url>` -> `url`, `<#C1|ops>` and `<#C1|>` -> `#ops`,
    `<!here>` -> `@here`; then `&lt; &gt; &amp;` unescaped. Everything else stays as written."""
    if "<" in text:
        text = _ANGLED.sub(lambda m: _angled(m.group(1), names), text)
    if "&" in text:
        for entity, char in _ENTITIES:
            text = text.replace(entity, char)
    return text
