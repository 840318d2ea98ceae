"""The anonymous pulse on a participant's page, at the debrief: two questions, each answered 1 to 5.

The page offers it only while the current timebox is a debrief and the review is open, to a
personal link whose holder has not answered yet; then it says the answer was counted. What is
sent is the two numbers (`PulseAnswer`, model/pulse.py), appended to the inbox with no sender and
no time; who answered is marked apart, beside the links (store/pulse_marks.py). No page shows a
count: the app counts the answers into the session, and only the report across reviews shows
figures, from three answers up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator.model.enums import SessionStatus, TimeboxKind
from facilitator.model.pulse import QUESTIONS, SCALE, PulseAnswer, answer_id
from facilitator.model.session import Session

PULSE_KIND = "pulse"
"""The `kind` a pulse answer is sent with."""
THANKS = "Thanks — your answer was counted."
ENDS = {1: "not at all", 5: "completely"}
"""What the ends of the scale mean, said beside 1 and 5."""


def pulse_open(session: Session) -> bool:
    """Whether the page takes pulse answers now: at the debrief of an open review."""
    return session.status is not SessionStatus.CLOSED and session.current_timebox.kind is TimeboxKind.DEBRIEF


def pulse_state(session: Session, answered: bool) -> dict[str, bool]:
    """What one participant's page shows of the pulse: the form, the thanks, or nothing."""
    return {"open": pulse_open(session), "answered": answered}


def pulse_answer(form: Mapping[str, str]) -> PulseAnswer | None:
    """The two answers of a sent form, or None unless each is a whole number from 1 to 5."""
    raw = [form.get(key, "") for key in QUESTIONS]
    if not all(value in {str(n) for n in SCALE} for value in raw):
        return None
    safe, useful = (int(value) for value in raw)
    return PulseAnswer(id=answer_id(), safe=safe, useful=useful)


def pulse_form_view(session: Session, answered: bool) -> dict[str, Any]:
    """The values of the pulse template (templates/pulse.html)."""
    return {
        "pulse": pulse_state(session, answered),
        "pulse_questions": list(QUESTIONS.items()),
        "pulse_scale": [(n, ENDS.get(n, "")) for n in SCALE],
        "pulse_kind": PULSE_KIND,
        "pulse_thanks": THANKS,
    }
