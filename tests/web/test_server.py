"""The live page's server: who may see and send what, limits, escaping, the security headers."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import pytest

from facilitator.model.contribution import ContributionKind
from facilitator.model.enums import FindingKind
from facilitator.web.security import CSP, MAX_BODY, RateLimit
from tests.web.web_sessions import HOSTILE, FakeClock, Served, review_with_people


def test_a_participant_page_shows_the_review_with_a_strict_policy(served: Served) -> None:
    page = served.client.get(served.path_of("Ravi Menon"))
    assert page.status_code == 200
    assert "You are <strong>Ravi Menon</strong>" in page.text
    assert "Event number 3 happened" in page.text
    assert page.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in page.text.replace('<script src="/static/page.js" defer></script>', "")


def test_the_watch_page_has_no_forms(served: Served) -> None:
    page = served.client.get(served.path_of("watch only"))
    assert page.status_code == 200
    assert "this link cannot send" in page.text
    assert "<form" not in page.text


def test_a_wrong_token_gets_403_and_the_log_never_holds_a_token(served: Served, caplog) -> None:
    good = served.path_of("Jo Park")
    caplog.set_level(logging.WARNING, logger="facilitator.web")
    for path in ("/p/not-a-token", good[:-1], "/w/" + good.rsplit("/", 1)[1], "/p/x/events"):
        assert served.client.get(path).status_code == 403
    assert served.client.post("/p/not-a-token/send", data={}).status_code == 403
    tokens = [link.url.rsplit("/", 1)[1] for link in served.links.values()]
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "403 GET /p/… from testclient: This link does not work" in logged
    assert "not-a-token" not in logged
    assert not any(token[:8] in logged for token in tokens)


def test_the_watch_link_cannot_post(served: Served) -> None:
    token = served.path_of("watch only")
    answer = served.client.post(
        token + "/send", data={"kind": "hand"}, headers={"Origin": served.origin, "Accept": "application/json"}
    )
    assert answer.status_code == 403
    assert served.server.inbox.read().contributions == ()


def test_a_hand_lands_in_the_inbox_attributed_to_the_link_holder(served: Served) -> None:
    answer = served.send("Ravi Menon", kind="hand")
    assert answer.status_code == 200, answer.text
    (item,) = served.server.inbox.read().contributions
    assert (item.kind, item.name) == (ContributionKind.HAND, "Ravi Menon")
    served.refresh()
    assert "already up" in served.send("Ravi Menon", kind="hand").json()["message"]
    assert served.send("Ravi Menon", kind="lower").status_code == 200
    served.refresh()
    assert served.server.hub.state.inbox.hands == ()


def test_a_form_from_another_site_or_without_its_token_is_refused(served: Served) -> None:
    assert served.send("Ravi Menon", headers={"Origin": "http://evil.example"}, kind="hand").status_code == 403
    assert served.send("Ravi Menon", headers={"Origin": "null"}, kind="hand").status_code == 403
    bad = served.client.post(
        served.path_of("Ravi Menon") + "/send",
        data={"csrf": served.csrf("Jo Park"), "kind": "hand"},
        headers={"Origin": served.origin},
    )
    assert bad.status_code == 403
    assert served.server.inbox.read().contributions == ()


def test_a_body_over_the_limit_is_refused_before_it_is_read(served: Served) -> None:
    answer = served.send("Ravi Menon", kind="parking", text="x" * (MAX_BODY + 1))
    assert answer.status_code == 413
    assert served.send("Ravi Menon", kind="parking", text="x" * 2001).status_code == 413


def test_too_many_sends_from_one_link_are_slowed_down(served: Served) -> None:
    served.server.ctx.rate = RateLimit(burst=3, every=60)
    answers = [served.send("Jo Park", kind="parking", text=f"t{i}") for i in range(5)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 429, 429]
    assert answers[3].headers["retry-after"] == "60"  # one send per minute comes back
    assert answers[3].json()["message"] == "Too many at once: wait a few seconds and send again."
    assert served.send("Ravi Menon", kind="parking", text="mine").status_code == 200


def test_a_refusal_without_javascript_is_a_page_with_a_heading_and_the_sentence(served: Served) -> None:
    unknown = served.client.get("/p/not-a-token")
    assert "<h1>This link does not work</h1>" in unknown.text
    assert "<p>This link does not work: ask the facilitator for your link.</p>" in unknown.text
    empty = served.send("Jo Park", headers={"Accept": "text/html"}, kind="parking", text=" ")
    assert empty.status_code == 400
    assert "<h1>Not sent</h1><p>Write something first.</p>" in empty.text
    assert empty.headers["content-security-policy"] == CSP


def test_a_page_that_is_not_there_says_so_and_is_not_logged_as_a_refusal(served: Served, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="facilitator.web")
    token = served.path_of("Jo Park").rsplit("/", 1)[1]
    missing = served.client.get(f"/x/{token}")  # only p and w are kinds of link
    assert missing.status_code == 404 and "<h1>Not found</h1>" in missing.text
    assert caplog.records == []
    wrong_method = served.client.get(served.path_of("Jo Park") + "/send")
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert "405 GET /p/… from testclient: Method Not Allowed" in caplog.text


def test_a_note_goes_on_the_event_under_discussion_or_a_chosen_one(served: Served) -> None:
    assert served.send("Jo Park", kind="note", text="seen", event="current").status_code == 400
    events = served.review.session.timeline
    served.server.update(walk_event_id=events[2].id)
    assert served.send("Jo Park", kind="note", text="seen", event="current").status_code == 200
    assert served.send("Jo Park", kind="question", text="why?", event=events[0].id).status_code == 200
    assert served.send("Jo Park", kind="note", text="x", event="nope").status_code == 400
    notes = served.server.inbox.read().contributions
    assert [(c.kind, c.event_id) for c in notes] == [
        (ContributionKind.NOTE, events[2].id),
        (ContributionKind.QUESTION, events[0].id),
    ]


def test_without_javascript_a_form_post_comes_back_to_the_page(served: Served) -> None:
    answer = served.send("Ravi Menon", headers={"Accept": "text/html"}, kind="hand")
    assert answer.status_code == 200  # followed the 303 back to the page
    assert "You are <strong>Ravi Menon</strong>" in answer.text


@pytest.mark.parametrize("where", ["title", "event", "parking"])
def test_hostile_text_is_escaped_everywhere(tmp_path, where: str) -> None:
    review = review_with_people()
    if where == "title":
        review.set_details(title=HOSTILE)
    elif where == "event":
        review.edit_event(review.session.timeline[0].id, text=HOSTILE, actor=HOSTILE)
    else:
        review.park(HOSTILE)
    served = Served(tmp_path, review)
    page = served.client.get(served.path_of("Ana Lima")).text
    served.server.socket.close()
    assert "<script>alert" not in page
    assert '<a href="javascript' not in page
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; [bold]x[/bold] [@click=app.quit]q[/] red" in page
    )  # the model drops ESC


def test_a_closed_review_shows_its_outcome_read_only_for_30_days_then_says_it_is_closed(served: Served) -> None:
    review = served.review
    review.set_details(summary="Checkout slowed for 12 minutes after a pool size change.")
    point = review.session.timeline[1]
    review.toggle_decision(point.id)
    review.add_finding(FindingKind.CONTRIBUTOR, "The pool size had no upper bound")
    review.add_action("Cap the pool size", date(2026, 3, 22), owner="Jo Park", due=date(2026, 4, 1))
    review.close_review(served.server.hub.now())
    served.server.update(session=review.session)
    for name in ("Ravi Menon", "watch only"):
        page = served.client.get(served.path_of(name))
        assert page.status_code == 200
        text = page.text
        assert "The review is closed" in text and "read-only" in text
        assert "Checkout slowed for 12 minutes" in text
        assert "Event number 2 happened" in text  # the decision
        assert "The pool size had no upper bound" in text
        assert "Cap the pool size" in text and "Jo Park" in text and "2026-04-01" in text
        assert "<form" not in text and 'id="box-left"' not in text  # nothing to send, no clock
    answer = served.send("Ravi Menon", kind="hand")
    assert answer.status_code == 403 and "closed" in answer.json()["message"]

    clock = served.server.hub.now
    assert isinstance(clock, FakeClock)
    clock.current += timedelta(days=30)
    late = served.client.get(served.path_of("Ravi Menon"))
    assert late.status_code == 403
    assert "The review is closed: its page showed the outcome until" in late.text


def test_the_read_only_time_is_a_setting(served: Served) -> None:
    served.server.ctx.read_only_days = 2
    served.review.close_review(served.server.hub.now())
    served.server.update(session=served.review.session)
    clock = served.server.hub.now
    assert isinstance(clock, FakeClock)
    clock.current += timedelta(days=1)
    assert served.client.get(served.path_of("Jo Park")).status_code == 200
    clock.current += timedelta(days=1)
    assert served.client.get(served.path_of("Jo Park")).status_code == 403


def test_revoking_still_kills_a_closed_reviews_link_and_the_page_says_why(served: Served) -> None:
    served.review.close_review(served.server.hub.now())
    served.server.update(session=served.review.session)
    old = served.path_of("Ravi Menon")
    served.server.revoke(served.links["Ravi Menon"].holder)
    page = served.client.get(old)
    assert page.status_code == 403
    assert "This link was replaced by a new one" in page.text
    asked = served.client.get(old + "/clock", headers={"Accept": "application/json"})
    assert asked.status_code == 403 and "replaced" in asked.json()["message"]


def test_a_removed_participant_link_stops_working(served: Served) -> None:
    jo = next(p for p in served.review.session.participants if p.name == "Jo Park")
    served.review.remove_participant(jo.id)
    served.server.update(session=served.review.session)
    assert served.client.get(served.path_of("Jo Park")).status_code == 403


def test_a_removed_participants_open_page_stops_following_and_says_why(served: Served) -> None:
    hub = served.server.hub
    token = {name: link.url.rsplit("/", 1)[1] for name, link in served.links.items()}
    jo = next(p for p in served.review.session.participants if p.name == "Jo Park")
    ravi = next(p for p in served.review.session.participants if p.name == "Ravi Menon")
    jo_page = hub.subscribe(token["Jo Park"], jo.id, None)
    ravi_page = hub.subscribe(token["Ravi Menon"], ravi.id, None)
    served.review.remove_participant(jo.id)
    served.server.update(session=served.review.session)
    assert jo_page.last is not None and "event: refused" in jo_page.last
    assert "You are no longer a participant of this review" in jo_page.last
    assert ravi_page.last is None


def test_a_revoked_link_dies_and_its_replacement_works(served: Served) -> None:
    old = served.path_of("Ravi Menon")
    ravi = served.links["Ravi Menon"].holder
    served.server.revoke(ravi)
    assert served.client.get(old).status_code == 403
    new = next(link for link in served.server.links_list() if link.holder == ravi)
    assert served.client.get(new.url.removeprefix(served.server.base_url)).status_code == 200


def test_static_files_are_served_locally(served: Served) -> None:
    assert served.client.get("/static/page.js").status_code == 200
    css = served.client.get("/static/page.css")
    assert "prefers-color-scheme: dark" in css.text


def test_a_pre_prep_form_arrives_whole_with_what_the_sender_knew_at_decision_points(served: Served) -> None:
    decision = served.review.session.timeline[1]
    served.review.toggle_decision(decision.id)
    served.server.update(session=served.review.session)
    page = served.client.get(served.path_of("Jo Park")).text
    assert f'name="knew:{decision.id}"' in page
    per_decision: dict[str, Any] = {  # form fields named after the event (Any: none of them is `headers`)
        f"knew:{decision.id}": "Only the p99 graph",
        f"right:{decision.id}": "",
        "knew:not-a-decision": "x",
    }
    answer = served.send(
        "Jo Park",
        kind="prep",
        role="payments dev on call",
        went_well="Rollback was one command\nThe alert fired",
        could_be_better="",
        questions="Why no load test?",
        **per_decision,
    )
    assert answer.status_code == 200, answer.text
    (item,) = served.server.inbox.read().contributions
    assert item.kind is ContributionKind.PREP
    assert item.answers == {
        "role": "payments dev on call",
        "went_well": "Rollback was one command\nThe alert fired",
        "questions": "Why no load test?",
        f"knew:{decision.id}": "Only the p99 graph",
    }
    assert served.send("Jo Park", kind="prep", role=" ").status_code == 400


def test_control_characters_that_reach_a_template_show_as_symbols() -> None:
    from facilitator.web.render import shown

    assert shown("a\x1b[31mb\x07\u202ec") == "a␛[31mb␇<U+202E>c"


def test_pre_prep_answers_are_cleaned_of_escape_codes_on_the_way_in(served: Served) -> None:
    answer = served.send(
        "Jo Park",
        kind="prep",
        role="\x1b]0;owned\x07dev \x1b[31mred\x1b[0m",
        went_well="fine\x07\x1b[2J",
    )
    assert answer.status_code == 200, answer.text
    raw = served.server.inbox.path.read_text(encoding="utf-8")
    assert "\\u001b" not in raw and "\x1b" not in raw and "\\u0007" not in raw
    (item,) = served.server.inbox.read().contributions
    assert item.answers == {"role": "dev red", "went_well": "fine"}
