"""Following the inbox: a post or an accept costs what was appended, never the whole history;
an accept the session took in settles its item only while the session holds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.model.contribution import Contribution, ContributionKind, Decision, Outcome
from facilitator.store import inbox as inbox_module
from facilitator.store.inbox import Inbox, InboxFollower
from tests.web.web_sessions import START

HISTORY = 20_000


def sent(number: int, kind: ContributionKind = ContributionKind.NOTE) -> Contribution:
    return Contribution(
        id=f"c{number:06d}", at=START, participant_id="p1", name="Jo Park", kind=kind, text=f"note {number}"
    )


def decided(number: int, outcome: Outcome = Outcome.DECLINED, in_session: bool = False) -> Decision:
    return Decision(contribution_id=f"c{number:06d}", at=START, outcome=outcome, in_session=in_session)


@pytest.fixture
def long_inbox(tmp_path: Path) -> Inbox:
    """HISTORY contributions, every one decided (half accepted into the session), written fast."""
    lines = []
    for number in range(HISTORY):
        outcome = Outcome.ACCEPTED if number % 2 else Outcome.DECLINED
        for record in (sent(number), decided(number, outcome, in_session=outcome is Outcome.ACCEPTED)):
            lines.append(inbox_module._line(record))
    path = tmp_path / "checkout.json.inbox"
    path.write_bytes(b"".join(lines))
    return Inbox(path)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every line the inbox parses, as it parses it."""
    lines: list[bytes] = []
    real = inbox_module._parse

    def counting(line: bytes):
        lines.append(line)
        return real(line)

    monkeypatch.setattr(inbox_module, "_parse", counting)
    return lines


def test_a_post_and_an_accept_cost_one_line_each_whatever_the_history(long_inbox: Inbox, parsed: list[bytes]) -> None:
    follower = InboxFollower(long_inbox)
    assert follower.refresh()
    assert len(parsed) == 2 * HISTORY  # opening reads the history once
    accepted = {f"c{n:06d}" for n in range(1, HISTORY, 2)}
    assert follower.view(accepted).pending == ()
    assert follower.view(accepted).decided == HISTORY

    parsed.clear()
    long_inbox.add(sent(HISTORY))  # a participant posts
    assert follower.refresh()
    assert [c.id for c in follower.view(accepted).pending] == [f"c{HISTORY:06d}"]
    long_inbox.decide(decided(HISTORY, Outcome.ACCEPTED, in_session=True))  # the facilitator accepts
    assert follower.refresh()
    accepted.add(f"c{HISTORY:06d}")
    assert follower.view(accepted).pending == ()
    assert len(parsed) == 2  # two lines, not 40,000
    assert not follower.refresh() and len(parsed) == 2  # nothing new: nothing read


def test_an_accept_the_session_does_not_hold_puts_the_item_back(long_inbox: Inbox, parsed: list[bytes]) -> None:
    follower = InboxFollower(long_inbox)
    follower.refresh()
    accepted = {f"c{n:06d}" for n in range(1, HISTORY, 2)}
    accepted.discard("c000007")  # the session was not saved after this accept (a crash), or Ctrl+Z took it out
    parsed.clear()
    view = follower.view(accepted)
    assert [c.text for c in view.pending] == ["note 7"]
    assert view.decided == HISTORY - 1
    assert len(parsed) == 1  # only that line is read again
    assert follower.view(None).pending == ()  # a reader without the session (the page) trusts the accept


def test_a_decline_or_a_plain_accept_settles_for_good(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    inbox.append_all([sent(1), sent(2, ContributionKind.HAND), decided(1), decided(2, Outcome.ACCEPTED)])
    follower = InboxFollower(inbox)
    follower.refresh()
    assert follower.view(set()).pending == ()
    assert follower.view(set()).decided == 2


def test_a_torn_last_line_waits_for_its_end_and_is_skipped_once_closed_off(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    inbox.add(sent(1))
    follower = InboxFollower(inbox)
    follower.refresh()
    with inbox.path.open("ab") as handle:
        handle.write(b'{"contribution": {"at": "2026-')  # the writer died mid-line
    assert not follower.refresh()
    inbox.add(sent(2))  # closes the torn line off with a newline, then its own
    assert follower.refresh()
    assert [c.id for c in follower.view().pending] == ["c000001", "c000002"]
    assert follower.skipped == [2]


def test_a_replaced_or_emptied_file_is_read_again_from_its_start(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    inbox.append_all([sent(1), sent(2)])
    follower = InboxFollower(inbox)
    follower.refresh()
    other = tmp_path / "other"
    other.write_text(json.dumps({"contribution": sent(3).model_dump(mode="json")}) + "\n")
    other.replace(inbox.path)
    assert follower.refresh()
    assert [c.id for c in follower.view().pending] == ["c000003"]
    inbox.path.write_bytes(b"")
    assert follower.refresh()
    assert follower.view().pending == ()
