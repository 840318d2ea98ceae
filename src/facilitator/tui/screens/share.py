"""The links of the live page: one per participant, one to watch; revoke any of them, or stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.tui.text import one_line

if TYPE_CHECKING:
    from facilitator.web.live_server import Link, LiveServer


def link_text(link: Link) -> Text:
    text = Text()
    text.append(one_line(link.name), style="bold")
    text.append("\n  ")
    text.append(link.url)
    return text


class ShareScreen(ModalScreen[bool]):
    """Dismissed with True when the facilitator chose to stop serving."""

    BINDING_GROUP_TITLE = "Live page"

    BINDINGS = [
        Binding("c", "copy", "Copy link", id="share.copy", tooltip="Copy the selected link to the clipboard"),
        Binding(
            "r", "revoke", "Revoke link", id="share.revoke", tooltip="A new link for this person; the old one dies"
        ),
        Binding("x", "stop", "Stop serving", id="share.stop", tooltip="Stop the live page: every link stops working"),
        Binding("escape,q,S", "close", "Close", id="share.close"),
    ]

    def __init__(self, server: LiveServer) -> None:
        super().__init__()
        self.server = server

    def compose(self) -> ComposeResult:
        with Vertical():
            title = Text()
            title.append(f"Live page on {self.server.base_url}", style="bold")
            title.append(
                "\nSend each person their own link (it sends as them). The watch link can only follow. "
                "Only this machine can open them: see docs/live-page.md to share beyond it (ssh -R, a tunnel).",
                style="dim",
            )
            yield Static(title, id="share-title")
            yield OptionList()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        self.links = self.server.links_list()
        options.clear_options()
        options.add_options([Option(link_text(link), id=link.holder) for link in self.links])
        options.highlighted = min(highlighted or 0, len(self.links) - 1)

    def action_copy(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None:
            link = self.links[index]
            self.app.copy_to_clipboard(link.url)
            self.app.notify(f"Copied the link of {link.name}.", markup=False)

    def action_revoke(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        link = self.links[index]
        self.server.revoke(link.holder)
        self._fill()
        self.app.notify(f"The old link of {link.name} no longer works; send the new one.", markup=False)

    def action_stop(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)
