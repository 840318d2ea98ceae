"""An open page's stream ends at once when its link stops working, and cleans up after itself."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator

from facilitator.web.hub import LiveHub
from facilitator.web.link_streams import REVOKED, LinkStreams
from facilitator.web.view import LiveState
from tests.web.web_sessions import FakeClock, review_with_people


async def test_a_revoked_link_gets_one_last_event_and_its_stream_ends() -> None:
    hub = LiveHub(LiveState(review_with_people().session), FakeClock())
    streams = LinkStreams()
    kept, dying = streams.follow("keep", hub.stream()), streams.follow("die", hub.stream())
    assert "Event number 1" in await anext(kept) and "Event number 1" in await anext(dying)
    waiting = asyncio.ensure_future(anext(dying))
    await asyncio.sleep(0)
    assert streams.close_invalid(lambda token: token == "keep") == 1
    assert await asyncio.wait_for(waiting, 1) == REVOKED
    assert await asyncio.wait_for(anext(dying, None), 1) is None
    assert streams.count("die") == 0 and hub.viewers == 1
    hub.publish(hub.state)
    assert "Event number 1" in await asyncio.wait_for(anext(kept), 1)
    assert isinstance(kept, AsyncGenerator)  # follow() is a generator: closing it is what a page leaving does
    await kept.aclose()
    assert hub.viewers == 0 and streams.count("keep") == 0


async def test_a_page_that_goes_away_mid_wait_leaves_nothing_behind() -> None:
    hub = LiveHub(LiveState(review_with_people().session), FakeClock())
    streams = LinkStreams()
    stream = streams.follow("t", hub.stream())
    await anext(stream)
    waiting = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0.01)
    waiting.cancel()  # what the server does when the browser disconnects
    await asyncio.gather(waiting, return_exceptions=True)
    assert isinstance(stream, AsyncGenerator)
    await stream.aclose()
    assert hub.viewers == 0 and streams.count("t") == 0
