"""The durable inbox beside a session: an append-only JSON Lines file `<session>.inbox`.

The web server appends one line per contribution; the app appends one line per decision
(accepted, declined) and follows the file. Both may be different processes, so every append
takes an exclusive `flock` on the file, writes one whole line and fsyncs it before it counts
as received: nothing acknowledged to a browser is lost if either process stops. A write cut
short (a full disk) is rolled back to the line before and reported; a line cut short by a
crash (no newline at the end) is skipped on reading and closed off before the next append,
so it never merges with the next record.

The file is never reached through a symbolic link and must be a regular file: a link, a
FIFO or a device there is refused with a sentence (InboxFileError), never appended to.

`InboxFollower` reads only what was appended since it last looked and folds it into what it
knows, so reading a post or an accept costs the same with 10 lines behind it or 100,000.

A line is a contribution (`{"contribution": ...}`, attributed), a decision on one, or an answer
to the anonymous pulse (`{"pulse": {"id": …, "safe": 4, "useful": 5}}`: a random id and the two numbers, no sender, no time).
"""

from __future__ import annotations

import errno
import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from facilitator.model.contribution import Contribution, ContributionKind, Decision, InboxView, Outcome
from facilitator.model.pulse import PulseAnswer
from facilitator.store.paths import inbox_path
from facilitator.store.safe_read import NotReadable, open_regular

try:
    import fcntl
except ImportError:  # Windows: appends are still whole lines, without the cross-process lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["Inbox", "InboxFileError", "InboxFollower", "InboxRecords", "Record", "inbox_path", "write_all"]

READ_CHUNK = 4 * 1024 * 1024
Record = Contribution | Decision | PulseAnswer
"""What one line of the inbox holds."""


class InboxFileError(OSError):
    """The inbox file cannot be used; `str()` names the file and says what to do."""

    def __str__(self) -> str:
        return str(self.strerror)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data`: `os.write` may write only part of it (a full disk, a signal)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no byte could be written")
        view = view[written:]


@dataclass(frozen=True)
class InboxRecords:
    """Every record of the file, as read whole (for tools and tests; the app follows the file)."""

    contributions: tuple[Contribution, ...]
    decisions: tuple[Decision, ...]
    skipped: tuple[int, ...]
    """Line numbers that could not be read (a torn or foreign line)."""
    pulse: tuple[PulseAnswer, ...] = ()

    @property
    def view(self) -> InboxView:
        return InboxView.of(self.contributions, self.decisions, pulse=self.pulse)


class Inbox:
    """One session's inbox file; safe to share between the server and the app."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def add(self, contribution: Contribution) -> None:
        self.append_all([contribution])

    def decide(self, decision: Decision) -> None:
        self.append_all([decision])

    def append_all(self, records: Sequence[Record]) -> None:
        """Append `records` in one locked write and one fsync (a group commit). Either every
        line is on disk when this returns, or none is and an OSError says why."""
        lines = b"".join(_line(record) for record in records)
        with self._locked() as fd:
            end = os.lseek(fd, 0, os.SEEK_END)
            if end and os.pread(fd, 1, end - 1) != b"\n":
                lines = b"\n" + lines  # close off a torn line left by a crash
            try:
                write_all(fd, lines)
                os.fsync(fd)
            except OSError:
                _roll_back(fd, end)
                raise

    def stamp(self) -> tuple[int, int] | None:
        """(size, mtime in ns), to notice a change cheaply; None while there is no file."""
        try:
            stat = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return None
        return stat.st_size, stat.st_mtime_ns

    def watch(
        self,
        changed: Callable[[InboxView], object],
        stop: threading.Event,
        every: float = 0.3,
        *,
        accepted: Callable[[], tuple[str, ...]] = tuple,
        failed: Callable[[OSError], object] = lambda error: None,
    ) -> None:
        """Call `changed` with what waits whenever the file's size or time changes (at once if
        there is a file), or the ids the session holds (`accepted()`, see InboxFollower.view) do,
        until `stop` is set. Only what was appended is read, and the view is prepared here, on
        the watching thread. It blocks: run it on a thread of its own. A look that fails is
        reported to `failed` (once for the same sentence) and taken again `every` seconds later."""
        follower = InboxFollower(self)
        seen: tuple[int, int] | None = None
        held: tuple[str, ...] | None = None
        said = ""
        while not stop.is_set():
            try:
                stamp, ids = self.stamp(), accepted()
                if stamp != seen or (seen is not None and ids is not held and ids != held):
                    if stamp != seen:
                        follower.refresh()
                    seen, held = stamp, ids
                    changed(follower.view(frozenset(ids)).prepared())
                said = ""
            except OSError as error:
                seen = None  # look again from the start of the file next time
                if str(error) != said:
                    said = str(error)
                    failed(error)
            stop.wait(every)

    def read(self) -> InboxRecords:
        """The whole file, parsed; a torn last line is counted as skipped."""
        raw, _ = self.read_from(0)
        contributions: list[Contribution] = []
        decisions: list[Decision] = []
        pulse: list[PulseAnswer] = []
        skipped: list[int] = []
        lines = raw.split(b"\n")
        for number, line in enumerate(lines[:-1], start=1):
            if not line.strip():
                continue
            record = _parse(line)
            if isinstance(record, Contribution):
                contributions.append(record)
            elif isinstance(record, Decision):
                decisions.append(record)
            elif isinstance(record, PulseAnswer):
                pulse.append(record)
            else:
                skipped.append(number)
        if lines[-1].strip():
            skipped.append(len(lines))
        return InboxRecords(tuple(contributions), tuple(decisions), tuple(skipped), tuple(pulse))

    def read_from(self, offset: int, length: int = -1) -> tuple[bytes, os.stat_result | None]:
        """`length` bytes from `offset` (all that follows, if -1), and the file's status when
        they were read; (b"", None) while there is no file."""
        try:
            fd = self._open(os.O_RDONLY)
        except FileNotFoundError:
            return b"", None
        try:
            info = os.fstat(fd)
            if length >= 0:
                return os.pread(fd, length, offset), info
            chunks = []
            while chunk := os.pread(fd, READ_CHUNK, offset):
                chunks.append(chunk)
                offset += len(chunk)
            return b"".join(chunks), info
        finally:
            os.close(fd)

    def _open(self, flags: int) -> int:
        """The file opened without following a link; InboxFileError if it is no regular file."""
        try:
            return open_regular(self.path, flags, 0o600, follow_links=False)
        except NotReadable as error:
            raise InboxFileError(errno.EINVAL, f"{self.path}: {error}") from None
        except FileNotFoundError:
            if not flags & os.O_CREAT:
                raise
            raise InboxFileError(errno.ENOENT, f"{self.path}: cannot be made (its folder is gone)") from None
        except IsADirectoryError:
            raise InboxFileError(errno.EISDIR, f"{self.path}: is a folder; move it away, then try again") from None

    @contextmanager
    def _locked(self) -> Iterator[int]:
        fd = self._open(os.O_RDWR | os.O_CREAT | os.O_APPEND)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            os.close(fd)  # closing drops the flock


def _roll_back(fd: int, end: int) -> None:
    """Cut the file back to `end` after a failed write, so no part of a line stays behind."""
    try:
        os.ftruncate(fd, end)
        os.fsync(fd)
    except OSError:
        pass  # the torn line has no newline: readers skip it, the next append closes it off


Place = tuple[int, int]
"""Where a line is in the file: (offset, length)."""


class InboxFollower:
    """One reader's running view of an inbox file. `refresh()` reads only the lines appended
    since the last call; `view()` is what still waits. Not thread-safe: one thread refreshes."""

    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox
        self._reset()

    def _reset(self) -> None:
        self._identity: tuple[int, int] | None = None
        self._offset = 0
        self._lines = 0
        self._places: dict[str, Place] = {}
        """Contributions with no decision yet: where each one's line is."""
        self._hands: dict[str, Contribution] = {}
        self._others: dict[str, Contribution] = {}
        """Contributions with no decision yet, hands and the rest, each in the order they arrived."""
        self._held: dict[str, Place] = {}
        """Contributions accepted into the session: only where their line is."""
        self._settled: set[str] = set()
        """Contributions declined, withdrawn or accepted for good."""
        self._sent: list[Contribution] = []
        """Every contribution, in the order it arrived (the page shows each person theirs)."""
        self._outcomes: dict[str, Outcome] = {}
        """What became of each contribution decided, by id."""
        self._pulse: list[PulseAnswer] = []
        """Every pulse answer, in the order of the file."""
        self.skipped: list[int] = []
        """Line numbers that could not be read (a torn or foreign line)."""

    def refresh(self) -> bool:
        """Read what was appended since the last call; True if anything changed. InboxFileError
        (an OSError) if the file is no regular file."""
        data, info = self.inbox.read_from(self._offset)
        found = None if info is None else (info.st_dev, info.st_ino)
        if self._identity is not None and (found != self._identity or info is None or info.st_size < self._offset):
            self._reset()  # replaced, cut shorter or removed: start again from its first line
            data, info = self.inbox.read_from(0)
            found = None if info is None else (info.st_dev, info.st_ino)
            self._identity = found
            self._take_lines(data)
            return True
        self._identity = found
        return self._take_lines(data)

    def _take_lines(self, data: bytes) -> bool:
        end = data.rfind(b"\n") + 1  # what follows the last newline is still being written, or torn
        start, position = self._offset, 0
        self._offset += end
        while position < end:
            stop = data.index(b"\n", position)
            self._lines += 1
            if data[position:stop].strip():
                self._take(_parse(data[position:stop]), (start + position, stop - position))
            position = stop + 1
        return end > 0

    def _take(self, record: Record | None, place: Place) -> None:
        if isinstance(record, Contribution):
            key = record.id
            if key not in self._places and key not in self._held and key not in self._settled:
                self._sent.append(record)
                self._places[key] = place
                (self._hands if record.kind is ContributionKind.HAND else self._others)[key] = record
        elif isinstance(record, Decision):
            key = record.contribution_id
            self._outcomes[key] = record.outcome
            if not record.in_session:
                self._settled.add(key)
                self._held.pop(key, None)
            opened = self._places.pop(key, None)
            if opened is not None:
                self._hands.pop(key, None)
                self._others.pop(key, None)
                if record.in_session:
                    self._held[key] = opened
        elif isinstance(record, PulseAnswer):
            self._pulse.append(record)
        else:
            self.skipped.append(self._lines)

    def view(self, accepted: Set[str] | None = None) -> InboxView:
        """What waits. `accepted`: the ids the session holds. An item the session holds waits
        no more, whether or not its accept reached the file; one accepted into the session that
        the session does not hold (a crash before the save, an undo) waits again. None: the
        session is not known here (the page), trust the file."""
        hands, others = tuple(self._hands.values()), tuple(self._others.values())
        settled = len(self._settled) + len(self._held)
        sent, outcomes = tuple(self._sent), MappingProxyType(dict(self._outcomes))
        pulse = tuple(self._pulse)
        if accepted is None:
            return InboxView((*hands, *others), settled, sent, outcomes, hand_count=len(hands), pulse=pulse)
        back = [place for key, place in self._held.items() if key not in accepted]
        if back:  # rare: read those lines again and put them back in their places
            returned = [(place, item) for place in back if (item := self._held_item(place)) is not None]
            placed = [(self._places[c.id], c) for c in (*hands, *others)] + returned
            placed.sort(key=lambda pair: pair[0])
            hands = tuple(c for _, c in placed if c.kind is ContributionKind.HAND)
            others = tuple(c for _, c in placed if c.kind is not ContributionKind.HAND)
            settled -= len(returned)
        view = InboxView((*hands, *others), settled, sent, outcomes, hand_count=len(hands), pulse=pulse)
        hidden = self._places.keys() & accepted
        return view.without(hidden) if hidden else view

    def _held_item(self, place: Place) -> Contribution | None:
        """The contribution whose line is at `place` (read again: only its place was kept)."""
        data, _ = self.inbox.read_from(*place)
        record = _parse(data)
        return record if isinstance(record, Contribution) else None


LINE_KEYS: dict[type[Record], str] = {Contribution: "contribution", Decision: "decision", PulseAnswer: "pulse"}


def _line(record: Record) -> bytes:
    data: dict[str, Any] = {LINE_KEYS[type(record)]: record.model_dump(mode="json")}
    return (json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _parse(line: bytes) -> Record | None:
    try:
        data = json.loads(line)
        for kind, key in LINE_KEYS.items():
            if key in data:
                return kind.model_validate(data[key])
    except (ValueError, TypeError, ValidationError, RecursionError):
        return None
    return None
