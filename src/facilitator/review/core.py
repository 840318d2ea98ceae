"""The heart of the review layer: apply a change, keep undo/redo, track what needs saving.

Every model object is immutable, so each command builds a new Session that shares all
that did not change with the old one. Undo keeps old sessions; a save hands a session
to a worker thread, which can serialise it while the UI goes on editing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator.model.enums import SessionStatus
from facilitator.model.session import Session
from facilitator.review.refused import Refused, refuses_invalid
from facilitator.store.session_file import SessionFile

UNDO_DEPTH = 200
CLOSED_REASON = "the review is closed; reopen it first (o on the Debrief pane)"
FOLLOW_THROUGH = frozenset({"actions", "pulse"})
"""What may still change once a review is closed: its actions, as they get done, and the pulse's
counts (answers sent before the close, read after it)."""
KEPT_ON_UNDO = ("pulse",)
"""Session fields undo and redo never turn back, like the clock: the pulse is counted, not given."""


@dataclass(frozen=True)
class Change:
    """What a command did: its label and the top-level session fields it replaced."""

    label: str
    fields: frozenset[str]


Listener = Callable[[Change], None]


class ReviewCore:
    """Holds the current session; every command goes through `_apply`.

    Each public method a command mixin defines refuses (raises `Refused`) rather than letting
    the model's validation error out: the values it was given are the user's.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if inspect.isfunction(member) and not name.startswith("_"):
                setattr(cls, name, refuses_invalid(member))

    def __init__(self, session: Session, file: SessionFile | None = None) -> None:
        self._session = session
        self.file = file
        self._undo: list[tuple[str, Session]] = []
        self._redo: list[tuple[str, Session]] = []
        self._listeners: list[Listener] = []
        self._also: dict[str, Any] = {}
        self.version = 0
        self.saved_version = 0

    # -- reading ---------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self._session

    @property
    def read_only(self) -> bool:
        return self.file is not None and self.file.read_only

    @property
    def dirty(self) -> bool:
        return self.version != self.saved_version

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    # -- changing ----------------------------------------------------------------

    def _replace(self, new: Session, label: str) -> Change:
        old = self._session
        # Validation rebuilds tuples, so compare values, not identities (tuples compare
        # their items by identity first, so this stays cheap for a long timeline).
        fields = frozenset(name for name in type(new).model_fields if getattr(old, name) != getattr(new, name))
        self._session = new
        self.version += 1
        change = Change(label, fields)
        self._notify(change)
        return change

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def _together_with(self, **values: Any) -> Iterator[None]:
        """A command run inside also sets `values`, in the same step: one undo, one save."""
        self._also = values
        try:
            yield
        finally:
            self._also = {}

    def _apply(self, label: str, undoable: bool = True, **values: Any) -> Change:
        """Replace session fields with `values` (validated) as one command."""
        values = {**self._also, **values}
        if self.read_only:
            raise Refused(self.file.read_only_reason if self.file else "read-only")
        if self._session.status is SessionStatus.CLOSED and not self._allowed_when_closed(values):
            raise Refused(CLOSED_REASON)
        new = self._session.changed(**values)
        if undoable:
            self._undo.append((label, self._session))
            del self._undo[:-UNDO_DEPTH]
            self._redo.clear()
        return self._replace(new, label)

    @staticmethod
    def _allowed_when_closed(values: dict[str, Any]) -> bool:
        """A closed review takes only its reopening, the follow-through of its actions, and late pulse answers."""
        return values.get("status") is SessionStatus.LIVE or set(values) <= FOLLOW_THROUGH

    def _can_restore(self, stack: list[tuple[str, Session]]) -> bool:
        """Whether the top of `stack` can come back: never a layout once the meeting started."""
        if not stack or self.read_only:
            return False
        target = stack[-1][1]
        return target.layout == self._session.layout or self._session.clock.meeting_started_at is None

    def _keeping_the_present(self, target: Session) -> Session:
        """`target` keeping the clock (and the KEPT_ON_UNDO fields) as they are now: undo and redo
        never turn back time, nor take back a counted pulse answer.

        Only a layout switch (undone or redone before the meeting starts) brings its clock.
        """
        kept = {name: getattr(self._session, name) for name in KEPT_ON_UNDO}
        if any(getattr(target, name) != value for name, value in kept.items()):
            target = target.changed(**kept)
        clock = self._session.clock
        if target.clock == clock or target.layout != self._session.layout:
            return target
        if clock.finished and not target.clock.finished and target.status is not SessionStatus.CLOSED:
            clock = clock.changed(finished=False)  # taking back a close: the meeting goes on, paused
        elif target.clock.finished and target.status is SessionStatus.CLOSED and not clock.running:
            clock = clock.changed(finished=True)  # bringing a close back: the meeting is over again
        values: dict[str, Any] = {"clock": clock}
        if clock.meeting_started_at is not None and target.status is SessionStatus.PREP:
            values["status"] = SessionStatus.LIVE
        return target.changed(**values)

    def undo(self) -> Change | None:
        """Take back the last command; the clock stays as it is (time is not undone)."""
        if not self._can_restore(self._undo):
            return None
        label, previous = self._undo.pop()
        self._redo.append((label, self._session))
        return self._replace(self._keeping_the_present(previous), f"undo {label}")

    def redo(self) -> Change | None:
        if not self._can_restore(self._redo):
            return None
        label, following = self._redo.pop()
        self._undo.append((label, self._session))
        return self._replace(self._keeping_the_present(following), f"redo {label}")

    # -- saving ------------------------------------------------------------------

    def pending(self) -> tuple[int, Session] | None:
        """What a save should write now, or None if nothing changed since the last save."""
        if not self.dirty or self.file is None or self.read_only:
            return None
        return self.version, self._session

    def write(self, version: int, session: Session, now: datetime) -> None:
        """Write a pending session (in a worker thread); raises OSError on failure."""
        assert self.file is not None
        self.file.save(session, now)
        self.saved_version = max(self.saved_version, version)

    def save_now(self, now: datetime) -> bool:
        """Write synchronously (on exit, and from the CLI). Returns True if it wrote."""
        pending = self.pending()
        if pending is None:
            return False
        self.write(*pending, now=now)
        return True

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
