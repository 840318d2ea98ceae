"""Who has answered the anonymous pulse, kept apart from what anyone answered.

The answers go into the inbox with no sender (model/pulse.py). This file, beside the links in the
private folder (`.facilitator-links/<session>.pulse`), says only which participants have answered,
so that a link answers once. It is a sorted list of participant ids, rewritten whole (atomically,
0600, never through a symbolic link): it keeps no order of answering and no time, so no record
ties a person to an answer line of the inbox. Checking and marking happen under a lock on the
private folder, so two requests at once (or two servers) cannot both answer for one person.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator.store.links import prepare_private_folder, private_folder, read_private, write_private

try:
    import fcntl
except ImportError:  # Windows: no lock between processes; one server per session is the rule
    fcntl = None  # type: ignore[assignment]


def answered_path(session_path: Path) -> Path:
    return private_folder(session_path) / (session_path.name + ".pulse")


class PulseMarks:
    """The answered marks of one session's pulse."""

    def __init__(self, session_path: Path) -> None:
        self.session_path = session_path
        self.path = answered_path(session_path)

    def answered(self) -> frozenset[str]:
        """The ids of the participants who answered. OSError (naming the file) if it cannot be read."""
        try:
            data = json.loads(read_private(self.path).decode("utf-8"))
        except FileNotFoundError:
            return frozenset()
        except (ValueError, RecursionError):
            raise OSError(f"{self.path}: not a pulse file (delete it to let everyone answer again)") from None
        ids = data.get("answered") if isinstance(data, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise OSError(f"{self.path}: not a pulse file (delete it to let everyone answer again)")
        return frozenset(ids)

    def mark(self, participant_id: str) -> bool:
        """Mark `participant_id` as answered: True if they had not answered yet, False if they had
        (nothing changes then). OSError if the mark cannot be read or written."""
        with self._locked():
            answered = self.answered()
            if participant_id in answered:
                return False
            self._write(answered | {participant_id})
            return True

    def unmark(self, participant_id: str) -> None:
        """Take a mark back (their answer could not be stored: they may answer again)."""
        with self._locked():
            self._write(self.answered() - {participant_id})

    def _write(self, answered: frozenset[str]) -> None:
        write_private(self.path, json.dumps({"answered": sorted(answered)}, indent=1) + "\n")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        folder = prepare_private_folder(self.session_path)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing drops the flock
