"""One answer to the anonymous pulse from a participant's page (see web/pulse.py for what the page
shows): taken at the debrief only, once per person. The person is marked as answered, apart from
the answers (store/pulse_marks.py); the answer goes to the inbox as the two numbers, with nothing
of who or when. Refusals are `HTTPException`s with a plain sentence (see refusals.py); none is a
403, which would make the page stop following.
"""

from __future__ import annotations

import asyncio
import contextlib

from starlette.exceptions import HTTPException

from facilitator.model.participant import Participant
from facilitator.web.context import WebContext
from facilitator.web.pulse import THANKS, pulse_answer, pulse_open

NOT_STORED = "The facilitator's machine could not store it: try again."


async def take_pulse(ctx: WebContext, form: dict[str, str], person: Participant) -> str:
    """Store `person`'s answer in `form` (a checked post of the send form); the sentence they are shown."""
    if not pulse_open(ctx.hub.state.session):
        raise HTTPException(409, "Not now: the two questions open at the debrief.")
    answer = pulse_answer(form)
    if answer is None:
        raise HTTPException(400, "Choose a number from 1 to 5 for each question.")
    try:
        first = await asyncio.to_thread(ctx.pulse_marks.mark, person.id)
    except OSError:
        raise HTTPException(503, NOT_STORED) from None
    if not first:
        ctx.hub.pulse_answered(person.id)  # its open pages catch up
        raise HTTPException(409, "Answered already: your answer was counted, and each link answers once.")
    try:
        await ctx.writer.append(answer)
    except OSError:
        with contextlib.suppress(OSError):  # else marked without an answer: they cannot answer, no count is wrong
            await asyncio.to_thread(ctx.pulse_marks.unmark, person.id)
        raise HTTPException(503, NOT_STORED) from None
    ctx.hub.pulse_answered(person.id)
    return THANKS
