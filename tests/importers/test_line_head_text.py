"""A line's text without the time head it starts with, even a head that could not be placed."""

from __future__ import annotations

import pytest

from facilitator.importers.line_head import text_after_time_head


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("25:00 PST - Rollback started", "Rollback started"),
        ("[24:10] impossible time", "impossible time"),
        ("- 13:00 PM — no such hour", "no such hour"),
        ("14:23 XYZ - unknown zone", "unknown zone"),
        ("99:99 DB failover started", "DB failover started"),
        ("someone asked about the cache", "someone asked about the cache"),
        ("25:00 PST - ", "25:00 PST - "),
        ("[25:00 unclosed", "[25:00 unclosed"),
    ],
)
def test_the_time_head_is_dropped(line: str, text: str) -> None:
    assert text_after_time_head(line) == text
