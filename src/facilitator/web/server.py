"""The live page's web application (Starlette): the route table, the pages, the event stream.

Every route is a kind of request on one link, `/{link}/{token}/...`, where `link` is `p` for a
participant's own link and `w` for the watch-only link (the `link` path convertor takes only
those two), and `WebContext.viewer` says who the link belongs to:

| path under the link     | what it serves                                                        |
|-------------------------|-----------------------------------------------------------------------|
| (none)                  | the page: live while the review runs, the outcome once it is closed   |
| `/events`               | the event stream of what changes                                      |
| `/timeline/N`           | chunk N of the timeline's events                                      |
| `/clock`                | the clock's figures as of now (a page that slept asks for them)       |
| `/send` (POST)          | the send form (send.py, and pulse_send.py for the anonymous pulse); a watch link is refused |

A refusal anywhere is Starlette's `HTTPException`, answered by the app's one exception handler
(refusals.py). Once the review is closed a link shows the outcome, read-only, for
`read_only_days`; then it says the review is closed.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from facilitator.model.contribution import MAX_TEXT
from facilitator.web.context import PERSONAL_LINK, READ_ONLY_DAYS, WATCH_LINK, Viewer, WebContext, context
from facilitator.web.pulse import pulse_form_view
from facilitator.web.reach import ReachGuard
from facilitator.web.refusals import answer_refusal, refusal, wants_json
from facilitator.web.render import STATIC, render
from facilitator.web.security import SecureHeaders
from facilitator.web.send import take_send
from facilitator.web.stream import EventStream
from facilitator.web.view import chunk_count, chunk_events, decisions_view, event_row, outcome_view, proposals_view

READ_ONLY_SETTING = "page_read_only_days"
"""Its name in settings.json, for the app and `serve` alike (`serve --read-only-days` overrides it)."""


def read_only_days(settings: dict[str, str]) -> int:
    """The read-only time the user set (a whole number of days, 0 to 3650), else the default."""
    value = settings.get(READ_ONLY_SETTING, "").strip()
    return int(value) if value.isdigit() and int(value) <= 3650 else READ_ONLY_DAYS


class LinkKind(Convertor[str]):
    """The `link` path parameter: `p` or `w`, nothing else."""

    regex = f"[{PERSONAL_LINK}{WATCH_LINK}]"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("link", LinkKind())
LINK = "/{link:link}/{token}"


def _viewer_values(ctx: WebContext, viewer: Viewer) -> dict[str, Any]:
    """What every page says about its reader."""
    person = viewer.person
    return {
        "base": viewer.base,
        "viewer_id": person.id if person else "",
        "viewer_name": person.name if person else "",
        "viewer_zone": person.tz if person else "",
        "version": ctx.hub.version,
    }


def _outcome_page(ctx: WebContext, viewer: Viewer) -> str:
    """The closed review's outcome, read-only, with what the reader sent and what became of it."""
    until = ctx.read_only_until()
    person = viewer.person
    return render(
        "outcome.html",
        **_viewer_values(ctx, viewer),
        **outcome_view(ctx.hub.state.session),
        until=until.isoformat() if until else "",
        until_utc=f"{until:%a %d %b %Y} UTC" if until else "",
        mine=Markup(ctx.hub.mine_html(person.id)) if person else None,
    )


def _live_page(ctx: WebContext, viewer: Viewer, chunk: int | None) -> str:
    """The running review, showing timeline chunk `chunk` (else the one under discussion); the forms for a participant."""
    state, person = ctx.hub.state, viewer.person
    shown = state.walk_chunk() if chunk is None else min(chunk, chunk_count(state.session) - 1)
    return render(
        "page.html",
        **_viewer_values(ctx, viewer),
        session=state.session,
        body=Markup(ctx.hub.body(chunk)),
        csrf=ctx.links.current().csrf(viewer.token) if person else "",
        can_send=person is not None,
        mine=Markup(ctx.hub.mine_html(person.id)) if person else "",
        hand_up=person is not None and state.inbox.raised_hand(person.id) is not None,
        note_events=[event_row(e) for e in chunk_events(state.session, shown)] if person else [],
        points=decisions_view(state.session) if person else [],
        targets=proposals_view(state.session) if person else [],
        prep_open=person is not None and state.session.prep_of(person.id) is None,
        max_text=MAX_TEXT,
        **pulse_form_view(state.session, person is not None and person.id in ctx.hub.answered),
    )


async def page(request: Request) -> Response:
    ctx = context(request)
    viewer = ctx.viewer(request)
    if ctx.hub.state.closed:
        return HTMLResponse(_outcome_page(ctx, viewer))
    raw = request.query_params.get("chunk", "")
    return HTMLResponse(_live_page(ctx, viewer, int(raw) if raw.isdigit() else None))


async def events(request: Request) -> EventStream:
    ctx = context(request)
    viewer = ctx.viewer(request)
    since_text = request.headers.get("last-event-id") or request.query_params.get("v", "")
    since = int(since_text) if since_text.isdigit() else None
    subscriber = ctx.hub.subscribe(viewer.token, viewer.person.id if viewer.person else None, since)
    compress = "gzip" in request.headers.get("accept-encoding", "")
    if ctx.stall_seconds is None:
        return EventStream(ctx.hub, subscriber, compress)
    return EventStream(ctx.hub, subscriber, compress, stall_seconds=ctx.stall_seconds)


async def timeline(request: Request) -> Response:
    ctx = context(request)
    ctx.viewer(request)
    chunk = int(request.path_params["chunk"])
    if chunk >= chunk_count(ctx.hub.state.session):
        return HTMLResponse("", status_code=404)
    headers = {"x-timeline-stamp": str(ctx.hub.timeline_stamp)}
    return HTMLResponse(ctx.hub.chunk_html(chunk), headers=headers)


async def clock(request: Request) -> Response:
    ctx = context(request)
    ctx.viewer(request)
    return JSONResponse({"ok": True, "version": ctx.hub.version, **ctx.hub.clock()})


async def send(request: Request) -> Response:
    ctx = context(request)
    viewer = ctx.viewer(request)
    if viewer.person is None:
        raise HTTPException(403, "A watch link cannot send anything.")
    if ctx.hub.state.closed:
        raise HTTPException(403, "Nothing more can be sent: the review is closed.")
    message = await take_send(ctx, request, viewer.token, viewer.person)
    if wants_json(request):
        return JSONResponse({"ok": True, "message": message})
    return RedirectResponse(f"{viewer.base}#sent", status_code=303)


ROUTES = [
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
    Route(LINK, page),
    Route(LINK + "/events", events),
    Route(LINK + "/timeline/{chunk:int}", timeline),
    Route(LINK + "/clock", clock),
    Route(LINK + "/send", send, methods=["POST"]),
]


async def wrong_host(scope: Scope, receive: Receive, send: Send) -> None:
    """The answer to a request for a host the page is not reached by (the Host guard runs before
    the routes, outside the app's exception handling, so it answers here)."""
    error = HTTPException(421, "Open your link exactly as you were sent it.")
    await refusal(Request(scope), error, why="unknown Host header")(scope, receive, send)


def build_app(ctx: WebContext) -> Starlette:
    middleware = [
        Middleware(SecureHeaders),
        Middleware(ReachGuard, reach=ctx.reach, refuse=wrong_host),
        Middleware(GZipMiddleware, minimum_size=1000),
    ]
    app = Starlette(routes=ROUTES, middleware=middleware, exception_handlers={HTTPException: answer_refusal})
    app.state.ctx = ctx
    return app
