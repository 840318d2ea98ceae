"""The one-field forms several panes ask with: a note (checked for blaming phrasing), an owner, a time."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.tui.dialogs.form_fields import form_field


@dataclass(frozen=True)
class NoteForm:
    """A line of text about the system, marked as it is typed when it reads as blame."""

    text: str = form_field("Note", blame_check=True)


@dataclass(frozen=True)
class OwnerForm:
    """The one person who takes something on."""

    owner: str = form_field("Owner: exactly one person (may be agreed later)")
