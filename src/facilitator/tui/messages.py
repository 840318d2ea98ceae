"""Messages of the app: what its workers report to the event loop, and where a walk is.

Workers never touch widgets from their thread; they post one of these, and the handler runs
on the event loop. Changes of the session reach the screens through the app's `session_changed`
signal (tui/review_app.py), not a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from facilitator.store.session_file import SessionFile, SessionFileError
    from facilitator.store.view_state import ViewState


class SessionOpened(Message):
    """The loading worker read the session file and holds its lock."""

    def __init__(self, file: SessionFile, view: ViewState | None = None) -> None:
        super().__init__()
        self.file = file
        self.view = view  # where the facilitator left this session last time


class SessionRefused(Message):
    """The loading worker could not open the session file."""

    def __init__(self, error: SessionFileError) -> None:
        super().__init__()
        self.error = error


class SaveFinished(Message):
    """An autosave finished: `error` is None when the session is on disk."""

    def __init__(self, error: Exception | None) -> None:
        super().__init__()
        self.error = error


class ViewChanged(Message):
    """The pane in front, walk mode or the timeline cursor changed: where the facilitator is."""


class Walked(Message):
    """The timeline pane's walk moved: its "we are here" is `event_id`, or None while there is no
    walk (the live page is told; defined here so the review screen needs no pane to hear it)."""

    def __init__(self, event_id: str | None) -> None:
        super().__init__()
        self.event_id = event_id
