"""Due dates as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.model.duedate import parse_due

WEDNESDAY = date(2026, 3, 18)
FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("3d", date(2026, 3, 21)),
        ("1w", date(2026, 3, 25)),
        ("2 w", date(2026, 4, 1)),
        ("fri", date(2026, 3, 20)),
        ("Friday", date(2026, 3, 20)),
        ("thurs", date(2026, 3, 19)),
        ("wed", date(2026, 3, 25)),
        ("today", WEDNESDAY),
        ("tomorrow", date(2026, 3, 19)),
        ("2026-12-01", date(2026, 12, 1)),
        ("  ", None),
    ],
)
def test_due_dates_count_from_today(text: str, due: date | None) -> None:
    assert parse_due(text, WEDNESDAY) == due


def test_fri_on_a_friday_means_next_friday() -> None:
    assert parse_due("fri", FRIDAY) == date(2026, 3, 27)


@pytest.mark.parametrize("junk", ["soon", "fr", "frisbee", "2026-13-01", "3x", "next sprint"])
def test_junk_is_refused_with_examples_of_what_works(junk: str) -> None:
    with pytest.raises(ValueError, match=r"is not a due date \(try 3d, 1w, fri or 2026-12-01\)"):
        parse_due(junk, WEDNESDAY)
