"""Import a timeline in the app: a file path or pasted text, a preview, then confirm or cancel.

Parsing runs in a worker thread with a progress bar, so the agenda clock keeps ticking on a
big file. Nothing changes until the facilitator confirms; lines with problems are listed
with their line numbers and, if confirmed anyway, kept as unplaced lines to place by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, Select, Static, TextArea

from facilitator.importers import FORMATS, ImportResult, parse_file, parse_text
from facilitator.importers.dated import incident_day, parse_dated
from facilitator.review.refused import Refused
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.text import one_line

PREVIEW_EVENTS = 8
PREVIEW_PROBLEMS = 12


def preview_text(result: ImportResult) -> Text:
    text = Text()
    if result.prep_form is not None:
        return Text("A filled pre-prep form, not a timeline: read it from the Pre-prep pane (8, then i).")
    span = result.span
    text.append(f"{len(result.events)} events read as {result.format}", style="bold")
    if span:
        text.append(f" · {span[0]:%Y-%m-%d %H:%M} – {span[1]:%Y-%m-%d %H:%M} UTC")
    text.append("\n")
    for event in result.events[:PREVIEW_EVENTS]:
        text.append(f"{event.at:%H:%M} ", style="bold")
        text.append(f"{one_line(event.actor)[:14]:<14} ", style="italic")
        text.append(one_line(event.text)[:120])
        text.append("\n")
    if len(result.events) > PREVIEW_EVENTS:
        text.append(f"… and {len(result.events) - PREVIEW_EVENTS} more\n", style="dim")
    if result.problems:
        text.append(
            f"\n{len(result.problems)} problems (kept as unplaced lines if you import anyway):\n", style="bold red"
        )
        for problem in result.problems[:PREVIEW_PROBLEMS]:
            text.append(one_line(str(problem)) + "\n", style="red")
    for warning in result.warnings:
        text.append(one_line(str(warning)) + "\n", style="yellow")
    return text


class ImportDialog(ModalScreen[None]):
    app = getters.app(FacilitatorApp)

    class Progress(Message):
        """The parsing worker got through `done` of `total`."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ImportDialog.Progress)  # only the latest count matters

    class Parsed(Message):
        """The parsing worker finished: here is the preview."""

        def __init__(self, result: ImportResult) -> None:
            super().__init__()
            self.result = result

    class Failed(Message):
        """The input could not be read at all."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
        Binding("ctrl+r", "preview", "Preview", id="import.preview"),
        Binding("ctrl+s", "confirm", "Import", id="import.confirm"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.result: ImportResult | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Import a timeline", style="bold"))
            yield Label("File (chat paste .txt, CSV, Slack export ZIP/folder/JSON, PagerDuty or Grafana JSON)")
            yield Input(placeholder="path/to/timeline.csv", id="path")
            yield Label("…or paste chat lines here (used when the file is empty)")
            yield TextArea(id="paste")
            with Horizontal():
                yield Select([(name, name) for name in FORMATS], value="auto", allow_blank=False, id="format")
                yield Input(placeholder="zone for lines without one (UTC)", id="tz")
                yield Input(placeholder="channel (Slack)", id="channel")
            yield ProgressBar(total=None, show_eta=False)
            with VerticalScroll(id="preview"):
                yield Static(
                    Text("Ctrl+R previews; nothing changes until you import with Ctrl+S.", style="dim"),
                    id="preview-text",
                )
            with Horizontal():
                yield Button("Preview (Ctrl+R)", id="do-preview")
                yield Button("Import (Ctrl+S)", id="do-import", variant="primary", disabled=True)
                yield Button("Cancel (Esc)", id="do-cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"do-preview": self.action_preview, "do-import": self.action_confirm, "do-cancel": self.action_cancel}
        actions[event.button.id or ""]()

    def action_preview(self) -> None:
        self.query_one(ProgressBar).add_class("busy")
        self.query_one("#do-import", Button).disabled = True
        self.parse(
            self.query_one("#path", Input).value.strip(),
            self.query_one("#paste", TextArea).text,
            str(self.query_one("#format", Select).value),
            self.query_one("#tz", Input).value.strip() or "UTC",
            self.query_one("#channel", Input).value.strip() or None,
            incident_day(self.app.active_review.session),
        )

    @work(thread=True, exclusive=True, group="import-preview", exit_on_error=False)
    def parse(self, path: str, pasted: str, fmt: str, tz: str, channel: str | None, day: date | None) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progress(done, total))

        def parse_input(source: str, default_date: date | None) -> ImportResult:
            if path:
                return parse_file(
                    Path(path).expanduser(),
                    fmt,
                    default_date=default_date,
                    default_tz=tz,
                    channel=channel,
                    progress=progress,
                )
            return parse_text(pasted, fmt, source, default_date=default_date, default_tz=tz, progress=progress)

        try:
            [result] = parse_dated(parse_input, [path or "pasted text"], day)
        except (OSError, ValueError) as error:
            self.post_message(self.Failed(str(error)))
            return
        self.post_message(self.Parsed(result))

    def on_import_dialog_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    def on_import_dialog_failed(self, message: Failed) -> None:
        self.query_one(ProgressBar).remove_class("busy")
        self.query_one("#preview-text", Static).update(Text(message.reason, style="bold red"))

    def on_import_dialog_parsed(self, message: Parsed) -> None:
        result = message.result
        self.result = result
        self.query_one(ProgressBar).remove_class("busy")
        self.query_one("#preview-text", Static).update(preview_text(result))
        self.query_one("#do-import", Button).disabled = not (result.events or result.session)

    def action_confirm(self) -> None:
        result = self.result
        if result is None or not (result.events or result.session):
            self.app.notify("Preview first (Ctrl+R): nothing to import yet.", markup=False)
            return
        review = self.app.active_review
        try:
            outcome = review.apply_import(result, lenient=True)
        except Refused as error:
            self.app.notify(str(error), title="Not imported", severity="error", markup=False)
            return
        note = f"Imported {outcome.added} events" + (f" ({outcome.skipped} already there)" if outcome.skipped else "")
        if result.unplaced:
            note += f"; {len(result.unplaced)} lines to place by hand (u in the timeline)"
        self.app.notify(note + ". Ctrl+Z undoes the whole import.", title="Import", markup=False)
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
