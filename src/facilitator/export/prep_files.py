"""Writing the pre-prep forms to a folder, one file per participant (the CLI and the app share it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from facilitator.export.prep_form import prep_form
from facilitator.model.participant import Participant
from facilitator.model.session import Session
from facilitator.model.slug import slugify
from facilitator.store.storage import write_atomic


def form_name(session: Session, person: Participant) -> str:
    return f"{session.slug}-prep-{slugify(person.name)}.md"


def write_forms(session: Session, people: Sequence[Participant], folder: Path) -> list[Path]:
    """Write each person's form into `folder` (created if needed); the paths written.

    Two people whose names make the same file name get a numbered second file. Each file is
    written whole or not at all, and replaces whatever is there (a link is replaced, never
    written through). Raises OSError when the folder or a file cannot be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for person in people:
        path = folder / form_name(session, person)
        number = 2
        while path in written:
            path = folder / f"{path.stem.rsplit('~', 1)[0]}~{number}.md"
            number += 1
        write_atomic(path, prep_form(session, person), backup=False, kept="Any earlier form there is unchanged.")
        written.append(path)
    return written
