"""Export from the app: pick a format and a file; the file is written in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from facilitator.export.formats import FORMATS, default_name, write_export
from facilitator.model.session import Session
from facilitator.tui.dialogs.form import FormDialog
from facilitator.tui.dialogs.form_fields import form_field, typed_form
from facilitator.tui.review_app import ReviewApp


@dataclass(frozen=True)
class ExportForm:
    """Which format to write, and where."""

    format: str = form_field("Format", options=[(f"{name}: {what}", name) for name, what in FORMATS.items()])
    path: str = form_field("Folder or file (a folder: the file is named after the session)")


def export_dialog(app: ReviewApp) -> FormDialog[ExportForm]:
    """A form for format and path; on Enter the export runs off the event loop."""
    review = app.active_review
    session = review.session
    beside = review.file.path.parent if review.file is not None else Path.home()
    folder = app.export_folder if app.export_folder is not None and app.export_folder.is_dir() else beside

    def submit(form: ExportForm) -> str | None:
        fmt = form.format
        path = form.path.strip()
        target = Path(path).expanduser() if path else beside
        if target.is_dir():
            target = target / default_name(session, fmt)
        if not target.parent.is_dir():
            return f"No folder {target.parent}"
        app.remember_export_folder(target.parent)  # asked again next time, starting from here
        run_export(app, session, fmt, target)
        return None

    return typed_form("Export this session", ExportForm("md", str(folder)), submit)


def _write(app: ReviewApp, session: Session, fmt: str, target: Path) -> None:
    """Runs in a worker thread; reports back through notifications (messages, safe from a thread)."""
    try:
        write_export(session, fmt, target)
    except OSError as error:
        app.notify(
            str(error),
            title="Export failed",
            severity="error",
            markup=False,
        )
        return
    app.notify(f"Wrote {FORMATS[fmt]} to {target}", title="Exported", timeout=8, markup=False)


def run_export(app: ReviewApp, session: Session, fmt: str, target: Path) -> None:
    app.run_worker(partial(_write, app, session, fmt, target), thread=True, group="export", exit_on_error=False)
