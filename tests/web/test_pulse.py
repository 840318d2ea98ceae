"""The anonymous pulse on a participant's page: offered at the debrief only, once per link, and
what is stored of an answer is the two numbers, never who sent them or when."""

from __future__ import annotations

import json
import os
import re
from typing import Any

import pytest

from facilitator.model.enums import TimeboxKind
from facilitator.model.pulse import PulseAnswer
from facilitator.review import Review
from facilitator.store.pulse_marks import PulseMarks, answered_path
from facilitator.store.session_file import open_session
from facilitator.web.live_server import LiveServer
from facilitator.web.pulse import THANKS
from tests.web.web_sessions import FakeClock, Served, frames


def to_debrief(served: Served) -> None:
    """Move the review's agenda to its debrief timebox and show it to the page, as the app does."""
    review = served.review
    index = next(i for i, box in enumerate(review.session.layout.timeboxes) if box.kind is TimeboxKind.DEBRIEF)
    review.jump_timebox(index, served.server.hub.now())
    served.server.update(session=review.session)


def pulse_section(html: str) -> str:
    match = re.search(r'<section id="pulse".*?</section>', html, re.S)
    assert match is not None, "the page has no pulse section"
    return match.group(0)


def inbox_lines(served: Served) -> list[dict[str, Any]]:
    return [json.loads(line) for line in served.server.inbox.path.read_text(encoding="utf-8").splitlines()]


def test_the_pulse_form_is_shown_only_at_the_debrief(served: Served) -> None:
    before = pulse_section(served.client.get(served.path_of("Ravi Menon")).text)
    assert "hidden" in before.split(">", 1)[0]
    to_debrief(served)
    page = served.client.get(served.path_of("Ravi Menon")).text
    section = pulse_section(page)
    assert "hidden" not in section.split(">", 1)[0]
    assert "Did you feel safe to say what you thought?" in section and "Was this review useful?" in section
    assert section.count('type="radio" name="safe"') == 5 and section.count('type="radio" name="useful"') == 5
    assert section.count("<fieldset") == 2 and section.count("<legend>") == 2
    assert f'value="{served.csrf("Ravi Menon")}"' in section  # the same form token as the page's other forms
    assert 'id="pulse-form" hidden' not in section  # the form, not the thanks
    assert "<form" not in served.client.get(served.path_of("watch only")).text


def test_outside_the_debrief_the_pulse_is_refused_and_nothing_is_stored(served: Served) -> None:
    answer = served.send("Ravi Menon", kind="pulse", safe="4", useful="5")
    assert answer.status_code == 409 and "open at the debrief" in answer.json()["message"]
    assert not served.server.inbox.path.exists()
    assert not answered_path(served.path).exists()


def test_an_answer_is_two_numbers_in_the_inbox_and_a_mark_beside_the_links(served: Served) -> None:
    to_debrief(served)
    answer = served.send("Ravi Menon", kind="pulse", safe="4", useful="5")
    assert answer.status_code == 200 and answer.json()["message"] == THANKS
    [line] = inbox_lines(served)
    answer_id = line["pulse"].pop("id")
    assert line == {"pulse": {"safe": 4, "useful": 5}} and re.fullmatch("[0-9a-f]{16}", answer_id)
    stored = served.server.inbox.path.read_text(encoding="utf-8").replace(answer_id, "")
    ravi = next(p for p in served.review.session.participants if p.name == "Ravi Menon")
    token = served.path_of("Ravi Menon").rsplit("/", 1)[1]
    for identity in (ravi.id, "Ravi", token, "2026", "participant", "name", '"at"'):
        assert identity not in stored
    assert served.server.inbox.read().pulse == (PulseAnswer(id=answer_id, safe=4, useful=5),)
    assert PulseMarks(served.path).answered() == {ravi.id}
    assert oct(os.stat(answered_path(served.path)).st_mode & 0o777) == "0o600"


def answers(served: Served) -> list[tuple[int, int]]:
    """The (safe, useful) answers of the inbox's pulse lines, in file order."""
    return [(line["pulse"]["safe"], line["pulse"]["useful"]) for line in inbox_lines(served) if "pulse" in line]


def test_a_link_answers_once_and_then_its_page_says_thanks(served: Served) -> None:
    to_debrief(served)
    assert served.send("Jo Park", kind="pulse", safe="2", useful="3").status_code == 200
    again = served.send("Jo Park", kind="pulse", safe="5", useful="5")
    assert again.status_code == 409 and "Answered already" in again.json()["message"]
    assert answers(served) == [(2, 3)]
    section = pulse_section(served.client.get(served.path_of("Jo Park")).text)
    assert THANKS in section and 'id="pulse-form" hidden' in section
    assert 'id="pulse-thanks"' in section and 'tabindex="-1">' in section  # shown, not hidden
    assert served.send("Ravi Menon", kind="pulse", safe="5", useful="1").status_code == 200  # others still can


def test_a_revoked_and_replaced_link_does_not_answer_twice(served: Served) -> None:
    to_debrief(served)
    assert served.send("Jo Park", kind="pulse", safe="3", useful="3").status_code == 200
    served.server.revoke(next(p.id for p in served.review.session.participants if p.name == "Jo Park"))
    served.links = {link.name: link for link in served.server.links_list()}
    assert served.send("Jo Park", kind="pulse", safe="1", useful="1").status_code == 409
    assert len(inbox_lines(served)) == 1


def test_the_answered_marks_keep_no_order_of_answering(served: Served) -> None:
    to_debrief(served)
    ids = {p.name: p.id for p in served.review.session.participants}
    for name in ("Jo Park", "Ana Lima", "Ravi Menon"):
        assert served.send(name, kind="pulse", safe="3", useful="4").status_code == 200
    marks = json.loads(answered_path(served.path).read_text(encoding="utf-8"))
    assert marks == {"answered": sorted(ids.values())}


@pytest.mark.parametrize(
    "form", [{"safe": "0", "useful": "3"}, {"safe": "3"}, {"safe": "3", "useful": "6"}, {"safe": "4.0", "useful": "2"}]
)
def test_an_answer_off_the_scale_is_refused_and_the_link_may_answer_again(served: Served, form) -> None:
    to_debrief(served)
    answer = served.send("Ravi Menon", kind="pulse", **form)
    assert answer.status_code == 400 and "1 to 5" in answer.json()["message"]
    assert served.send("Ravi Menon", kind="pulse", safe="1", useful="2").status_code == 200


def test_the_pulse_keeps_the_page_rules_closed_watch_and_foreign_sites(served: Served) -> None:
    to_debrief(served)
    assert (
        served.send(
            "Ravi Menon", headers={"Origin": "http://evil.example"}, kind="pulse", safe="1", useful="1"
        ).status_code
        == 403
    )
    watch = served.client.post(
        served.path_of("watch only") + "/send",
        data={"kind": "pulse", "safe": "1", "useful": "1"},
        headers={"Origin": served.origin, "Accept": "application/json"},
    )
    assert watch.status_code == 403
    served.review.close_review(served.server.hub.now())
    served.server.update(session=served.review.session)
    closed = served.send("Ravi Menon", kind="pulse", safe="1", useful="1")
    assert closed.status_code == 403 and "closed" in closed.json()["message"]
    assert not served.server.inbox.path.exists()


def test_without_javascript_an_answer_comes_back_to_the_page_with_the_thanks(served: Served) -> None:
    to_debrief(served)
    answer = served.send("Ana Lima", headers={"Accept": "text/html"}, kind="pulse", safe="5", useful="4")
    assert answer.status_code == 200 and THANKS in pulse_section(answer.text)


def test_open_pages_hear_when_the_pulse_opens_and_when_their_own_link_answered(served: Served) -> None:
    hub = served.server.hub
    ids = {p.name: p.id for p in served.review.session.participants}
    token = {name: served.path_of(name).rsplit("/", 1)[1] for name in ("Jo Park", "Ravi Menon", "watch only")}
    jo = hub.subscribe(token["Jo Park"], ids["Jo Park"], hub.version)
    ravi = hub.subscribe(token["Ravi Menon"], ids["Ravi Menon"], hub.version)
    watch = hub.subscribe(token["watch only"], None, hub.version)
    assert ("pulse", {"open": False, "answered": False}) in frames(jo)
    frames(ravi), frames(watch)
    to_debrief(served)
    assert ("pulse", {"open": True, "answered": False}) in frames(jo)
    assert ("pulse", {"open": True, "answered": False}) in frames(ravi)
    assert not [event for event, _ in frames(watch) if event == "pulse"]
    assert served.send("Jo Park", kind="pulse", safe="4", useful="4").status_code == 200
    assert ("pulse", {"open": True, "answered": True}) in frames(jo)
    assert not [event for event, _ in frames(ravi) if event == "pulse"]  # nobody else learns who answered


def test_a_restarted_server_remembers_who_answered(served: Served) -> None:
    to_debrief(served)
    assert served.send("Jo Park", kind="pulse", safe="4", useful="4").status_code == 200
    jo = next(p.id for p in served.review.session.participants if p.name == "Jo Park")
    served.server.socket.close()
    restarted = LiveServer(served.path, served.review.session, FakeClock())
    try:
        assert restarted.hub.answered == {jo}
        assert not PulseMarks(served.path).mark(jo)
    finally:
        restarted.socket.close()


def test_neither_the_saved_session_nor_the_inbox_ties_a_participant_to_a_pulse_answer(served: Served) -> None:
    """Three people send notes and answer the pulse in turn; the app counts and saves. No pulse
    record holds an id, a name, a token or a time, and the session keeps only counts."""
    to_debrief(served)
    people = served.review.session.participants
    for number, person in enumerate(people, 1):
        served.send(person.name, kind="parking", text=f"A topic from {person.name}")
        assert served.send(person.name, kind="pulse", safe=str(number), useful="5").status_code == 200
    file = open_session(served.path)
    review = Review(file.session, file)
    try:
        assert review.count_pulse(served.server.inbox.read().pulse) == 3
        review.save_now(served.server.hub.now())
    finally:
        review.close()
    saved = json.loads(served.path.read_text(encoding="utf-8"))
    pulse = saved["session"]["1"]["pulse"]
    ids = sorted(line["pulse"]["id"] for line in inbox_lines(served) if "pulse" in line)
    assert pulse == {"safe": [1, 1, 1, 0, 0], "useful": [0, 0, 0, 0, 3], "answer_ids": ids}
    tokens = [served.path_of(p.name).rsplit("/", 1)[1] for p in people]
    identities = [*(p.id for p in people), *(p.name for p in people), *tokens]
    for line in inbox_lines(served):
        if "pulse" in line:
            assert set(line) == {"pulse"} and set(line["pulse"]) == {"id", "safe", "useful"}
            answered = json.dumps({key: v for key, v in line["pulse"].items() if key != "id"})
            assert not any(identity in answered for identity in identities)
        else:
            assert "pulse" not in json.dumps(line)  # the attributed lines say nothing of the pulse
    assert "pulse" not in json.dumps({k: v for k, v in saved.items() if k != "session"})
    assert not any(identity in json.dumps({**pulse, "answer_ids": []}) for identity in identities)
