"""The live page's web application (Starlette): pages, the event stream, and the send form.

Routes carry the link's token: `/p/TOKEN` for a participant, `/w/TOKEN` for the watch-only
link. A wrong token, a watch link that tries to send, a removed participant or a closed review
gets 403. Sending needs the page's form token and a same-origin request, is size- and
rate-limited, and only ever appends to the inbox: the session file is never touched here.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from facilitator.model.contribution import MAX_TEXT, Contribution, ContributionKind, Decision, Outcome
from facilitator.model.participant import Participant
from facilitator.store.links import WATCH
from facilitator.web.hub import LiveHub
from facilitator.web.inbox_writer import InboxWriter
from facilitator.web.link_streams import LinkStreams
from facilitator.web.links_keeper import LinkKeeper
from facilitator.web.log_limit import LogLimit
from facilitator.web.reach import Reach, ReachGuard
from facilitator.web.render import STATIC, render
from facilitator.web.security import RateLimit, SecureHeaders, TooLarge, read_body, refused, same_origin
from facilitator.web.view import page_view

SENDABLE = {"hand", "lower", "note", "question", "parking", "prep"}
PREP_FIELDS = ("role", "went_well", "could_be_better", "questions", "proposals")


@dataclass
class WebContext:
    """What the routes share: the live state, the links, the inbox, the limits."""

    hub: LiveHub
    links: LinkKeeper
    writer: InboxWriter
    reach: Reach
    nudge: Callable[[], None] = lambda: None
    """Called after an append, so the pages (and the app) hear of it without waiting."""
    rate: RateLimit = field(default_factory=RateLimit)
    streams: LinkStreams = field(default_factory=LinkStreams)
    refusal_log: LogLimit = field(default_factory=LogLimit)

    def link_works(self, token: str) -> bool:
        """Whether `token` still opens a page (not revoked, its holder still a participant)."""
        holder = self.links.current().holder(token)
        return holder is not None and (
            holder == WATCH or any(p.id == holder for p in self.hub.state.session.participants)
        )


class Refused(Exception):
    def __init__(self, status: int, title: str, message: str, log: str) -> None:
        self.status, self.title, self.message, self.log = status, title, message, log


def _viewer(ctx: WebContext, request: Request) -> tuple[str, Participant | None]:
    """(token, participant or None for the watch link) of an allowed request; Refused otherwise."""
    token = request.path_params["token"]
    holder = ctx.links.current().holder(token)
    wants_watch = request.url.path.startswith("/w/")
    if holder is None or (holder == WATCH) != wants_watch:
        raise Refused(403, "This link does not work", "Ask the facilitator for your link.", "unknown link")
    state = ctx.hub.state
    if state.closed:
        raise Refused(403, "The review is closed", "This link no longer works: the review is closed.", "closed")
    if holder == WATCH:
        return token, None
    person = next((p for p in state.session.participants if p.id == holder), None)
    if person is None:
        raise Refused(403, "This link does not work", "Ask the facilitator for your link.", "removed participant")
    return token, person


def _refusal(ctx: WebContext, request: Request, error: Refused) -> Response:
    refused(request, error.status, error.log, ctx.refusal_log)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"ok": False, "message": error.message}, status_code=error.status)
    return HTMLResponse(render("refused.html", title=error.title, message=error.message), status_code=error.status)


def build_app(ctx: WebContext) -> Starlette:
    async def page(request: Request) -> Response:
        try:
            token, person = _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        state = ctx.hub.state
        base = f"/{'p' if person else 'w'}/{token}"
        html = render(
            "page.html",
            version=ctx.hub.version,
            base=base,
            csrf=ctx.links.current().csrf(token) if person else "",
            can_send=person is not None,
            viewer_id=person.id if person else "",
            viewer_name=person.name if person else "",
            viewer_zone=person.tz if person else "",
            max_text=MAX_TEXT,
            **page_view(state, ctx.hub.now()),
        )
        return HTMLResponse(html)

    async def events(request: Request) -> Response:
        try:
            token, _ = _viewer(ctx, request)
        except Refused as error:
            return _refusal(ctx, request, error)
        frames = ctx.streams.follow(token, ctx.hub.stream())
        return StreamingResponse(frames, media_type="text/event-stream", headers={"x-accel-buffering": "no"})

    async def send(request: Request) -> Response:
        try:
            if request.url.path.startswith("/w/"):
                _viewer(ctx, request)
                raise Refused(403, "Watch only", "A watch link cannot send anything.", "watch link tried to send")
            token, person = _viewer(ctx, request)
            assert person is not None
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
        Route("/p/{token}/send", send, methods=["POST"]),
        Route("/w/{token}/send", send, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    async def wrong_host(scope: Scope, receive: Receive, send: Send) -> None:
        error = Refused(421, "Wrong address", "Open your link exactly as you were sent it.", "unknown Host header")
        await _refusal(ctx, Request(scope), error)(scope, receive, send)

    middleware = [Middleware(SecureHeaders), Middleware(ReachGuard, reach=ctx.reach, refuse=wrong_host)]
    return Starlette(routes=routes, middleware=middleware)


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
    if kind not in SENDABLE:
        raise Refused(400, "Not understood", "Nothing was sent.", "unknown kind")
    text = form.get("text", "").strip()
    if len(text) > MAX_TEXT:
        raise Refused(413, "Too long", f"Keep it under {MAX_TEXT} characters.", "text too long")
    now = ctx.hub.now()
    raised = ctx.hub.state.inbox.raised_hand(person.id)
    record: Contribution | Decision
    if kind == "lower":
        if raised is None:
            return "Your hand is not up."
        record, message = Decision(contribution_id=raised.id, at=now, outcome=Outcome.WITHDRAWN), "Hand lowered."
    elif kind == "hand":
        if raised is not None:
            return "Your hand is already up."
        record = Contribution(at=now, participant_id=person.id, name=person.name, kind=ContributionKind.HAND)
        message = "Hand raised: the facilitator sees it."
    elif kind == "prep":
        record = _prep(ctx, form, person)
        message = "Pre-prep form sent: the facilitator will see it and decide."
    else:
        if not text:
            raise Refused(400, "Empty", "Write something first.", "empty text")
        event_id = _event_for(ctx, form.get("event", "current")) if kind in ("note", "question") else None
        record = Contribution(
            at=now,
            participant_id=person.id,
            name=person.name,
            kind=ContributionKind(kind),
            text=text,
            event_id=event_id,
        )
        message = "Sent: the facilitator will see it and decide."
    try:
        await ctx.writer.append(record)
    except OSError:
        raise Refused(
            503, "Not saved", "The facilitator's machine could not store it: try again.", "inbox write failed"
        ) from None
    ctx.nudge()
    return message


def _prep(ctx: WebContext, form: dict[str, str], person: Participant) -> Contribution:
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
    return Contribution(
        at=ctx.hub.now(), participant_id=person.id, name=person.name, kind=ContributionKind.PREP, answers=answers
    )


def _event_for(ctx: WebContext, choice: str) -> str:
    state = ctx.hub.state
    if choice == "current":
        if state.walk_event_id is None:
            raise Refused(400, "No event", "No event is under discussion: choose one.", "no current event")
        return state.walk_event_id
    if not any(e.id == choice for e in state.session.timeline):
        raise Refused(400, "No such event", "That event is no longer on the timeline.", "unknown event")
    return choice
