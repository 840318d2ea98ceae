"""The delta protocol: each change sends only what changed, to every page, and a page that joins
or falls behind gets one `sync`; bounded queues; the rendered body cached per state version."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from facilitator.model.contribution import Contribution, ContributionKind, InboxView
from facilitator.model.event import TimelineEvent
from facilitator.review import Review
from facilitator.web import hub as hub_module
from facilitator.web.hub import MAX_QUEUED_BYTES, LiveHub, Subscriber
from facilitator.web.render import render
from facilitator.web.view import CHUNK, LiveState
from tests.web.web_sessions import INCIDENT, FakeClock, frames, review_with_people


@pytest.fixture
def review() -> Review:
    return review_with_people(events=8)


@pytest.fixture
def hub(review: Review) -> LiveHub:
    return LiveHub(LiveState(review.session), FakeClock())


def joined(hub: LiveHub, who: str | None = None) -> Subscriber:
    subscriber = hub.subscribe("token", who, hub.version)
    frames(subscriber)
    return subscriber


def test_a_page_that_is_up_to_date_gets_only_fresh_clock_figures_and_an_old_one_a_sync(hub: LiveHub) -> None:
    current = hub.subscribe("t1", None, hub.version)
    assert [event for event, _ in frames(current)] == ["clock"]
    stale = hub.subscribe("t2", "p1", hub.version - 1)
    got = frames(stale)
    assert [event for event, _ in got] == ["sync", "clock", "mine", "pulse"]
    sync = got[0][1]
    assert set(sync["sections"]) >= {"agenda", "board", "actions", "parking", "discussing", "decisions"}
    assert sync["timeline"]["count"] == 8
    assert "Event number" not in json.dumps(sync)  # the timeline's rows load by chunk, not in the sync


def test_a_walk_step_sends_the_step_and_the_discussed_event_only(hub: LiveHub, review: Review) -> None:
    page = joined(hub)
    event = review.session.timeline[3]
    hub.publish(LiveState(review.session, event.id))
    ((kind, data),) = frames(page)
    assert kind == "delta"
    assert data["walk"] == {"id": event.id, "chunk": 0}
    assert set(data["sections"]) == {"discussing"}
    assert "Event number 4 happened" in data["sections"]["discussing"]
    assert "rows" not in data and "clock" not in data and "timeline" not in data


def test_a_note_on_one_event_sends_that_event_alone(hub: LiveHub, review: Review) -> None:
    page = joined(hub)
    event = review.session.timeline[5]
    review.add_note(event.id, "Ravi Menon: seen on the dashboard")
    hub.publish(LiveState(review.session))
    ((_, data),) = frames(page)
    assert list(data["rows"]) == [event.id]
    assert "seen on the dashboard" in data["rows"][event.id]
    assert "sections" not in data


def test_a_new_event_tells_pages_to_reload_their_chunks(hub: LiveHub, review: Review) -> None:
    page = joined(hub)
    stamp = hub.timeline_stamp
    review.add_event(INCIDENT + timedelta(minutes=1), "A late alert")
    hub.publish(LiveState(review.session))
    ((_, data),) = frames(page)
    assert data["timeline"] == {"stamp": stamp + 1, "count": 9, "chunks": 1}
    assert "A late alert" in hub.chunk_html(0)


def test_the_clock_travels_as_figures_when_it_changes(hub: LiveHub, review: Review) -> None:
    page = joined(hub)
    review.toggle_clock(hub.now())
    hub.publish(LiveState(review.session))
    ((_, data),) = frames(page)
    clock = data["clock"]
    assert clock["running"] is True and clock["remaining"] == 300.0
    assert clock["at"] == hub.now().timestamp()
    assert "rows" not in data and "timeline" not in data and "walk" not in data


def test_nothing_changed_sends_nothing(hub: LiveHub, review: Review) -> None:
    page = joined(hub)
    version = hub.version
    hub.publish(LiveState(review.session))
    assert frames(page) == [] and hub.version == version


def test_what_a_person_sent_goes_to_their_own_pages_only(hub: LiveHub, review: Review) -> None:
    ravi = next(p for p in review.session.participants if p.name == "Ravi Menon")
    theirs, others = joined(hub, ravi.id), joined(hub, "someone-else")
    note = Contribution(
        at=hub.now(), participant_id=ravi.id, name=ravi.name, kind=ContributionKind.PARKING, text="Pager rota"
    )
    hub.publish(LiveState(review.session, None, InboxView.of([note], [])))
    assert [(kind, "Pager rota" in data["html"]) for kind, data in frames(theirs)] == [("mine", True)]
    assert frames(others) == []


def test_a_page_that_does_not_read_holds_a_bounded_queue_then_gets_one_sync(hub: LiveHub, review: Review) -> None:
    stalled = joined(hub)
    for i in range(300):
        review.park(f"Topic {i} " + "x" * 500)
        hub.publish(LiveState(review.session))
        assert stalled.queued <= MAX_QUEUED_BYTES
    assert stalled.resync and stalled.dropped > 0
    assert len(stalled.frames) < 300


def test_closing_or_reopening_the_review_ends_every_stream_with_a_reload(hub: LiveHub, review: Review) -> None:
    pages = [joined(hub) for _ in range(3)]
    review.close_review(hub.now())
    hub.publish(LiveState(review.session))
    for page in pages:
        assert page.last is not None and "event: reload" in page.last and '"closed":true' in page.last


def test_a_refused_link_gets_the_reason_and_its_stream_ends(hub: LiveHub) -> None:
    kept, revoked = hub.subscribe("good", None, hub.version), hub.subscribe("bad", None, hub.version)
    hub.refuse(lambda page: "This link was replaced" if page.token == "bad" else None)
    assert revoked.last is not None and "This link was replaced" in revoked.last
    assert kept.last is None


def test_a_new_viewer_reuses_the_body_rendered_for_this_version(hub: LiveHub, review: Review, monkeypatch) -> None:
    rendered: list[str] = []
    real = render

    def counting(template: str, **values):
        rendered.append(template)
        return real(template, **values)

    monkeypatch.setattr(hub_module, "render", counting)
    first = hub.body()
    for _ in range(50):
        assert hub.body() == first
    assert rendered.count("body.html") == 1
    review.park("A change")
    hub.publish(LiveState(review.session))
    assert "A change" in hub.body()
    assert rendered.count("body.html") == 2


def test_a_long_timeline_loads_one_chunk_around_the_event_under_discussion() -> None:
    review = review_with_people(events=0)
    events = tuple(
        TimelineEvent(at=INCIDENT + timedelta(seconds=i), text=f"Line {i:05d}") for i in range(CHUNK * 5 + 7)
    )
    session = review.session.changed(timeline=events)
    hub = LiveHub(LiveState(session, events[CHUNK * 3 + 2].id), FakeClock())
    body = hub.body()
    assert body.count('<li id="event-') == CHUNK
    assert "Line 00602" in body and "Line 00599" not in body and "Line 00800" not in body
    assert 'data-first="3"' in body and 'data-chunks="6"' in body
    assert hub.chunk_html(5).count('<li id="event-') == 7
