"""Export from the app: pick a format and a file; the file is written in a worker thread."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from facilitator.export.formats import FORMATS, default_name, write_export
from facilitator.model.session import Session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.form import Field, FormDialog


def export_dialog(app: FacilitatorApp) -> FormDialog:
    """A form for format and path; on Enter the export runs off the event loop."""
    session = app.active_review.session
    fields = [
        Field("format", "Format", "md", options=[(f"{name}: {what}", name) for name, what in FORMATS.items()]),
        Field("path", "File (empty: the current folder, named after the session)", ""),
    ]

    def submit(values: dict[str, object]) -> str | None:
        fmt = str(values["format"])
        path = str(values["path"]).strip()
        target = Path(path).expanduser() if path else Path.cwd() / default_name(session, fmt)
        if target.is_dir():
            target = target / default_name(session, fmt)
        if not target.parent.is_dir():
            return f"No folder {target.parent}"
        run_export(app, session, fmt, target)
        return None

    return FormDialog("Export this session", fields, submit)


def _write(app: FacilitatorApp, session: Session, fmt: str, target: Path) -> None:
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


def run_export(app: FacilitatorApp, session: Session, fmt: str, target: Path) -> None:
    app.run_worker(partial(_write, app, session, fmt, target), thread=True, group="export", exit_on_error=False)
