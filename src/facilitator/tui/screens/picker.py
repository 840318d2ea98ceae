"""The session picker: sessions in the folder, newest first; Enter opens, n makes a new one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.model.enums import Severity
from facilitator.model.summary import SessionSummary
from facilitator.store.catalogue import CatalogueEntry, refresh_catalogue
from facilitator.tui.dialogs.form_fields import enum_options, form_field, typed_form
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.text import one_line
from facilitator.tui.widgets.footer import KeysFooter
from facilitator.tui.widgets.options import refill


@dataclass(frozen=True)
class NewSession:
    """What a new session starts with: its title, severity and agenda layout."""

    title: str = form_field("Title")
    severity: Severity = form_field("Severity", default=Severity.SEV3, options=enum_options(Severity))
    layout: str = form_field("Agenda layout", default="standard")


def session_option(path: Path, session: SessionSummary) -> Option:
    label = Text()
    label.append(f"{session.severity.value} ", style="bold red")
    label.append(one_line(session.title), style="bold")
    label.append(f"  {session.status.value} · {session.created_at:%Y-%m-%d} · {session.slug}", style="dim")
    return Option(label, id=str(path))


def entry_option(entry: CatalogueEntry) -> Option:
    if entry.summary is not None:
        return session_option(entry.path, entry.summary)
    label = Text(one_line(f"{entry.path.name}  (cannot open: {entry.problem})"), style="dim")
    return Option(label, id=str(entry.path), disabled=True)


class PickerScreen(Screen[None]):
    app = getters.app(ReviewApp)

    class SessionsRead(Message):
        """The worker read the folder: one option per session file."""

        def __init__(self, entries: list[Option]) -> None:
            super().__init__()
            self.entries = entries

    BINDING_GROUP_TITLE = "Sessions"
    BINDINGS = [
        Binding("n", "new", "New session", id="picker.new"),
        Binding("r", "reload", "Reload", id="picker.reload"),
        Binding("R", "report", "Report", id="picker.report"),
        Binding("q", "app.quit", "Quit", id="picker.quit"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        yield Static(Text(one_line(f"Sessions in {self.folder}"), no_wrap=True), id="where")
        yield OptionList()
        yield KeysFooter()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_option(Option(Text("Reading sessions…", style="italic"), disabled=True))
        self.read_sessions()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def read_sessions(self) -> None:
        """The folder's catalogue brought up to date in a worker (only changed files are read),
        so a big folder never blocks the screen. Whatever goes wrong is one line, never "Reading
        sessions…" for ever."""
        try:
            options = [entry_option(e) for e in refresh_catalogue(self.folder)]
        except Exception as error:
            message = one_line(f"The sessions could not be listed: {error}. r tries again.")
            options = [Option(Text(message, style="bold red"), disabled=True)]
        self.post_message(self.SessionsRead(options))

    def on_picker_screen_sessions_read(self, message: SessionsRead) -> None:
        options = self.query_one(OptionList)
        refill(options, message.entries, "No sessions yet: press n to start one.")
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.pop_screen()
            self.app.open_session_file(Path(event.option.id))

    def action_report(self) -> None:
        from facilitator.tui.screens.report import ReportScreen

        self.app.push_screen(ReportScreen(self.folder))

    def action_new(self) -> None:
        from facilitator.store.layouts import all_layouts, find_layout
        from facilitator.store.new_file import NoTitleError, start_session_file

        layouts = [(f"{e.layout.name} ({e.layout.total_minutes} min)", e.layout.name) for e in all_layouts()[0]]

        def submit(form: NewSession) -> str | None:
            layout = find_layout(form.layout)
            try:
                path = start_session_file(self.folder, form.title, layout, form.severity, self.app.now())
            except (NoTitleError, OSError) as error:
                return str(error)
            created.append(path)
            return None

        def opened(form: NewSession | None) -> None:
            if form is not None and created:
                self.app.pop_screen()
                self.app.open_session_file(created[0])

        created: list[Path] = []
        initial = NewSession("", Severity.SEV3, "standard")
        self.app.push_screen(typed_form("New review session", initial, submit, options={"layout": layouts}), opened)
