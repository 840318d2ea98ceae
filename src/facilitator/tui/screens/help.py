"""Help: every key of the screen underneath, grouped, plus the app's own."""

from __future__ import annotations

from itertools import groupby

from rich.table import Table
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from facilitator.tui.bindings import binding_help
from facilitator.tui.review_app import ReviewApp
from facilitator.tui.screens.review import ReviewScreen

INTRO = (
    "facilitator runs a blameless incident review. The agenda strip at the top counts down the "
    "current timebox; the numbers switch panes; p parks a side topic from anywhere; Ctrl+P opens "
    "the command palette with every action below; F1 or ? opens this help, Escape closes it."
)


def current_pane_group(screen: Screen[object]) -> str | None:
    """The group of the pane on show (or of a screen with keys of its own, such as presentation
    mode), listed first: the keys of where you are come first."""
    if not isinstance(screen, ReviewScreen):
        return screen.BINDING_GROUP_TITLE
    from facilitator.tui.panes import PANE_ENTRIES

    return PANE_ENTRIES[screen.current_pane].help_group


def help_table(app: ReviewApp, screen: Screen[object]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    here = current_pane_group(screen)
    entries = sorted(binding_help(app, screen), key=lambda h: (h.group != here, h.group == "Everywhere"))
    for group, items in groupby(entries, key=lambda h: h.group):
        heading = f"{group} ({'this pane' if isinstance(screen, ReviewScreen) else 'here'})" if group == here else group
        table.add_row(Text(heading, style="bold underline"), "")
        for item in items:
            table.add_row(Text(item.keys), Text(item.description))
        table.add_row("", "")
    table.add_row(Text("Palette", style="bold underline"), "")
    table.add_row("ctrl+p", "Command palette: search every action")
    return table


class HelpScreen(ModalScreen[None]):
    app = getters.app(ReviewApp)

    BINDING_GROUP_TITLE = "Help"
    BINDINGS = [Binding("escape,q,f1,question_mark", "dismiss", "Close help", id="help.close")]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text(INTRO, style="italic"))
            yield Static(help_table(self.app, self.under))
            yield Static(Text("Escape closes this help.", style="dim"))
