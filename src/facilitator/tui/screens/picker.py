"""The session picker: sessions in the folder, newest first; Enter opens, n makes a new one."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.model.session import Session
from facilitator.store.paths import list_session_files
from facilitator.store.session_file import SessionFileError, load_session
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.dialogs.form import Field, FormDialog
from facilitator.tui.text import one_line
from facilitator.tui.widgets.options import refill


def session_option(path: Path, session: Session) -> Option:
    label = Text()
    label.append(f"{session.severity.value} ", style="bold red")
    label.append(one_line(session.title), style="bold")
    label.append(f"  {session.status.value} · {session.created_at:%Y-%m-%d} · {session.slug}", style="dim")
    return Option(label, id=str(path))


class PickerScreen(Screen):
    app = getters.app(FacilitatorApp)

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
    DEFAULT_CSS = """
    PickerScreen #where { padding: 0 1; color: $text-muted; }
    PickerScreen OptionList { height: 1fr; }
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Sessions in {self.folder}", no_wrap=True), id="where")
        yield OptionList()
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_option(Option(Text("Reading sessions…", style="italic"), disabled=True))
        self.read_sessions()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def read_sessions(self) -> None:
        """Every session file read and checked in a worker, so a big folder never blocks the screen."""
        entries = []
        for path in list_session_files(self.folder):
            try:
                entries.append(session_option(path, load_session(path)))
            except SessionFileError as error:
                entries.append(
                    Option(
                        Text(f"{path.name}  (cannot open: {error.problem})", style="dim"), id=str(path), disabled=True
                    )
                )
        self.post_message(self.SessionsRead(entries))

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
        from facilitator.model.enums import Severity
        from facilitator.model.factory import new_session
        from facilitator.store.layouts import all_layouts, find_layout
        from facilitator.store.new_file import create_session_file

        layouts = [(f"{e.layout.name} ({e.layout.total_minutes} min)", e.layout.name) for e in all_layouts()[0]]
        fields = [
            Field("title", "Title"),
            Field("severity", "Severity", "SEV3", options=[(s.value, s.value) for s in Severity]),
            Field("layout", "Agenda layout", "standard", options=layouts),
        ]

        def submit(values: dict) -> str | None:
            title = str(values["title"]).strip()
            if not title:
                return "A session needs a title."
            layout = find_layout(str(values["layout"]))
            severity = Severity(values["severity"])
            created.append(
                create_session_file(
                    self.folder, title, lambda slug: new_session(title, slug, layout, self.app.now(), severity)
                )
            )
            return None

        def opened(values: dict | None) -> None:
            if values is not None and created:
                self.app.pop_screen()
                self.app.open_session_file(created[0])

        created: list[Path] = []
        self.app.push_screen(FormDialog("New review session", fields, submit), opened)
