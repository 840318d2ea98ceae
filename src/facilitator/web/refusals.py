"""How the live page says no: routes raise Starlette's `HTTPException(status, message)`, and
`answer_refusal`, the app's one exception handler, logs it and answers it.

The message is what the person reads, a plain sentence with no token in it. When it starts with
what happened and a colon ("This link does not work: ask the facilitator for your link."), that
part is the refused page's heading; otherwise the heading says what the status means ("Too
long", "Slow down"). The page's script asks for JSON and gets `{"ok": false, "message": ...}`;
a browser without it gets the refused page. The exception's headers (Retry-After, Allow) go out
as they are. Every refusal but a plain 404 is logged without its token (security.refused).
"""

from __future__ import annotations

from http import HTTPStatus

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from facilitator.web.context import context
from facilitator.web.render import render
from facilitator.web.security import refused

HEADINGS = {
    400: "Not sent",
    403: "Refused",
    404: "Not found",
    405: "Not allowed",
    413: "Too long",
    421: "Wrong address",
    429: "Slow down",
    503: "Not saved",
}
"""The refused page's heading for a message that does not start with one."""


def heading(status: int, message: str) -> str:
    """What the refused page says in large: the message up to its first colon, else the status's word."""
    head, colon, _ = message.partition(": ")
    if colon:
        return head
    return HEADINGS.get(status) or HTTPStatus(status).phrase


def wants_json(request: Request) -> bool:
    """Whether the page's script asked (it reads the message; a browser reads the page)."""
    return "application/json" in request.headers.get("accept", "")


def refusal(request: Request, error: HTTPException, why: str | None = None) -> Response:
    """The answer to `error`, logged (as `why` when given, else its message) within the app's log limit."""
    status, message = error.status_code, error.detail
    if status != 404:
        refused(request, status, why or message, context(request).refusal_log)
    if wants_json(request):
        return JSONResponse({"ok": False, "message": message}, status_code=status, headers=error.headers)
    page = render("refused.html", title=heading(status, message), message=message)
    return HTMLResponse(page, status_code=status, headers=error.headers)


async def answer_refusal(request: Request, error: Exception) -> Response:
    """The app's exception handler for every `HTTPException`: the routes', and Starlette's own 404 and 405."""
    assert isinstance(error, HTTPException)
    return refusal(request, error)
