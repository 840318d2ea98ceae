"""The send form of a participant's page: check one post, build what it says, append it to the inbox.

`take_send` runs the steps in order: the post comes from the page's own origin and within the
link's rate; its body is small enough and carries the page's form token; its `kind` names a
builder in `BUILDERS`, which turns the form into a `Contribution` (or a `Decision`, for a hand
lowered) and the sentence the sender is shown; an answer to the anonymous pulse goes to
`take_pulse` (pulse_send.py) instead, since it has no sender. Anything wrong is an
`HTTPException` with a plain sentence (see refusals.py). Sending only ever appends to the inbox:
the session file is never touched here.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.requests import Request

from facilitator.model.contribution import (
    ANSWER_KNEW,
    ANSWER_RIGHT,
    MAX_TEXT,
    PROPOSAL_COMMENT,
    Contribution,
    ContributionKind,
    Decision,
    Outcome,
)
from facilitator.model.participant import Participant
from facilitator.web.context import WebContext
from facilitator.web.pulse import PULSE_KIND
from facilitator.web.pulse_send import take_pulse
from facilitator.web.security import TooLarge, read_body, same_origin
from facilitator.web.view import LiveState, proposals_view

PREP_FIELDS = ("role", "went_well", "could_be_better", "questions", "proposals")
SENT = "Sent: the facilitator will see it and decide."
TOO_LONG = f"Keep it under {MAX_TEXT} characters."


def _text(form: dict[str, str], key: str) -> str:
    """The form's `key`, trimmed; 413 if over MAX_TEXT."""
    text = form.get(key, "").strip()
    if len(text) > MAX_TEXT:
        raise HTTPException(413, TOO_LONG)
    return text


@dataclass(frozen=True)
class Post:
    """One send from a participant's page: the form as posted, who sent it, when, and the review then."""

    form: dict[str, str]
    person: Participant
    at: datetime
    state: LiveState
    text: str
    """The form's `text`, trimmed and checked for length."""

    def contribution(self, kind: ContributionKind, **fields: Any) -> Contribution:
        return Contribution(at=self.at, participant_id=self.person.id, name=self.person.name, kind=kind, **fields)


Built = tuple[Contribution | Decision | None, str]
"""What to append (None: nothing to do) and the sentence the sender is shown."""


def _hand(post: Post) -> Built:
    if post.state.inbox.raised_hand(post.person.id) is not None:
        return None, "Your hand is already up."
    return post.contribution(ContributionKind.HAND), "Hand raised: the facilitator sees it."


def _lower(post: Post) -> Built:
    raised = post.state.inbox.raised_hand(post.person.id)
    if raised is None:
        return None, "Your hand is not up."
    return Decision(contribution_id=raised.id, at=post.at, outcome=Outcome.WITHDRAWN), "Hand lowered."


def _prep(post: Post) -> Built:
    """A filled pre-prep form: the five fields, and what the sender knew at each decision point."""
    decisions = {e.id for e in post.state.session.timeline if e.decision_point}
    answers = {key: post.form.get(key, "").strip() for key in PREP_FIELDS}
    for key, value in post.form.items():
        part, _, event_id = key.partition(":")
        if part in ("knew", "right") and event_id in decisions:
            answers[key] = value.strip()
    answers = {key: value for key, value in answers.items() if value}
    if not answers:
        raise HTTPException(400, "Fill in at least one answer first.")
    if any(len(value) > MAX_TEXT for value in answers.values()):
        raise HTTPException(413, f"Keep each answer under {MAX_TEXT} characters.")
    message = "Pre-prep form sent: the facilitator will see it and decide."
    return post.contribution(ContributionKind.PREP, answers=answers), message


def _answer(post: Post) -> Built:
    """What the sender knew at one decision point, and what made the call look right."""
    event_id = post.form.get("event", "")
    if not any(e.id == event_id and e.decision_point for e in post.state.session.timeline):
        raise HTTPException(400, "That is no longer a decision point of the timeline.")
    said = {ANSWER_KNEW: _text(post.form, "knew"), ANSWER_RIGHT: _text(post.form, "right")}
    said = {key: value for key, value in said.items() if value}
    if not said:
        raise HTTPException(400, "Write what you knew, or why the call looked right, first.")
    return post.contribution(ContributionKind.ANSWER, event_id=event_id, answers=said), SENT


def _vote(post: Post) -> Built:
    """+1, -1 or a comment only, on an open action item or someone's proposal."""
    target = post.form.get("target", "")
    if not any(t["id"] == target for t in proposals_view(post.state.session)):
        raise HTTPException(400, "That action is no longer open for votes.")
    raw = post.form.get("vote", "0")
    if raw not in ("1", "-1", "0"):
        raise HTTPException(400, "A vote is +1, -1 or a comment only.")
    if raw == "0" and not post.text:
        raise HTTPException(400, "Write a comment, or choose +1 or -1.")
    return post.contribution(ContributionKind.VOTE, target_id=target, vote=int(raw), text=post.text), SENT


def _proposal(post: Post) -> Built:
    """An action item someone proposes, with an optional comment."""
    if not post.text:
        raise HTTPException(400, "Name the action first.")
    comment = _text(post.form, "comment")
    answers = {PROPOSAL_COMMENT: comment} if comment else {}
    return post.contribution(ContributionKind.PROPOSAL, text=post.text, answers=answers), SENT


def _event_for(state: LiveState, choice: str) -> str:
    """The event a note or question is on: the one under discussion ("current"), or the one chosen."""
    if choice == "current":
        if state.walk_event_id is None:
            raise HTTPException(400, "No event is under discussion: choose one.")
        return state.walk_event_id
    if not any(e.id == choice for e in state.session.timeline):
        raise HTTPException(400, "That event is no longer on the timeline.")
    return choice


def _written(kind: ContributionKind) -> Callable[[Post], Built]:
    """The builder of a plain written item: a note or a question (on an event), or a parking-lot item."""

    def build(post: Post) -> Built:
        if not post.text:
            raise HTTPException(400, "Write something first.")
        on_event = kind in (ContributionKind.NOTE, ContributionKind.QUESTION)
        event_id = _event_for(post.state, post.form.get("event", "current")) if on_event else None
        return post.contribution(kind, text=post.text, event_id=event_id), SENT

    return build


BUILDERS: dict[str, Callable[[Post], Built]] = {
    "hand": _hand,
    "lower": _lower,
    "note": _written(ContributionKind.NOTE),
    "question": _written(ContributionKind.QUESTION),
    "parking": _written(ContributionKind.PARKING),
    "prep": _prep,
    "answer": _answer,
    "vote": _vote,
    "proposal": _proposal,
}
"""What a page may send, by the form's `kind`."""


def _check_origin_and_rate(ctx: WebContext, request: Request, token: str) -> None:
    if not same_origin(request, ctx.reach.public_origin):
        raise HTTPException(403, "Send from your own review page.")
    if not ctx.rate.allow(token):
        wait = {"retry-after": str(ctx.rate.retry_after(token))}
        raise HTTPException(429, "Too many at once: wait a few seconds and send again.", headers=wait)


async def _read_form(ctx: WebContext, request: Request, token: str) -> dict[str, str]:
    """The posted form (the last value of each field), once its size and form token are checked."""
    try:
        body = await read_body(request)
    except TooLarge:
        raise HTTPException(413, "That is too long to send.") from None
    form = {key: values[-1] for key, values in parse_qs(body.decode("utf-8", "replace")).items()}
    if not hmac.compare_digest(form.get("csrf", "").encode(), ctx.links.current().csrf(token).encode()):
        raise HTTPException(403, "Reload your review page and send again.")
    return form


async def _append(ctx: WebContext, record: Contribution | Decision) -> None:
    try:
        await ctx.writer.append(record)
    except OSError:
        raise HTTPException(503, "The facilitator's machine could not store it: try again.") from None
    ctx.nudge()


async def take_send(ctx: WebContext, request: Request, token: str, person: Participant) -> str:
    """Check and append one contribution from `person`'s link; the sentence the sender is shown."""
    _check_origin_and_rate(ctx, request, token)
    form = await _read_form(ctx, request, token)
    if form.get("kind") == PULSE_KIND:
        return await take_pulse(ctx, form, person)
    build = BUILDERS.get(form.get("kind", ""))
    if build is None:
        raise HTTPException(400, "Nothing was sent.")
    record, message = build(Post(form, person, ctx.hub.now(), ctx.hub.state, _text(form, "text")))
    if record is not None:
        await _append(ctx, record)
    return message
