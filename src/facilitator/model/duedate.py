"""Due dates as people say them: `3d`, `1w`, `2m`, `fri`, `tomorrow`, `2026-12-01`."""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_due(text: str, today: date) -> date | None:
    """The date meant by `text`, counted from `today`; None for an empty text.

    A weekday (`fri`, `thurs`, `friday`: three letters or more of its name) means the next
    such day after today. Raises ValueError when unclear.
    """
    value = text.strip().lower()
    if not value:
        return None
    if value == "today":
        return today
    if value == "tomorrow":
        return today + timedelta(days=1)
    match = re.fullmatch(r"(\d{1,3})\s*([dwm])", value)
    if match:
        count, unit = int(match[1]), match[2]
        return today + timedelta(days=count * {"d": 1, "w": 7, "m": 30}[unit])
    for index, name in enumerate(_WEEKDAYS):
        if len(value) >= 3 and name.startswith(value):
            ahead = (index - today.weekday()) % 7 or 7
            return today + timedelta(days=ahead)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a due date (try 3d, 1w, fri or 2026-12-01)") from None
