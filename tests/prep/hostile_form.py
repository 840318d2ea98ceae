"""A filled form whose answers try to style, link, script or overflow whatever shows them."""

from __future__ import annotations

from tests.prep.prep_support import filled_text

HOSTILE = {
    "went_well": "[bold]styled[/bold] and [@click=app.quit]quit[/]",
    "could_be_better": "unbalanced [/ closing <script>alert(1)</script>",
    "question": "<b>bold?</b> &amp; [link=file:///etc/passwd]x[/link]",
    "long": "y" * 10_000,
}


def hostile_text() -> str:
    text = filled_text()
    text = text.replace("- Everyone moved to one bridge quickly", f"- {HOSTILE['went_well']}")
    text = text.replace("- Our tools to reach the edge sat behind the edge", f"- {HOSTILE['could_be_better']}")
    text = text.replace("- Why was the CPU guard removed, and who else relied on it?", f"- {HOSTILE['question']}")
    return text.replace("- Comment: This alone would have kept us up", f"- Comment: {HOSTILE['long']}")
