"""The live page's web application (Starlette): pages, the event stream, and the send form.

Routes carry the link's token: `/p/TOKEN` for a participant, `/w/TOKEN` for the watch-only
link. `/events` streams what changes, `/timeline/N` serves chunk N of the timeline's events,
`/clock` the clock's figures as of now (a page that slept asks for them). A wrong token, a
revoked link, a watch link that tries to send, or a removed participant gets 403 with a
sentence saying why. Once the review is closed a link shows the outcome, read-only, for
`read_only_days`; then it says the review is closed. Sending needs the page's form token and
a same-origin request, is size- and rate-limited, and only ever appends to the inbox: the
session file is never touched here. A pulse answer (web/pulse.py) goes to the inbox with no sender,
at the debrief only, once per person.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

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
from facilitator.store.links import WATCH
from facilitator.store.pulse_marks import PulseMarks
from facilitator.web.hub import LiveHub, Subscriber
from facilitator.web.inbox_writer import InboxWriter
from facilitator.web.links_keeper import LinkKeeper
from facilitator.web.log_limit import LogLimit
from facilitator.web.pulse import PULSE_KIND, THANKS, pulse_answer, pulse_form_view, pulse_open
from facilitator.web.reach import Reach, ReachGuard
from facilitator.web.render import STATIC, render
from facilitator.web.security import RateLimit, SecureHeaders, TooLarge, read_body, refused, same_origin
from facilitator.web.stream import EventStream
from facilitator.web.view import chunk_count, chunk_events, decisions_view, event_row, outcome_view, proposals_view

SENDABLE = {"hand", "lower", "note", "question", "parking", "prep", "answer", "vote", "proposal"}
PREP_FIELDS = ("role", "went_well", "could_be_better", "questions", "proposals")
READ_ONLY_DAYS = 30
"""How long after the review closes its links still show the outcome (read-only)."""
READ_ONLY_SETTING = "page_read_only_days"
"""Its name in settings.json, for the app and `serve` alike (`serve --read-only-days` overrides it)."""


def read_only_days(settings: dict[str, str]) -> int:
    """The read-only time the user set (a whole number of days, 0 to 3650), else the default."""
    value = settings.get(READ_ONLY_SETTING, "").strip()
    return int(value) if value.isdigit() and int(value) <= 3650 else READ_ONLY_DAYS


UNKNOWN = "This link does not work: ask the facilitator for your link."
REVOKED = "This link was replaced by a new one: the facilitator revoked it. Ask them for your new link."
REMOVED = "You are no longer a participant of this review: ask the facilitator if that is a mistake."


@dataclass
class WebContext:
    """What the routes share: the live state, the links, the inbox, the limits."""

    hub: LiveHub
    links: LinkKeeper
    writer: InboxWriter
    reach: Reach
    pulse_marks: PulseMarks
    """Who answered the anonymous pulse (never what they answered)."""
    nudge: Callable[[], None] = lambda: None
    """Called after an append, so the pages (and the app) hear of it without waiting."""
    rate: RateLimit = field(default_factory=RateLimit)
    refusal_log: LogLimit = field(default_factory=LogLimit)
    read_only_days: int = READ_ONLY_DAYS
    stall_seconds: float | None = None
    """How long a write may wait on a page that does not read (None: the stream's default)."""
    _checked: tuple[object, frozenset[str]] | None = field(default=None, init=False, repr=False)

    def read_only_until(self) -> datetime | None:
        closed_at = self.hub.state.session.closed_at
        return None if closed_at is None else closed_at + timedelta(days=self.read_only_days)

    def check_streams(self) -> None:
        """End the stream of every open page whose link no longer works (revoked, or its person removed)."""
        links = self.links.current()
        people = frozenset(p.id for p in self.hub.state.session.participants)
        if self._checked is not None and self._checked[0] is links and self._checked[1] == people:
            return
        self._checked = (links, people)

        def why(subscriber: Subscriber) -> str | None:
            holder = links.holder(subscriber.token)
            if holder is None:
                return REVOKED if self.links.was_revoked(subscriber.token) else UNKNOWN
            if holder != WATCH and holder not in people:
                return REMOVED
            return None

        self.hub.refuse(why)


class Refused(Exception):
    def __init__(self, status: int, title: str, message: str, log: str) -> None:
        self.status, self.title, self.message, self.log = status, title, message, log


def _viewer(ctx: WebContext, request: Request) -> tuple[str, Participant | None]:
    """(token, participant or None for the watch link) of an allowed request; Refused otherwise."""
    token = request.path_params["token"]
    holder = ctx.links.current().holder(token)
    wants_watch = request.url.path.startswith("/w/")
    if holder is None or (holder == WATCH) != wants_watch:
        if holder is None and ctx.links.was_revoked(token):
            raise Refused(403, "This link was replaced", REVOKED, "revoked link")
        raise Refused(403, "This link does not work", UNKNOWN, "unknown link")
    state = ctx.hub.state
    until = ctx.read_only_until()
    if state.closed and until is not None and ctx.hub.now() >= until:
        message = (
            f"The review is closed: its page showed the outcome until {until:%d %b %Y}. "
            "Ask the facilitator for the write-up."
        )
        raise Refused(403, "The review is closed", message, "closed")
    if holder == WATCH:
        return token, None
    person = next((p for p in state.session.participants if p.id == holder), None)
    if person is None:
        raise Refused(403, "No longer a participant", REMOVED, "removed participant")
    return token, person


def _refusal(ctx: WebContext, request: Request, error: Refused) -> Response:
    refused(request, error.status, error.log, ctx.refusal_log)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"ok": False, "message": error.message}, status_code=error.status)
    return HTMLResponse(render("refused.html", title=error.title, message=error.message), status_code=error.status)


def _chunk_param(request: Request) -> int | None:
    raw = request.query_params.get("chunk", "")
    return int(raw) if raw.isdigit() else None


def build_app(ctx: WebContext) -> Starlette:
    async def page(request: Request) -> Response:
        try:
            token, person = _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        hub = ctx.hub
        state = hub.state
        base = f"/{'p' if person else 'w'}/{token}"
        viewer = {
            "base": base,
            "viewer_id": person.id if person else "",
            "viewer_name": person.name if person else "",
            "viewer_zone": person.tz if person else "",
            "version": hub.version,
        }
        if state.closed:
            until = ctx.read_only_until()
            html = render(
                "outcome.html",
                **viewer,
                **outcome_view(state.session),
                until=until.isoformat() if until else "",
                until_utc=f"{until:%a %d %b %Y} UTC" if until else "",
                mine=Markup(hub.mine_html(person.id)) if person else None,
            )
            return HTMLResponse(html)
        chunk = _chunk_param(request)
        shown = state.walk_chunk() if chunk is None else min(chunk, chunk_count(state.session) - 1)
        html = render(
            "page.html",
            **viewer,
            session=state.session,
            body=Markup(hub.body(chunk)),
            csrf=ctx.links.current().csrf(token) if person else "",
            can_send=person is not None,
            mine=Markup(hub.mine_html(person.id)) if person else "",
            hand_up=person is not None and state.inbox.raised_hand(person.id) is not None,
            note_events=[event_row(e) for e in chunk_events(state.session, shown)] if person else [],
            points=decisions_view(state.session) if person else [],
            targets=proposals_view(state.session) if person else [],
            prep_open=person is not None and state.session.prep_of(person.id) is None,
            max_text=MAX_TEXT,
            **pulse_form_view(state.session, person is not None and person.id in hub.answered),
        )
        return HTMLResponse(html)

    async def events(request: Request) -> Response | EventStream:
        try:
            token, person = _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        since_text = request.headers.get("last-event-id") or request.query_params.get("v", "")
        since = int(since_text) if since_text.isdigit() else None
        subscriber = ctx.hub.subscribe(token, person.id if person else None, since)
        compress = "gzip" in request.headers.get("accept-encoding", "")
        if ctx.stall_seconds is None:
            return EventStream(ctx.hub, subscriber, compress)
        return EventStream(ctx.hub, subscriber, compress, stall_seconds=ctx.stall_seconds)

    async def timeline(request: Request) -> Response:
        try:
            _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        chunk = int(request.path_params["chunk"])
        if chunk >= chunk_count(ctx.hub.state.session):
            return HTMLResponse("", status_code=404)
        headers = {"x-timeline-stamp": str(ctx.hub.timeline_stamp)}
        return HTMLResponse(ctx.hub.chunk_html(chunk), headers=headers)

    async def clock(request: Request) -> Response:
        try:
            _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        return JSONResponse({"ok": True, "version": ctx.hub.version, **ctx.hub.clock()})

    async def send(request: Request) -> Response:
        try:
            if request.url.path.startswith("/w/"):
                _viewer(ctx, request)
                raise Refused(403, "Watch only", "A watch link cannot send anything.", "watch link tried to send")
            token, person = _viewer(ctx, request)
            assert person is not None
            if ctx.hub.state.closed:
                raise Refused(403, "The review is closed", "Nothing more can be sent: the review is closed.", "closed")
            message = await _send(ctx, request, token, person)
        except Refused as error:
            return _refusal(ctx, request, error)
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"ok": True, "message": message})
        return RedirectResponse(f"/p/{token}#sent", status_code=303)

    routes = [
        Route("/p/{token}", page),
        Route("/w/{token}", page),
        Route("/p/{token}/events", events),
        Route("/w/{token}/events", events),
        Route("/p/{token}/timeline/{chunk:int}", timeline),
        Route("/w/{token}/timeline/{chunk:int}", timeline),
        Route("/p/{token}/clock", clock),
        Route("/w/{token}/clock", clock),
        Route("/p/{token}/send", send, methods=["POST"]),
        Route("/w/{token}/send", send, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    async def wrong_host(scope: Scope, receive: Receive, send: Send) -> None:
        error = Refused(421, "Wrong address", "Open your link exactly as you were sent it.", "unknown Host header")
        await _refusal(ctx, Request(scope), error)(scope, receive, send)

    middleware = [
        Middleware(SecureHeaders),
        Middleware(ReachGuard, reach=ctx.reach, refuse=wrong_host),
        Middleware(GZipMiddleware, minimum_size=1000),
    ]
    return Starlette(routes=routes, middleware=middleware)


def _text(form: dict[str, str], key: str) -> str:
    text = form.get(key, "").strip()
    if len(text) > MAX_TEXT:
        raise Refused(413, "Too long", f"Keep it under {MAX_TEXT} characters.", "text too long")
    return text


async def _send(ctx: WebContext, request: Request, token: str, person: Participant) -> str:
    """Check and append one contribution; the message the sender is shown."""
    if not same_origin(request, ctx.reach.public_origin):
        raise Refused(403, "Refused", "Send from your own review page.", "cross-site post")
    if not ctx.rate.allow(token):
        raise Refused(429, "Slow down", "Too many at once: wait a few seconds and send again.", "rate limit")
    try:
        body = await read_body(request)
    except TooLarge:
        raise Refused(413, "Too long", "That is too long to send.", "body too large") from None
    form = {key: values[-1] for key, values in parse_qs(body.decode("utf-8", "replace")).items()}
    if not hmac.compare_digest(form.get("csrf", "").encode(), ctx.links.current().csrf(token).encode()):
        raise Refused(403, "Refused", "Reload your review page and send again.", "bad form token")
    kind = form.get("kind", "")
    if kind == PULSE_KIND:
        return await _send_pulse(ctx, form, person)
    if kind not in SENDABLE:
        raise Refused(400, "Not understood", "Nothing was sent.", "unknown kind")
    text = _text(form, "text")
    now = ctx.hub.now()
    raised = ctx.hub.state.inbox.raised_hand(person.id)
    sender = {"at": now, "participant_id": person.id, "name": person.name}
    record: Contribution | Decision
    message = "Sent: the facilitator will see it and decide."
    if kind == "lower":
        if raised is None:
            return "Your hand is not up."
        record, message = Decision(contribution_id=raised.id, at=now, outcome=Outcome.WITHDRAWN), "Hand lowered."
    elif kind == "hand":
        if raised is not None:
            return "Your hand is already up."
        record = Contribution(**sender, kind=ContributionKind.HAND)
        message = "Hand raised: the facilitator sees it."
    elif kind == "prep":
        record = Contribution(**sender, kind=ContributionKind.PREP, answers=_prep(ctx, form))
        message = "Pre-prep form sent: the facilitator will see it and decide."
    elif kind == "answer":
        record = _answer(ctx, form, sender)
    elif kind == "vote":
        record = _vote(ctx, form, text, sender)
    elif kind == "proposal":
        if not text:
            raise Refused(400, "Empty", "Name the action first.", "empty text")
        comment = _text(form, "comment")
        answers = {PROPOSAL_COMMENT: comment} if comment else {}
        record = Contribution(**sender, kind=ContributionKind.PROPOSAL, text=text, answers=answers)
    else:
        if not text:
            raise Refused(400, "Empty", "Write something first.", "empty text")
        event_id = _event_for(ctx, form.get("event", "current")) if kind in ("note", "question") else None
        record = Contribution(**sender, kind=ContributionKind(kind), text=text, event_id=event_id)
    try:
        await ctx.writer.append(record)
    except OSError:
        raise Refused(
            503, "Not saved", "The facilitator's machine could not store it: try again.", "inbox write failed"
        ) from None
    ctx.nudge()
    return message


async def _send_pulse(ctx: WebContext, form: dict[str, str], person: Participant) -> str:
    """One anonymous pulse answer: at the debrief only, once per person. The person is marked as
    answered (apart from the answers); the answer goes to the inbox with nothing of who or when."""
    if not pulse_open(ctx.hub.state.session):
        raise Refused(409, "Not now", "The pulse opens at the debrief.", "pulse outside the debrief")
    answer = pulse_answer(form)
    if answer is None:
        raise Refused(400, "Not understood", "Choose a number from 1 to 5 for each question.", "bad pulse answer")
    not_stored = Refused(503, "Not saved", "The facilitator's machine could not store it: try again.", "pulse failed")
    try:
        first = await asyncio.to_thread(ctx.pulse_marks.mark, person.id)
    except OSError:
        raise not_stored from None
    if not first:
        ctx.hub.pulse_answered(person.id)
        raise Refused(409, "Answered already", "Your answer was counted already: each link answers once.", "answered")
    try:
        await ctx.writer.append(answer)
    except OSError:
        with contextlib.suppress(OSError):  # else marked without an answer: they cannot answer, no count is wrong
            await asyncio.to_thread(ctx.pulse_marks.unmark, person.id)
        raise not_stored from None
    ctx.hub.pulse_answered(person.id)
    return THANKS


def _prep(ctx: WebContext, form: dict[str, str]) -> dict[str, str]:
    """A filled pre-prep form: the four fields, and what the sender knew at each decision point."""
    decisions = {e.id for e in ctx.hub.state.session.timeline if e.decision_point}
    answers = {key: form.get(key, "").strip() for key in PREP_FIELDS}
    for key, value in form.items():
        part, _, event_id = key.partition(":")
        if part in ("knew", "right") and event_id in decisions:
            answers[key] = value.strip()
    answers = {key: value for key, value in answers.items() if value}
    if not answers:
        raise Refused(400, "Empty", "Fill in at least one answer first.", "empty form")
    if any(len(value) > MAX_TEXT for value in answers.values()):
        raise Refused(413, "Too long", f"Keep each answer under {MAX_TEXT} characters.", "text too long")
    return answers


def _answer(ctx: WebContext, form: dict[str, str], sender: dict[str, Any]) -> Contribution:
    """What the sender knew at one decision point, and what made the call look right."""
    event_id = form.get("event", "")
    if not any(e.id == event_id and e.decision_point for e in ctx.hub.state.session.timeline):
        raise Refused(400, "No such decision point", "That is no longer a decision point of the timeline.", "bad point")
    said = {ANSWER_KNEW: _text(form, "knew"), ANSWER_RIGHT: _text(form, "right")}
    said = {key: value for key, value in said.items() if value}
    if not said:
        raise Refused(400, "Empty", "Write what you knew, or why the call looked right, first.", "empty answer")
    return Contribution(**sender, kind=ContributionKind.ANSWER, event_id=event_id, answers=said)


def _vote(ctx: WebContext, form: dict[str, str], comment: str, sender: dict[str, Any]) -> Contribution:
    """+1, -1 or a comment only, on an open action item or someone's proposal."""
    target = form.get("target", "")
    if not any(t["id"] == target for t in proposals_view(ctx.hub.state.session)):
        raise Refused(400, "No such action", "That action is no longer open for votes.", "bad vote target")
    raw = form.get("vote", "0")
    if raw not in ("1", "-1", "0"):
        raise Refused(400, "Not understood", "A vote is +1, -1 or a comment only.", "bad vote")
    vote = int(raw)
    if vote == 0 and not comment:
        raise Refused(400, "Empty", "Write a comment, or choose +1 or -1.", "empty vote")
    return Contribution(**sender, kind=ContributionKind.VOTE, target_id=target, vote=vote, text=comment)


def _event_for(ctx: WebContext, choice: str) -> str:
    state = ctx.hub.state
    if choice == "current":
        if state.walk_event_id is None:
            raise Refused(400, "No event", "No event is under discussion: choose one.", "no current event")
        return state.walk_event_id
    if not any(e.id == choice for e in state.session.timeline):
        raise Refused(400, "No such event", "That event is no longer on the timeline.", "unknown event")
    return choice
