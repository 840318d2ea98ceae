"""The durable inbox beside a session: an append-only JSON Lines file `<session>.inbox`.

The web server appends one line per contribution; the app appends one line per decision
(accepted, declined) and reads the whole file back. Both may be different processes, so
every append takes an exclusive `flock` on the file, writes one whole line and fsyncs it
before it counts as received: nothing acknowledged to a browser is lost if either process
stops. A line cut short by a crash (no newline at the end) is skipped on reading and closed
off before the next append, so it never merges with the next record.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from facilitator.model.contribution import Contribution, Decision, InboxView

try:
    import fcntl
except ImportError:  # Windows: appends are still whole lines, without the cross-process lock
    fcntl = None  # type: ignore[assignment]


def inbox_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".inbox")


@dataclass(frozen=True)
class InboxRecords:
    contributions: tuple[Contribution, ...]
    decisions: tuple[Decision, ...]
    skipped: tuple[int, ...]
    """Line numbers that could not be read (a torn or foreign line)."""

    @property
    def view(self) -> InboxView:
        return InboxView.of(self.contributions, self.decisions)

    def contribution(self, contribution_id: str) -> Contribution:
        for item in self.contributions:
            if item.id == contribution_id:
                return item
        raise KeyError(f"no contribution with id {contribution_id!r}")


class Inbox:
    """One session's inbox file; safe to share between the server and the app."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def add(self, contribution: Contribution) -> None:
        self.append_all([contribution])

    def decide(self, decision: Decision) -> None:
        self.append_all([decision])

    def append_all(self, records: list[Contribution | Decision]) -> None:
        """Append `records` in one locked write and one fsync (a group commit)."""
        lines = b"".join(_line(record) for record in records)
        with self._locked() as fd:
            end = os.lseek(fd, 0, os.SEEK_END)
            if end and os.pread(fd, 1, end - 1) != b"\n":
                lines = b"\n" + lines  # close off a torn line left by a crash
            os.write(fd, lines)
            os.fsync(fd)

    def stamp(self) -> tuple[int, int] | None:
        """(size, mtime in ns), to notice a change cheaply; None while there is no file."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_size, stat.st_mtime_ns

    def watch(self, changed: Callable[[InboxRecords], object], stop: threading.Event, every: float = 0.3) -> None:
        """Call `changed` with the inbox whenever the file's size or time changes (at once if
        there is a file), until `stop` is set. It blocks: run it on a thread of its own. A look
        that fails (permissions, a network folder) is taken again `every` seconds later."""
        seen: tuple[int, int] | None = None
        while not stop.is_set():
            try:
                stamp = self.stamp()
                if stamp != seen:
                    records = self.read()
                    seen = stamp
                    changed(records)
            except OSError:
                pass
            stop.wait(every)

    def read(self) -> InboxRecords:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return InboxRecords((), (), ())
        contributions: list[Contribution] = []
        decisions: list[Decision] = []
        skipped: list[int] = []
        lines = raw.split(b"\n")
        complete = lines[:-1]  # whatever follows the last newline is a line still being written, or torn
        for number, line in enumerate(complete, start=1):
            if not line.strip():
                continue
            record = _parse(line)
            if isinstance(record, Contribution):
                contributions.append(record)
            elif isinstance(record, Decision):
                decisions.append(record)
            else:
                skipped.append(number)
        if lines[-1].strip():
            skipped.append(len(lines))
        return InboxRecords(tuple(contributions), tuple(decisions), tuple(skipped))

    @contextmanager
    def _locked(self) -> Iterator[int]:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield fd
        finally:
            os.close(fd)  # closing drops the flock


def _line(record: Contribution | Decision) -> bytes:
    key = "contribution" if isinstance(record, Contribution) else "decision"
    data: dict[str, Any] = {key: record.model_dump(mode="json")}
    return (json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _parse(line: bytes) -> Contribution | Decision | None:
    try:
        data = json.loads(line)
        if "contribution" in data:
            return Contribution.model_validate(data["contribution"])
        if "decision" in data:
            return Decision.model_validate(data["decision"])
    except (ValueError, TypeError, ValidationError):
        return None
    return None
