"""Writing pre-prep forms and reading filled ones from the app, in thread workers.

Files are written and read off the event loop. The writer only notifies (safe from a thread);
the reader posts `FormRead` to the pane, whose handler (on the event loop) calls `store_form`,
where a filled form becomes one undoable `record_prep` command.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App
from textual.message import Message

from facilitator.checks.prep_round import overdue_as_written
from facilitator.export.prep_files import write_forms
from facilitator.importers.prep_form import answers_from_form
from facilitator.importers.result import ImportResult
from facilitator.model.session import Session
from facilitator.review import Refused
from facilitator.tui.dialogs.form_fields import form_field, typed_form
from facilitator.tui.panes.base import Pane


@dataclass(frozen=True)
class FormsFolder:
    """Where the blank pre-prep forms are written."""

    folder: str = form_field("Write one form per participant into this folder")


@dataclass(frozen=True)
class FilledForm:
    """Which filled pre-prep form to read."""

    path: str = form_field("Form file (Markdown)")


def default_forms_folder(pane: Pane) -> Path:
    file = pane.review.file
    base = file.path.parent if file is not None else Path.cwd()
    return base / f"{pane.session.slug}-prep-forms"


def ask_to_write_forms(pane: Pane) -> None:
    """Ask for a folder, then write every participant's form there in a worker."""
    app = pane.app
    session = pane.session
    if not session.participants:
        app.notify("Add participants first (Framing: a).", severity="warning", markup=False)
        return

    def submit(form: FormsFolder) -> str | None:
        folder = Path(form.folder.strip() or default_forms_folder(pane)).expanduser()
        late = overdue_as_written(session, pane.now())
        app.run_worker(partial(_write, app, session, folder), thread=True, exit_on_error=False, group="prep-forms")
        if late:
            app.notify(
                late[0].upper() + late[1:] + ". Ask for them anyway, or move the meeting (M on Pre-prep).",
                title="Pre-prep forms",
                severity="warning",
                timeout=10,
                markup=False,
            )
        return None

    app.push_screen(typed_form("Write pre-prep forms (Markdown)", FormsFolder(str(default_forms_folder(pane))), submit))


def _write(app: App[Any], session: Session, folder: Path) -> None:
    try:
        written = write_forms(session, session.participants, folder)
    except OSError as error:
        app.notify(f"{folder}: not written ({error.strerror or error})", severity="error", markup=False)
        return
    app.notify(
        f"Wrote {len(written)} forms to {folder}. Send each person theirs; import them back with i.",
        title="Pre-prep forms",
        markup=False,
    )


class FormRead(Message):
    """A filled form was read (in a worker); the handler stores it on the event loop."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__()
        self.result = result


def ask_to_import_form(pane: Pane) -> None:
    """Ask for a filled form's path; read it in a worker, which posts `FormRead` to `pane`."""
    app = pane.app

    def submit(form: FilledForm) -> str | None:
        path = Path(form.path.strip()).expanduser()
        app.run_worker(partial(_read, pane, path), thread=True, exit_on_error=False, group="prep-import")
        return None

    app.push_screen(typed_form("Import a filled pre-prep form", FilledForm(), submit))


def _read(pane: Pane, path: Path) -> None:
    from facilitator.importers import parse_file  # every reader: loaded when a form is read, not with the pane

    pane.post_message(FormRead(parse_file(path, "prep")))


def store_form(pane: Pane, result: ImportResult) -> str | None:
    """Check a read form against the session and store it; the participant's id, or None
    (refused, with a notice naming file and line)."""
    app = pane.app
    problems = list(result.problems)
    answers = None
    if not problems and result.prep_form is not None:
        answers, problems = answers_from_form(result.prep_form, pane.session, pane.now())
    if answers is None:
        message = "\n".join(str(p) for p in problems[:8]) or f"{result.source}: not a pre-prep form"
        app.notify(message, title="Form not imported", severity="error", timeout=10, markup=False)
        return None
    try:
        pane.review.record_prep(answers)
    except Refused as refusal:
        app.notify(str(refusal), title="Form not imported", severity="error", markup=False)
        return None
    name = pane.session.participant(answers.participant_id).name
    app.notify(f"Stored the answers of {name} (Ctrl+Z undoes).", title="Pre-prep form", markup=False)
    return answers.participant_id
