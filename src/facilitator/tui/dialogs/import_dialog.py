"""Import a timeline in the app: a file path or pasted text, a preview, then confirm or cancel.

Parsing runs in a worker thread with a progress bar, so the agenda clock keeps ticking on a
big file. Nothing changes until the facilitator confirms (Ctrl+S after a preview); every
problem is listed with its line number and, if confirmed anyway, kept as an unplaced line
to place by hand. The date field (the incident's start date by default) places lines that
give only a time; the channel, start and incident fields show when the input needs them (a
Slack export's channel, a recording's start, one incident of a listing), with the Per cue box
for a transcript and the Day first box when dates could swap. Cancelling hands back what was
typed (`ImportDraft`), so the next opening starts from it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from rich.console import Group
from rich.text import Text
from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, ProgressBar, Select, Static, TextArea

from facilitator.importers import FORMATS, ImportResult, parse_text, read_file
from facilitator.importers.combine import missing_pages
from facilitator.importers.dated import incident_day, parse_dated
from facilitator.importers.options import ReadOptions, start_instant
from facilitator.importers.result import skipped_text
from facilitator.model.timeparse import TimeParseError
from facilitator.review.refused import Refused
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import one_line, plural

PREVIEW_EVENTS = 40
PREVIEW_PROBLEMS = 50
CLI_WORDS = {
    "with --channel NAME": "in the Channel field",
    "with --incident ID": "in the Incident field",
    'give --start "YYYY-MM-DD HH:MM[:SS]"': "give the Start field (YYYY-MM-DD HH:MM[:SS])",
    "(in --tz)": "(in the Zone field)",
    "give --date": "give the Date field",
    "--dayfirst": "the Day first box",
    "--per-cue": "the Per cue box",
}
"""The CLI's options named in a problem or a note, as the dialog's fields."""
NEEDS = {"channel": "--channel", "start": "--start", "incident": "--incident", "day-first": "--dayfirst"}
"""The fields shown only when the input needs them, and the CLI option a problem names for each."""
HINT = "Ctrl+R previews; nothing changes until you import with Ctrl+S. Esc keeps what you typed for next time."


@dataclass(frozen=True)
class ImportDraft:
    """What was typed into the dialog, kept when it is cancelled."""

    path: str = ""
    pasted: str = ""
    fmt: str = "auto"
    day: str = ""
    tz: str = ""
    channel: str = ""
    start: str = ""
    incident: str = ""
    per_cue: bool = False
    day_first: bool = False


def preview_text(result: ImportResult) -> Group:
    """The preview: what was read, every problem (or the first ones and how many more), then the events."""
    if result.prep_form is not None:
        return Group(Text("A filled pre-prep form, not a timeline: read it from the Pre-prep pane (8, then i)."))
    head = Text(f"{plural(len(result.events), 'event')} read as {result.format}", style="bold")
    if result.span:
        head.append(f" · {result.span[0]:%Y-%m-%d %H:%M} – {result.span[1]:%Y-%m-%d %H:%M} UTC", style="")
    if result.skipped:
        head.append(f" · left out: {skipped_text(result.skipped)}", style="dim")
    notes = Text()
    if result.problems:
        keep = " (kept as unplaced lines if you import anyway)" if not result.unreadable else ""
        notes.append(f"{plural(len(result.problems), 'problem')}{keep}:\n", style="bold red")
        for problem in result.problems[:PREVIEW_PROBLEMS]:
            notes.append(as_fields(one_line(str(problem))) + "\n", style="red")
        if len(result.problems) > PREVIEW_PROBLEMS:
            notes.append(f"…and {len(result.problems) - PREVIEW_PROBLEMS} more\n", style="red")
    for warning in (*result.warnings, *missing_pages([result])):
        notes.append(one_line(str(warning)) + "\n", style="yellow")
    for note in result.notes:
        notes.append(as_fields(one_line(note)) + "\n", style="dim")
    events = Text(no_wrap=True, overflow="ellipsis")
    for event in result.events[:PREVIEW_EVENTS]:
        events.append(f"{event.at:%m-%d %H:%M} ", style="bold")
        events.append(f"{one_line(event.actor)[:16]:<16} ", style="italic")
        events.append(one_line(event.text) + "\n")
    if len(result.events) > PREVIEW_EVENTS:
        events.append(f"…and {len(result.events) - PREVIEW_EVENTS} more events\n", style="dim")
    notes.rstrip()
    events.rstrip()
    return Group(*(part for part in (head, notes, events) if part))


def as_fields(text: str) -> str:
    """A problem's words with the CLI's options named as the dialog's fields."""
    for cli_words, field_words in CLI_WORDS.items():
        text = text.replace(cli_words, field_words)
    return text


def needed_fields(path: str, fmt: str) -> set[str]:
    """The optional fields this input needs shown: the channel for a workspace export (a ZIP or
    a folder may hold several), the start for a transcript, the incident for a listing."""
    needed = set()
    if fmt == "slack" or path.lower().endswith(".zip") or (bool(path) and Path(path).expanduser().is_dir()):
        needed.add("channel")
    if fmt == "transcript":
        needed.add("start")
    if fmt in {"pagerduty", "statuspage", "incidentio"}:
        needed.add("incident")
    return needed


class ImportDialog(ModalScreen[ImportDraft | None]):
    app = getters.app(ReviewApp)

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

    BINDING_GROUP_TITLE = "Import a timeline"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
        Binding("ctrl+r", "preview", "Preview", id="import.preview"),
        Binding("ctrl+s", "confirm", "Import", id="import.confirm", priority=True),
    ]

    def __init__(self, draft: ImportDraft | None = None) -> None:
        super().__init__()
        self.draft = draft or ImportDraft()
        self.result: ImportResult | None = None
        self.asked: set[str] = set()
        """Optional fields a preview's problems asked for: they stay shown."""

    def compose(self) -> ComposeResult:
        start = incident_day(self.app.active_review.session)
        day = self.draft.day or (start.isoformat() if start else "")
        with Vertical():
            yield Static(Text("Import a timeline", style="bold"))
            with Horizontal():
                yield Label("File")
                yield Input(
                    self.draft.path,
                    placeholder="chat, transcript (.vtt), log, CSV, Slack ZIP/folder, a tool's JSON export",
                    id="path",
                    compact=True,
                )
            yield TextArea(
                self.draft.pasted,
                id="paste",
                compact=True,
                placeholder="…or paste chat lines here (used when the file is empty)",
            )
            with Horizontal(id="options"):
                yield Label("Format")
                yield Select(
                    [(name, name) for name in FORMATS],
                    value=self.draft.fmt,
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
                yield Label("Date")
                yield Input(day, placeholder="YYYY-MM-DD", id="day", compact=True)
                yield Label("Zone")
                yield Input(self.draft.tz, placeholder="UTC", id="tz", compact=True)
            with Horizontal(id="extra"):
                yield Label("Channel", id="channel-label")
                yield Input(self.draft.channel, placeholder="name", id="channel", compact=True)
                yield Label("Start", id="start-label")
                yield Input(self.draft.start, placeholder="YYYY-MM-DD HH:MM", id="start", compact=True)
                yield Checkbox("Per cue", self.draft.per_cue, id="per-cue", compact=True)
                yield Label("Incident", id="incident-label")
                yield Input(self.draft.incident, placeholder="id or number", id="incident", compact=True)
                yield Checkbox("Day first", self.draft.day_first, id="day-first", compact=True)
            yield ProgressBar(total=None, show_eta=False)
            with VerticalScroll(id="preview"):
                yield Static(Text(HINT, style="dim"), id="preview-text")
            with Horizontal(id="buttons"):
                yield Button("Preview ^R", id="do-preview", compact=True)
                yield Button("Import ^S", id="do-import", variant="primary", disabled=True, compact=True)
                yield Button("Cancel Esc", id="do-cancel", compact=True)

    def on_mount(self) -> None:
        self._show(needed_fields(self.draft.path, self.draft.fmt))

    def _show(self, needed: set[str]) -> None:
        needed = needed | self.asked
        extra = self.query_one("#extra")
        for name in NEEDS:
            extra.set_class(name in needed, f"needs-{name}")
        extra.set_class(bool(needed), "shown")

    @on(Input.Changed)
    @on(Select.Changed)
    @on(TextArea.Changed)
    @on(Checkbox.Changed)
    def _field_changed(self) -> None:
        """A changed field makes the preview stale: preview again before importing."""
        self.result = None
        self.query_one("#do-import", Button).disabled = True
        self._show(needed_fields(self.query_one("#path", Input).value.strip(), self._format()))

    def _format(self) -> str:
        return str(self.query_one("#format", Select).value)

    @on(Button.Pressed, "#do-preview")
    def _preview_pressed(self) -> None:
        self.action_preview()

    @on(Button.Pressed, "#do-import")
    def _import_pressed(self) -> None:
        self.action_confirm()

    @on(Button.Pressed, "#do-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def typed(self) -> ImportDraft:
        """What the fields hold now."""
        return ImportDraft(
            path=self.query_one("#path", Input).value,
            pasted=self.query_one("#paste", TextArea).text,
            fmt=self._format(),
            day=self.query_one("#day", Input).value,
            tz=self.query_one("#tz", Input).value,
            channel=self.query_one("#channel", Input).value,
            start=self.query_one("#start", Input).value,
            incident=self.query_one("#incident", Input).value,
            per_cue=self.query_one("#per-cue", Checkbox).value,
            day_first=self.query_one("#day-first", Checkbox).value,
        )

    def action_preview(self) -> None:
        draft = self.typed()
        try:
            day = date.fromisoformat(draft.day.strip()) if draft.day.strip() else None
        except ValueError:
            self.show_failure(f"Date: {draft.day.strip()!r} is not a date (use YYYY-MM-DD)")
            return
        try:
            start = start_instant(draft.start, draft.tz.strip() or "UTC") if draft.start.strip() else None
        except TimeParseError as error:
            self.show_failure(f"Start: {error}")
            return
        self.query_one(ProgressBar).add_class("busy")
        self.query_one("#do-import", Button).disabled = True
        self.parse(draft, day, start)

    @work(thread=True, exclusive=True, group="import-preview", exit_on_error=False)
    def parse(self, draft: ImportDraft, day: date | None, start: datetime | None) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progress(done, total))

        path = draft.path.strip()
        options = ReadOptions(
            default_tz=draft.tz.strip() or "UTC",
            channels=(draft.channel.strip(),) if draft.channel.strip() else (),
            incident=draft.incident.strip() or None,
            start=start,
            day_first=draft.day_first,
            per_cue=draft.per_cue,
        )

        def parse_input(source: str, default_date: date | None) -> ImportResult:
            dated = replace(options, default_date=default_date)
            if path:
                return read_file(Path(path).expanduser(), draft.fmt, dated, progress)
            return parse_text(
                draft.pasted,
                draft.fmt,
                source,
                default_date=default_date,
                default_tz=dated.default_tz,
                incident=dated.incident,
                start=start,
                day_first=draft.day_first,
                per_cue=draft.per_cue,
                progress=progress,
            )

        try:
            [result] = parse_dated(parse_input, [path or "pasted text"], day)
        except (OSError, ValueError) as error:
            self.post_message(self.Failed(str(error)))
            return
        self.post_message(self.Parsed(result))

    def on_import_dialog_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    def on_import_dialog_failed(self, message: Failed) -> None:
        self.show_failure(message.reason)

    def show_failure(self, message: str) -> None:
        self.query_one(ProgressBar).remove_class("busy")
        self.query_one("#preview-text", Static).update(Text(message, style="bold red"))

    def on_import_dialog_parsed(self, message: Parsed) -> None:
        result = message.result
        self.result = result
        self.query_one(ProgressBar).remove_class("busy")
        self.query_one("#preview-text", Static).update(preview_text(result))
        self.query_one("#do-import", Button).disabled = not (result.events or result.session)
        asked = {name for name, option in NEEDS.items() if any(option in p.reason for p in result.problems)}
        if asked or result.format == "transcript":
            self.asked |= asked | ({"start"} if result.format == "transcript" else set())
            self._show(needed_fields(self.query_one("#path", Input).value.strip(), self._format()))
        if asked:
            self.query_one(f"#{sorted(asked)[0]}").focus()

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
            note += f"; {plural(len(result.unplaced), 'line')} to place by hand (u in the timeline)"
        self.app.notify(note + ". Ctrl+Z undoes the whole import.", title="Import", markup=False)
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(self.typed())
