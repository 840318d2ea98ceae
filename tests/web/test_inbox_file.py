"""The durable inbox: whole lines, fsynced, shared by processes, torn lines survived."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from facilitator.model.contribution import Contribution, ContributionKind, Decision, Outcome
from facilitator.store.inbox import Inbox, inbox_path
from tests.web.web_sessions import START


def hand(who: str, name: str = "Ana") -> Contribution:
    return Contribution(at=START, participant_id=who, name=name, kind=ContributionKind.HAND)


def test_the_inbox_lives_beside_the_session_and_is_not_a_session_file(tmp_path: Path) -> None:
    assert inbox_path(tmp_path / "x.json") == tmp_path / "x.json.inbox"


def test_contributions_come_back_in_order_with_hands_first(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    note = Contribution(at=START, participant_id="p1", name="Ana", kind=ContributionKind.NOTE, text="hi", event_id="e")
    inbox.add(note)
    inbox.add(hand("p2", "Ravi"))
    inbox.add(hand("p3", "Jo"))
    view = inbox.read().view
    assert [c.name for c in view.pending] == ["Ravi", "Jo", "Ana"]
    assert [c.name for c in view.hands] == ["Ravi", "Jo"]


def test_a_decided_or_withdrawn_contribution_is_no_longer_waiting(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    first, second = hand("p1"), hand("p2")
    inbox.add(first)
    inbox.add(second)
    inbox.decide(Decision(contribution_id=first.id, at=START, outcome=Outcome.ACCEPTED))
    inbox.decide(Decision(contribution_id=second.id, at=START, outcome=Outcome.WITHDRAWN))
    view = Inbox(inbox.path).read().view
    assert view.pending == ()
    assert view.decided == 2


def test_a_line_torn_by_a_crash_is_skipped_and_never_merges_with_the_next(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    inbox.add(hand("p1"))
    with inbox.path.open("ab") as handle:
        handle.write(b'{"contribution": {"at": "2026-')  # the process died mid-write
    torn = inbox.read()
    assert len(torn.contributions) == 1 and torn.skipped == (2,)
    inbox.add(hand("p2"))
    records = inbox.read()
    assert [c.participant_id for c in records.contributions] == ["p1", "p2"]
    assert records.skipped == (2,)


def test_the_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    inbox = Inbox(tmp_path / "s.inbox")
    inbox.add(hand("p1"))
    assert inbox.path.stat().st_mode & 0o777 == 0o600


WRITER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from facilitator.model.contribution import Contribution, ContributionKind
from facilitator.store.inbox import Inbox
inbox = Inbox(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    inbox.add(Contribution(at=datetime.now(UTC), participant_id=sys.argv[2], name=sys.argv[2],
                           kind=ContributionKind.PARKING, text=f"topic {i} " + "x" * 1900))
"""


def test_two_processes_appending_at_once_lose_and_mangle_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.inbox"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, "150"]) for who in ("server", "other")]
    assert all(w.wait(60) == 0 for w in writers)
    records = Inbox(path).read()
    assert records.skipped == ()
    for who in ("server", "other"):
        texts = [c.text.split(" ")[1] for c in records.contributions if c.participant_id == who]
        assert texts == [str(i) for i in range(150)]


def test_watching_calls_back_once_per_change_until_stopped(tmp_path: Path) -> None:
    import queue
    import threading

    inbox = Inbox(tmp_path / "s.inbox")
    seen: queue.Queue[tuple[str, ...]] = queue.Queue()
    stop = threading.Event()
    watcher = threading.Thread(
        target=inbox.watch, args=(lambda view: seen.put(tuple(c.name for c in view.pending)), stop, 0.01)
    )

    def next_reading() -> tuple[str, ...]:
        """The next reading that holds a whole line (an append may be seen half-way: empty)."""
        while not (names := seen.get(timeout=5)):
            pass
        return names

    watcher.start()
    try:
        inbox.add(hand("p1", "Ravi"))
        assert next_reading() == ("Ravi",)
        inbox.add(hand("p2", "Jo"))
        while (names := next_reading()) == ("Ravi",):
            pass
        assert names == ("Ravi", "Jo")
    finally:
        stop.set()
        watcher.join(timeout=5)
    assert not watcher.is_alive()
