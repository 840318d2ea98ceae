"""What the live page's routes share (`WebContext`, kept on the Starlette app's state), and who a
request's link says the reader is (`WebContext.viewer`).

A link is `/p/TOKEN` (a participant's own) or `/w/TOKEN` (the watch-only link); `p` or `w` is the
route's `link` path parameter. `viewer` is the one place a link is checked: a wrong or revoked
token, a token used with the other kind of link, a removed participant, or a review closed for
longer than `read_only_days` is refused with a 403 and a sentence saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from starlette.exceptions import HTTPException
from starlette.requests import Request

from facilitator.model.participant import Participant
from facilitator.store.links import WATCH
from facilitator.store.pulse_marks import PulseMarks
from facilitator.web.hub import LiveHub, Subscriber
from facilitator.web.inbox_writer import InboxWriter
from facilitator.web.links_keeper import LinkKeeper
from facilitator.web.log_limit import LogLimit
from facilitator.web.reach import Reach
from facilitator.web.security import RateLimit

PERSONAL_LINK, WATCH_LINK = "p", "w"
"""The first part of a link's path: a participant's own link, or the watch-only link."""
READ_ONLY_DAYS = 30
"""How long after the review closes its links still show the outcome (read-only)."""

UNKNOWN = "This link does not work: ask the facilitator for your link."
REVOKED = "This link was replaced by a new one: the facilitator revoked it. Ask them for your new link."
REMOVED = "You are no longer a participant of this review: ask the facilitator if that is a mistake."


@dataclass(frozen=True)
class Viewer:
    """Who a request's link belongs to: a participant, or None for the watch link."""

    token: str
    person: Participant | None

    @property
    def base(self) -> str:
        """The link's own path, which the page's forms and script build on."""
        return f"/{PERSONAL_LINK if self.person else WATCH_LINK}/{self.token}"


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

    def viewer(self, request: Request) -> Viewer:
        """Who the request's link (its `link` and `token` path parameters) belongs to; HTTPException 403 if none."""
        token = request.path_params["token"]
        holder = self.links.current().holder(token)
        if holder is None or (holder == WATCH) != (request.path_params["link"] == WATCH_LINK):
            raise HTTPException(403, REVOKED if holder is None and self.links.was_revoked(token) else UNKNOWN)
        self._refuse_when_closed_for_good()
        if holder == WATCH:
            return Viewer(token, None)
        person = next((p for p in self.hub.state.session.participants if p.id == holder), None)
        if person is None:
            raise HTTPException(403, REMOVED)
        return Viewer(token, person)

    def _refuse_when_closed_for_good(self) -> None:
        until = self.read_only_until()
        if self.hub.state.closed and until is not None and self.hub.now() >= until:
            message = (
                f"The review is closed: its page showed the outcome until {until:%d %b %Y}. "
                "Ask the facilitator for the write-up."
            )
            raise HTTPException(403, message)

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


def context(request: Request) -> WebContext:
    """The context of the app that took `request` (set on its state by `server.build_app`)."""
    ctx = request.app.state.ctx
    assert isinstance(ctx, WebContext)
    return ctx
