"""Creating a session: the one function behind `facilitator new` and the picker."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.model.enums import Severity
from facilitator.store.layouts import find_layout
from facilitator.store.new_file import NoTitleError, start_session_file
from facilitator.store.session_file import load_session

NOW = datetime(2026, 3, 22, 14, 0, tzinfo=UTC)


def test_a_new_session_is_named_after_its_title_and_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "reviews"
    layout = find_layout("standard")
    first = start_session_file(folder, "  DNS outage ", layout, Severity.SEV2, NOW)
    second = start_session_file(folder, "DNS outage", layout, Severity.SEV3, NOW)
    assert (first.name, second.name) == ("dns-outage.json", "dns-outage-2.json")
    session = load_session(first)
    assert (session.title, session.severity, session.layout.name) == ("DNS outage", Severity.SEV2, "standard")


def test_a_session_needs_a_title(tmp_path: Path) -> None:
    with pytest.raises(NoTitleError, match="a session needs a title"):
        start_session_file(tmp_path, "   ", find_layout("standard"), Severity.SEV3, NOW)
    assert list(tmp_path.iterdir()) == []
